//! "N more passages in this document": a disclosure button under a result's
//! first passages that lists every further matching passage of the document
//! in place, right after the button, so focus stays on the button and Tab
//! walks on into the passages it revealed. The list is one search narrowed to
//! the document (`present::hits::document_options`), run only while open, so
//! typing costs nothing for documents nobody expanded; on a chunked corpus
//! the passages' text is fetched like the results' own.

use std::sync::Arc;

use leptos::prelude::*;

use super::results::sub_hit_view;
use crate::api::records::search_request;
use crate::app::chunk_loader::ChunkLoader;
use crate::app::url::View;
use crate::corpus::PassageIdx;
use crate::engine::{Engine, SearchResults};
use crate::present::hits::{document_options, more_passages_label, rest_of_document};

/// The further passages of document `doc` beyond those the result shows.
#[component]
pub fn MorePassages(
    /// Document id.
    doc: String,
    /// Passages the result shows already (its best passage and sub-hits).
    shown: Vec<PassageIdx>,
    /// How many passages the button reveals.
    hidden: usize,
) -> impl IntoView {
    let engine = expect_context::<Arc<Engine>>();
    let view = expect_context::<View>();
    let loader = expect_context::<ChunkLoader>();
    let (expanded, set_expanded) = signal(false);
    let list_id = format!("more-{doc}");
    let search_engine = engine.clone();
    let doc_id = doc.clone();
    // Only while open: the document's passages for the query and filters.
    let record = loader.memo(
        engine.clone(),
        move || {
            if !expanded.get() {
                return None::<SearchResults>;
            }
            let filters = view.state.with(|s| s.filters.clone());
            let options = document_options(&filters, &doc_id);
            let request = view.query.with(|q| search_request(q, &options));
            Some(search_engine.search_passages(&request))
        },
        |results| {
            results
                .as_ref()
                .map_or_else(Vec::new, |r| r.pending.clone())
        },
    );
    let rest = move || {
        record.with(|r| {
            (r.as_ref())
                .map(|r| rest_of_document(r, &shown))
                .unwrap_or_default()
        })
    };
    let label = move || more_passages_label(hidden, expanded.get());
    view! {
        <button
            type="button"
            class="link-button more-passages"
            data-testid="more-passages"
            aria-expanded=move || expanded.get().to_string()
            aria-controls=list_id.clone()
            on:click=move |_| set_expanded.update(|e| *e = !*e)
        >
            {label}
        </button>
        <ul
            id=list_id
            class="more-hits"
            data-testid="more-passages-list"
            aria-label="All further passages in this document"
            hidden=move || !expanded.get()
        >
            {move || {
                rest()
                    .into_iter()
                    .map(|sub| sub_hit_view(&engine, doc.clone(), sub))
                    .collect_view()
            }}
        </ul>
    }
}
