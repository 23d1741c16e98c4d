//! Search results for the current query.

use std::sync::Arc;

use leptos::prelude::*;

use crate::api::records;
use crate::engine::Engine;

/// Document groups shown at most on one page.
const PAGE_SIZE: usize = 20;

/// The passages that match `query`, best first.
#[component]
pub fn Results(
    /// The current query.
    query: ReadSignal<String>,
) -> impl IntoView {
    let engine = expect_context::<Arc<Engine>>();
    let options = records::SearchOptions {
        limit: Some(PAGE_SIZE),
        ..records::SearchOptions::default()
    };
    let results = Memo::new(move |_| records::search(&engine, &query.get(), &options));
    view! {
        <section class="results" aria-live="polite">
            <p class="result-count" data-testid="result-count">
                {move || match results.with(|r| r.total) {
                    0 => "No passages match.".to_string(),
                    1 => "1 passage".to_string(),
                    n => format!("{n} passages"),
                }}
            </p>
            {move || {
                results
                    .with(|r| r.suggestion.clone())
                    .map(|s| {
                        view! {
                            <p class="suggestion" data-testid="suggestion">
                                "Did you mean " <q>{s}</q> "?"
                            </p>
                        }
                    })
            }}
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
                        <p class="hit-text">{snippet_view(hit.snippet)}</p>
                        <ul class="more-hits">
                            {hit
                                .more
                                .into_iter()
                                .map(|sub| {
                                    view! {
                                        <li class="sub-hit" data-passage=sub.passage>
                                            {sub.speaker.map(|s| view! { <span class="speaker">{s}</span> })}
                                            <p class="hit-text">{snippet_view(sub.snippet)}</p>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </li>
                </For>
            </ol>
        </section>
    }
}

/// Snippet segments as text nodes, matches inside `<mark>`; corpus text is
/// always rendered as text, never as HTML.
fn snippet_view(segments: Vec<records::SegmentRecord>) -> impl IntoView {
    segments
        .into_iter()
        .map(|s| {
            if s.mark {
                view! { <mark>{s.text}</mark> }.into_any()
            } else {
                s.text.into_any()
            }
        })
        .collect_view()
}
