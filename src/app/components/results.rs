//! Search results for the current query.

use std::sync::Arc;

use leptos::prelude::*;

use crate::api::records;
use crate::engine::Engine;

/// Hits shown at most on one page.
const PAGE_SIZE: usize = 20;

/// The passages that match `query`, best first.
#[component]
pub fn Results(
    /// The current query.
    query: ReadSignal<String>,
) -> impl IntoView {
    let engine = expect_context::<Arc<Engine>>();
    let results = Memo::new(move |_| records::search(&engine, &query.get(), PAGE_SIZE));
    view! {
        <section class="results" aria-live="polite">
            <p class="result-count" data-testid="result-count">
                {move || match results.with(|r| r.total) {
                    0 => "No passages match.".to_string(),
                    1 => "1 passage".to_string(),
                    n => format!("{n} passages"),
                }}
            </p>
            <ol class="hits" data-testid="hits">
                <For
                    each=move || results.get().hits
                    key=|hit| hit.passage.clone()
                    let:hit
                >
                    <li class="hit" data-passage=hit.passage.clone()>
                        <p class="hit-meta">
                            <span class="doc">{hit.doc}</span>
                            {hit.speaker.map(|s| view! { <span class="speaker">{s}</span> })}
                        </p>
                        <p class="hit-text">{hit.text}</p>
                    </li>
                </For>
            </ol>
        </section>
    }
}
