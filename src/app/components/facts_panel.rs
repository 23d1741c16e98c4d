//! The facts panel beside the main column: key figures on the overview, the
//! figures of the open document in the reader, or those mentioning the query;
//! grouped by measure, a screenful at first and all on request, with CSV and
//! JSON downloads of what it shows. It follows the view once typing pauses.

use std::sync::Arc;

use leptos::prelude::*;

use super::show_when::show_when;
use super::{CiteMenu, FactCard};
use crate::app::browser::download;
use crate::app::chunk_loader::ChunkLoader;
use crate::app::url::View;
use crate::engine::Engine;
use crate::present::cite_export::CiteTarget;
use crate::present::export::{facts_csv, facts_json};
use crate::present::facts::{select_facts, PANEL_LIMIT};

/// The figures for the current view.
#[component]
pub fn FactsPanel() -> impl IntoView {
    let engine = expect_context::<Arc<Engine>>();
    let view = expect_context::<View>();
    // The panel starts with a screenful; "Show all" lifts the limit.
    let (show_all, set_show_all) = signal(false);
    // A chunked corpus: the facts of a query need its index shards. Like
    // the panel, this follows the settled view, not each keystroke. The
    // panel re-selects only when this list changes, as selecting the facts
    // of a query reads every fact (hundreds of milliseconds on a large
    // corpus, measured in BENCHMARKS.md).
    let loader = expect_context::<ChunkLoader>();
    let missing_engine = engine.clone();
    let missing = loader.memo(
        engine.clone(),
        move || {
            view.settled
                .with(|s| missing_engine.missing_for_query(&s.query))
        },
        Vec::clone,
    );
    let selection = Memo::new(move |_| {
        missing.track();
        let limit = if show_all.get() {
            usize::MAX
        } else {
            PANEL_LIMIT
        };
        // The settled view: while a query is being typed the panel keeps its
        // figures and follows once typing pauses (`url::QUIET`), so a
        // keystroke neither searches the facts nor rebuilds the cards.
        // Navigation (opening a document, a filter) settles at once.
        view.settled.with(|s| select_facts(&engine, s, limit))
    });
    let shown = move || selection.with(|s| s.groups.iter().map(|g| g.facts.len()).sum::<usize>());
    let count = move || {
        let (shown, total) = (shown(), selection.with(|s| s.total));
        // Words with the number: under a heading long enough to wrap, a
        // bare `3` on a line of its own reads as stray text.
        let noun = if total == 1 { "figure" } else { "figures" };
        match total {
            0 => String::new(),
            _ if shown < total => format!("{shown} of {total} {noun}"),
            _ => format!("{total} {noun}"),
        }
    };
    let export = move |csv: bool| {
        let facts = selection.with_untracked(|s| s.facts());
        let res = if csv {
            download(
                "ip-explorer-facts.csv",
                "text/csv;charset=utf-8",
                &facts_csv(&facts),
            )
        } else {
            download(
                "ip-explorer-facts.json",
                "application/json",
                &facts_json(&facts),
            )
        };
        if let Err(e) = res {
            web_sys::console::warn_2(&"ipExplorer: download failed".into(), &e);
        }
    };
    view! {
        <section class="facts-panel" aria-labelledby="facts-heading" data-testid="facts-panel">
            <div class="section-head">
                <h2 id="facts-heading">{move || selection.with(|s| s.heading.clone())}</h2>
                <span class="count" data-testid="facts-count">{count}</span>
            </div>
            <Show
                when=move || { shown() > 0 }
                fallback=move || {
                    view! {
                        <p class="empty" data-testid="facts-empty">
                            {move || selection.with(|s| s.empty_note)}
                        </p>
                    }
                }
            >
                {move || {
                    selection
                        .get()
                        .groups
                        .into_iter()
                        .map(|group| {
                            view! {
                                <h3 class="fact-group">{group.measure}</h3>
                                <ul class="fact-cards">
                                    {group
                                        .facts
                                        .into_iter()
                                        .map(|fact| view! { <FactCard fact/> })
                                        .collect_view()}
                                </ul>
                            }
                        })
                        .collect_view()
                }}
                {show_when(move || { shown() < selection.with(|s| s.total) }, move || view! {
                    <button
                        type="button"
                        class="more"
                        data-testid="facts-more"
                        on:click=move |_| set_show_all.set(true)
                    >
                        {move || format!("Show all {} figures", selection.with(|s| s.total))}
                    </button>
                })}
                <div class="export" role="group" aria-label="Download these figures">
                    <button type="button" data-testid="export-csv" on:click=move |_| export(true)>
                        "Download CSV"
                    </button>
                    <button type="button" data-testid="export-json" on:click=move |_| export(false)>
                        "Download JSON"
                    </button>
                    <CiteMenu
                        targets=Signal::derive(move || {
                            selection
                                .with(|s| s.facts())
                                .into_iter()
                                .map(|f| CiteTarget::Figure(f.id))
                                .collect()
                        })
                        label="Cite all"
                        what="these figures"
                        stem="figures"
                    />
                </div>
            </Show>
        </section>
    }
}
