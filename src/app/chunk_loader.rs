//! Brings in the parts of a chunked corpus (text chunks, index shards) when
//! the UI needs them: the hits on the results page, the document in the
//! reader, the facts of a query. A component says what it computes and which
//! parts that value still lacks ([`ChunkLoader::memo`]); the loader requests
//! them and computes the value again when parts arrive, only while it lacks
//! some. A failed fetch sets [`ChunkLoader::error`] until a retry. For a
//! corpus in one bundle nothing is ever requested.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::engine::Engine;

/// The loading state shared by one explorer instance.
#[derive(Clone, Copy)]
pub struct ChunkLoader {
    /// Bumped whenever chunks arrive (or a retry is asked for).
    arrived: RwSignal<u32>,
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

    /// `compute` as a memo whose value is complete once `lacks` of it (the
    /// parts it waits for, see `Engine::part_file`) is empty. Those parts are
    /// requested, again after a retry, and `compute` runs again when parts
    /// arrive, but only while its value lacks some: parts fetched for
    /// another view (every keystroke's results) cannot change a complete
    /// value, and computing it again for each of them kept typing slow.
    pub fn memo<T>(
        self,
        engine: Arc<Engine>,
        compute: impl Fn() -> T + Send + Sync + 'static,
        lacks: fn(&T) -> Vec<usize>,
    ) -> Memo<T>
    where
        T: PartialEq + Send + Sync + 'static,
    {
        // A corpus in one bundle lacks nothing, so the value is plain `compute`;
        // as a constant test this leaves the tracking and the effect below out
        // of that build.
        if !crate::data::CHUNKED {
            return Memo::new(move |_| compute());
        }
        let value = Memo::new(move |_| {
            let value = compute();
            if !lacks(&value).is_empty() {
                self.arrived.track();
            }
            value
        });
        Effect::new(move |_| {
            // Also after a retry, which leaves the value (still lacking) equal.
            self.arrived.track();
            let wanted = value.with(lacks);
            self.request(engine.clone(), wanted);
        });
        value
    }

    /// Fetches the parts `chunks` (see `Engine::part_file`); does nothing when
    /// there are none.
    fn request(self, engine: Arc<Engine>, chunks: Vec<usize>) {
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
    // A corpus in one bundle fetches nothing, so nothing can fail; as a
    // constant test this leaves the message's view code out of that build.
    if !crate::data::CHUNKED {
        return ().into_any();
    }
    let loader = expect_context::<ChunkLoader>();
    let message = move || {
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
    };
    message.into_any()
}
