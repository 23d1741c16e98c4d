//! The list of documents in the corpus, shown when there is no query, newest
//! first or by title, narrowed by the filters in force, a page at a time
//! ([`DOCUMENT_PAGE`]). Each title opens the document in the reader.

use std::sync::Arc;

use leptos::prelude::*;

use super::keyed_list::keyed_list;
use super::show_when::show_when;
use super::PassageLink;
use crate::app::url::View;
use crate::corpus::DocIdx;
use crate::engine::Engine;
use crate::present::overview::{document_passes, sorted_documents, DocSort, DOCUMENT_PAGE};

/// Every document with its kind, date, source and size, in a chosen order.
#[component]
pub fn DocumentList() -> impl IntoView {
    let engine = expect_context::<Arc<Engine>>();
    let (sort, set_sort) = signal(DocSort::default());
    let count = engine.corpus().documents.len();
    let view = expect_context::<View>();
    let list_engine = engine.clone();
    let key_engine = engine.clone();
    // Keyed by id: every list of the app shares one keyed list (`keyed_list`).
    let key = move |&doc: &DocIdx| key_engine.corpus().documents[doc as usize].id.clone();
    let documents = Memo::new(move |_| {
        let corpus = list_engine.corpus();
        let docs = sorted_documents(corpus, sort.get());
        view.state.with(|s| {
            docs.into_iter()
                .filter(|&d| document_passes(&corpus.documents[d as usize], s))
                .collect::<Vec<_>>()
        })
    });
    // How many are listed; "Show more" adds a page.
    let (limit, set_limit) = signal(DOCUMENT_PAGE);
    let listed =
        move || documents.with(|d| d.iter().take(limit.get()).cloned().collect::<Vec<_>>());
    let more = move || {
        let (total, limit) = (documents.with(Vec::len), limit.get());
        (total > limit).then(|| {
            view! {
                <button
                    type="button"
                    class="more"
                    data-testid="documents-more"
                    on:click=move |_| set_limit.update(|n| *n += DOCUMENT_PAGE)
                >
                    {format!("Show more ({limit} of {total} listed)")}
                </button>
            }
        })
    };
    let heading = move || match documents.with(Vec::len) {
        shown if shown == count => format!("{count} documents"),
        shown => format!("{shown} of {count} documents"),
    };
    let sort_button = move |value: DocSort, label: &'static str| {
        view! {
            <button
                type="button"
                class="toggle"
                data-testid=format!("sort-{}", value.as_str())
                aria-pressed=move || (sort.get() == value).to_string()
                on:click=move |_| set_sort.set(value)
            >
                {label}
            </button>
        }
    };
    view! {
        <section class="documents" aria-labelledby="documents-heading">
            <div class="section-head">
                <h2 id="documents-heading">{heading}</h2>
                <div class="toggles" role="group" aria-label="Sort documents">
                    {sort_button(DocSort::Date, "Newest first")}
                    {sort_button(DocSort::Title, "Title A–Z")}
                </div>
            </div>
            {show_when(move || documents.with(Vec::is_empty), move || view! {
                <p class="empty" data-testid="documents-empty">
                    "No document passes the filters in force."
                </p>
            })}
            <ul class="document-list" data-testid="document-list">
                {keyed_list(
                    listed,
                    key,
                    move |doc| {
                        let doc = &engine.corpus().documents[doc as usize];
                        let (id, title, kind) = (doc.id.clone(), doc.title.clone(), doc.kind.as_str());
                        let (date, source) = (doc.date.map(|d| d.iso()), doc.source.clone());
                        let (speakers, words) = (doc.speakers.len(), doc.words);
                        view! {
                            <li class="document" data-doc=id.clone()>
                                <h3 class="document-title">
                                    <PassageLink doc=id.clone() passage=None class="document-link">
                                        {title}
                                    </PassageLink>
                                </h3>
                                <p class="document-meta">
                                    <span class="kind">{kind}</span>
                                    {date.map(|d| view! { <span class="date">{d}</span> })}
                                    {source.map(|s| view! { <span class="source">{s}</span> })}
                                    {(speakers > 0)
                                        .then(|| {
                                            view! {
                                                <span class="speakers">
                                                    {format!("{speakers} speakers")}
                                                </span>
                                            }
                                        })}
                                    <span class="words">{format!("{words} words")}</span>
                                </p>
                            </li>
                        }
                    },
                )}
            </ul>
            {more}
        </section>
    }
}
