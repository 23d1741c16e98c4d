//! Search results for the current query under the filters in force, with the
//! facets panel beside them. Each hit names its document by title, with kind,
//! date, speaker and section, shows its snippet and why it matched, and opens
//! the reader at its passage.

use std::sync::Arc;

use leptos::prelude::*;

use super::keyed_list::keyed_list;
use super::more_passages::MorePassages;
use super::result_keys::move_through_results;
use super::show_when::show_when;
use super::{CiteMenu, Facets, FilterOffers, PassageLink, QueryLink};
use crate::api::records::{self, search_request};
use crate::app::browser::performance_now;
use crate::app::chunk_loader::{ChunkError, ChunkLoader};
use crate::app::url::View;
use crate::corpus::{Corpus, PassageIdx};
use crate::engine::{Engine, FewerWords, Hit, SearchResults, Segment};
use crate::present::cite_export::CiteTarget;
use crate::present::hit_key::hit_key;
use crate::present::hits::{
    elapsed_label, plural, result_count_label, results_to_show, source_of, waits_for_shards,
    why_label, PARTIAL_NOTE, SUB_HITS,
};

/// Document groups shown at most on one page.
const PAGE_SIZE: usize = 20;

/// One search and how long the engine took, in milliseconds.
#[derive(Debug, Clone, PartialEq)]
struct TimedSearch {
    results: SearchResults,
    ms: f64,
}

/// The passages that match `query` and the filters, best first.
#[component]
pub fn Results() -> impl IntoView {
    let engine = expect_context::<Arc<Engine>>();
    let view = expect_context::<View>();
    let search_engine = engine.clone();
    // The query, the filters and the order each on their own, so that a
    // change of one view field (an opened document) does not search again.
    let query = view.query;
    let filters = Memo::new(move |_| view.state.with(|s| s.filters.clone()));
    let newest_first = Memo::new(move |_| view.state.with(|s| s.newest_first));
    let loader = expect_context::<ChunkLoader>();
    // A chunked corpus: the index shards of the query's words, then the text
    // chunks of the hits on the page, fetched and searched again on arrival.
    let timed = loader.memo(
        engine.clone(),
        move || {
            let options = records::SearchOptions {
                filters: filters.get(),
                sort: newest_first.get().then(|| "date".to_string()),
                limit: Some(PAGE_SIZE),
                // A document's first further passages; the rest on request.
                more_limit: Some(SUB_HITS),
                ..records::SearchOptions::default()
            };
            let started = performance_now();
            // Passages only: the answer card ranks answers once the view settles.
            let request = query.with(|q| search_request(q, &options));
            let results = search_engine.search_passages(&request);
            let ms = performance_now() - started;
            TimedSearch { results, ms }
        },
        |timed| timed.results.pending.clone(),
    );
    let timing = move || {
        timed.with(|r| (r.results.total > 0).then(|| format!(", found in {}", elapsed_label(r.ms))))
    };
    // The latest search's results, read in place (no copy per keystroke).
    let results = Latest(timed);
    // What the list and the facets show: the last answer stays while a new
    // query waits for its index shards (a chunked corpus).
    let shown = Memo::new(move |shown: Option<&SearchResults>| {
        results.with(|latest| results_to_show(shown, latest))
    });
    let searching = move || results.with(waits_for_shards);
    // Hits listed, their text on its way. (While the index shards load, the
    // count line already says "Searching…".)
    let loading = move || {
        let text_pending = results.with(|r| !r.pending.is_empty() && !waits_for_shards(r));
        (text_pending && loader.error.with(Option::is_none)).then(|| {
            view! {
                <p class="note loading-note" role="status" data-testid="results-loading">
                    "Loading…"
                </p>
            }
        })
    };
    let counts = Memo::new(move |_| shown.with(|r| r.facets.clone()));
    let total = Memo::new(move |_| shown.with(|r| r.total));
    let cite_engine = engine.clone();
    view! {
        <div class="results-layout">
            <Facets counts total/>
            <section
                class="results"
                aria-label="Search results"
                on:keydown=move |ev| move_through_results(&ev)
            >
                <div class="results-head">
                    <p class="result-line" aria-live="polite">
                        <span class="result-count" data-testid="result-count">
                            {move || {
                                results
                                    .with(|r| {
                                        // Index shards on their way: nothing is counted yet.
                                        if waits_for_shards(r) {
                                            "Searching…".to_string()
                                        } else {
                                            result_count_label(r.total, r.total_docs)
                                        }
                                    })
                            }}
                        </span>
                        <span class="result-time" data-testid="result-time">
                            {timing}
                        </span>
                    </p>
                    <SortToggles/>
                    {show_when(move || { total.get() > 0 }, move || view! {
                        <CiteMenu
                            targets=Signal::derive({
                                let engine = cite_engine.clone();
                                move || shown.with(|r| cited_passages(engine.corpus(), &r.hits))
                            })
                            label="Cite all"
                            what="the passages listed"
                            stem="results"
                        />
                    })}
                </div>
                {move || {
                    results
                        .with(|r| r.suggestion.clone())
                        .map(|s| {
                            view! {
                                <p class="suggestion" data-testid="suggestion">
                                    "Did you mean "
                                    <QueryLink query=s.clone() testid="suggestion-link">
                                        {s.trim().to_string()}
                                    </QueryLink>
                                    "?"
                                </p>
                            }
                        })
                }}
                <FilterOffers total/>
                {move || {
                    results
                        // Only when even the best passage lacks a word.
                        .with(|r| r.partial && r.hits.first().is_some_and(|h| !h.missing.is_empty()))
                        .then(|| {
                            view! {
                                <p class="partial-note" data-testid="partial-note">
                                    {PARTIAL_NOTE}
                                </p>
                            }
                        })
                }}
                {move || {
                    let offered = results.with(|r| r.fewer_words.clone());
                    (!offered.is_empty()).then(|| view! { <FewerWordsList offered/> })
                }}
                {loading}
                <ChunkError/>
                <ol
                    class="hits"
                    data-testid="hits"
                    aria-busy=move || searching().then_some("true")
                >
                    {keyed_list(
                        move || shown.get().hits,
                        // A row is made once per key, so the key covers all
                        // the row shows: a hit whose marks, labels or further
                        // passages changed (typing on, a chunk's text
                        // arriving) renders again, never keeps the old ones.
                        hit_key,
                        move |hit| hit_view(&engine, hit),
                    )}
                </ol>
            </section>
        </div>
    }
}

/// The passages listed, with the further passages shown under each hit, in
/// list order: what "Cite all" exports.
fn cited_passages(corpus: &Corpus, hits: &[Hit]) -> Vec<CiteTarget> {
    hits.iter()
        .flat_map(|hit| std::iter::once(hit).chain(&hit.more))
        .map(|hit| CiteTarget::Passage {
            id: corpus.passages[hit.passage as usize].id.clone(),
            quote: None,
        })
        .collect()
}

/// The results of the latest search, read through its timed memo.
#[derive(Clone, Copy)]
struct Latest(Memo<TimedSearch>);

impl Latest {
    /// `f` of the latest results, tracked like the memo.
    fn with<R>(self, f: impl FnOnce(&SearchResults) -> R) -> R {
        self.0.with(|timed| f(&timed.results))
    }
}

/// Relevance or date order for the results, kept in the URL (`sort=date`).
#[component]
fn SortToggles() -> impl IntoView {
    let view = expect_context::<View>();
    let button = move |newest_first: bool, label: &'static str, testid: &'static str| {
        let pressed = move || view.state.with(|s| s.newest_first == newest_first);
        let choose = move |_| {
            if !pressed() {
                let mut next = view.state.get_untracked();
                next.newest_first = newest_first;
                view.navigate(next);
            }
        };
        view! {
            <button
                type="button"
                class="toggle"
                data-testid=testid
                aria-pressed=move || pressed().to_string()
                on:click=choose
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="toggles" role="group" aria-label="Order of results">
            {button(false, "Best match", "sort-relevance")}
            {button(true, "Newest first", "sort-date")}
        </div>
    }
}

/// One document group: its best passage, then its further passages, then a
/// button that shows the rest of them.
fn hit_view(engine: &Arc<Engine>, hit: Hit) -> impl IntoView {
    let corpus = engine.corpus();
    let source = source_of(&corpus.documents[hit.doc as usize]);
    let doc = corpus.documents[hit.doc as usize].id.clone();
    let passage = corpus.passages[hit.passage as usize].id.clone();
    let more = hit.more.clone();
    let (passage_attr, doc_attr, doc_link) = (passage.clone(), doc.clone(), doc.clone());
    let hidden = hit.more_total.saturating_sub(more.len());
    let shown: Vec<PassageIdx> = (std::iter::once(hit.passage))
        .chain(more.iter().map(|m| m.passage))
        .collect();
    let more_doc = doc.clone();
    let more_engine = engine.clone();
    view! {
        <li class="hit" data-passage=passage_attr data-doc=doc_attr>
            <h3 class="hit-title">
                <PassageLink
                    doc=doc_link
                    passage=Some(passage)
                    class="document-link hit-link"
                    testid="hit-link"
                >
                    {source.title}
                </PassageLink>
            </h3>
            <p class="hit-meta">
                {(!source.kind.is_empty()).then(|| view! { <span class="kind">{source.kind}</span> })}
                {source.date.map(|d| view! { <span class="date">{d}</span> })}
            </p>
            {passage_view(engine, hit)}
            {show_when({
                let has_more = !more.is_empty();
                move || has_more
            }, move || view! {
                <ul class="more-hits" aria-label="More passages in this document">
                    {more
                        .clone()
                        .into_iter()
                        .map(|sub| sub_hit_view(&more_engine, doc.clone(), sub))
                        .collect_view()}
                </ul>
            })}
            {(hidden > 0)
                .then(|| {
                    view! { <MorePassages doc=more_doc shown hidden/> }
                })}
        </li>
    }
}

/// A further passage of a document, linked to the reader.
pub(super) fn sub_hit_view(engine: &Engine, doc: String, sub: Hit) -> impl IntoView {
    let passage = engine.corpus().passages[sub.passage as usize].id.clone();
    let passage_attr = passage.clone();
    let body = passage_view(engine, sub);
    view! {
        <li class="sub-hit" data-passage=passage_attr>
            <PassageLink doc passage=Some(passage) class="sub-hit-link" testid="sub-hit-link">
                {body}
            </PassageLink>
        </li>
    }
}

/// Speaker, section, the snippet and the "why" labels of one passage.
fn passage_view(engine: &Engine, hit: Hit) -> impl IntoView {
    let at = &engine.corpus().passages[hit.passage as usize];
    let (speaker, section) = (at.speaker.clone(), at.section.clone());
    let placed = speaker.is_some() || section.is_some();
    view! {
        {placed
            .then(|| {
                view! {
                    <p class="hit-place">
                        {speaker.map(|s| view! { <span class="speaker">{s}</span> })}
                        {section.map(|s| view! { <span class="section">{s}</span> })}
                    </p>
                }
            })}
        <p class="hit-text">{snippet_view(hit.snippet)}</p>
        {(!hit.missing.is_empty()).then(|| missing_view(hit.missing))}
        {(!hit.why.is_empty())
            .then(|| {
                view! {
                    <p class="why" aria-label="Why it matched">
                        {hit
                            .why
                            .into_iter()
                            .map(|w| {
                                let (label, tip) = why_label(w.as_str());
                                view! { <span class="why-tag" title=tip>{label.to_string()}</span> }
                            })
                            .collect_view()}
                    </p>
                }
            })}
    }
}

/// The query's words a passage lacks, when no passage has them all.
fn missing_view(missing: Vec<String>) -> impl IntoView {
    let n = missing.len();
    view! {
        <p class="missing" data-testid="missing">
            "Missing: "
            {missing
                .into_iter()
                .enumerate()
                .map(|(i, word)| {
                    view! {
                        <s>{word}</s>
                        {(i + 1 < n).then_some(", ")}
                    }
                })
                .collect_view()}
        </p>
    }
}

/// Snippet segments as text nodes, matches inside `<mark>`; corpus text is
/// always rendered as text, never as HTML.
fn snippet_view(segments: Vec<Segment>) -> impl IntoView {
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

/// The query with one word or phrase left out, for each way that matches,
/// when the whole query matched nothing.
#[component]
fn FewerWordsList(offered: Vec<FewerWords>) -> impl IntoView {
    view! {
        <div class="fewer-words" data-testid="fewer-words">
            <p>"No passage has all of these words. Leave one out:"</p>
            <ul>
                {offered
                    .into_iter()
                    .map(|fewer| {
                        let label = fewer.query.trim().to_string();
                        view! {
                            <li>
                                <QueryLink query=fewer.query testid="fewer-words-link">
                                    {label}
                                </QueryLink>
                                <span class="fewer-words-detail">
                                    {format!(" {}, without ", plural(fewer.total, "passage"))}
                                    <s>{fewer.without}</s>
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}
