//! Brings in the text chunks of a chunked corpus when the UI needs them (the
//! hits on the results page, the document in the reader). Components track
//! [`ChunkLoader::arrived`], so whatever waited for text renders again once
//! it is here; a failed fetch sets [`ChunkLoader::error`] until a retry. For
//! a corpus in one bundle nothing is ever requested.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::engine::Engine;

/// The loading state shared by one explorer instance.
#[derive(Clone, Copy)]
pub struct ChunkLoader {
    /// Bumped whenever chunks arrive (or a retry is asked for).
    pub arrived: RwSignal<u32>,
    /// Why the last fetch failed, until the next success or retry.
    pub error: RwSignal<Option<String>>,
}

impl ChunkLoader {
    /// A loader with nothing loaded and no error.
    pub fn new() -> ChunkLoader {
        ChunkLoader {
            arrived: RwSignal::new(0),
            error: RwSignal::new(None),
        }
    }

    /// Fetches the parts `chunks` (see `Engine::part_file`); does nothing when
    /// there are none.
    pub fn request(self, engine: Arc<Engine>, chunks: Vec<usize>) {
        if chunks.is_empty() || !crate::data::CHUNKED {
            return;
        }
        spawn_local(async move {
            match crate::fetch_parts::load(engine, chunks).await {
                Ok(()) => {
                    self.error.try_set(None);
                    self.arrived.try_update(|n| *n += 1);
                }
                Err(e) => {
                    self.error.try_set(Some(e));
                }
            }
        });
    }

    /// Clears the error and asks everything waiting to request again.
    pub fn retry(self) {
        self.error.set(None);
        self.arrived.update(|n| *n += 1);
    }
}

impl Default for ChunkLoader {
    fn default() -> ChunkLoader {
        ChunkLoader::new()
    }
}

/// "Could not load …" with a Retry button, while a fetch has failed.
#[component]
pub fn ChunkError() -> impl IntoView {
    let loader = expect_context::<ChunkLoader>();
    move || {
        loader.error.get().map(|why| {
            view! {
                <p class="note chunk-error" role="alert" data-testid="chunk-error">
                    "Part of the corpus could not be loaded (" {why} "). "
                    <button
                        type="button"
                        data-testid="chunk-retry"
                        on:click=move |_| loader.retry()
                    >
                        "Retry"
                    </button>
                </p>
            }
        })
    }
}
