//! The reader: one whole document, with sections as headings, transcript
//! turns under their speaker, facts marked in the text, a link and a "Cite"
//! menu on every passage, and the passage named in the URL
//! scrolled into view and highlighted. Corpus text is only ever rendered as
//! text nodes.

use std::sync::Arc;

use leptos::prelude::*;

use super::show_when::show_when;
use super::{CiteMenu, CiteStatus, PassageLink};
use crate::app::browser::{focus_id, is_plain_click, page_base, scroll_to_id, scroll_to_top, Page};
use crate::app::chunk_loader::{ChunkError, ChunkLoader};
use crate::app::url::View;
use crate::engine::Engine;
use crate::present::citation::print_line;
use crate::present::cite_export::CiteTarget;
use crate::present::cite_item::passage_item;
use crate::present::reader::{
    anchor_id, reader_doc_with_text, Block, PassageView, ReaderDoc, Segment,
};

/// The document named by `read=` in the view, or a "not found" note.
#[component]
pub fn Reader() -> impl IntoView {
    let engine = expect_context::<Arc<Engine>>();
    let view = expect_context::<View>();
    let doc_id = Memo::new(move |_| view.state.with(|s| s.doc.clone()));
    let target = Memo::new(move |_| view.state.with(|s| s.passage.clone()));
    let layout_engine = engine.clone();
    let query = view.query;
    // A chunked corpus: the parts the open document needs and lacks.
    let loader = expect_context::<ChunkLoader>();
    let missing_engine = engine.clone();
    let missing = loader.memo(
        engine.clone(),
        move || {
            let mut missing = doc_id.with(|id| {
                let doc = id
                    .as_deref()
                    .and_then(|id| missing_engine.corpus().document(id));
                doc.map_or_else(Vec::new, |d| {
                    missing_engine.missing_chunks(d.passages.clone())
                })
            });
            // The index shards that mark the query's words in the text.
            missing.extend(query.with(|q| missing_engine.missing_for_query(q)));
            missing
        },
        Vec::clone,
    );
    let waiting = move || missing.with(|m| !m.is_empty());
    let layout = Memo::new(move |_| {
        missing.track();
        doc_id.with(|id| {
            let id = id.as_deref()?;
            let corpus = layout_engine.corpus();
            let text_of = |p| layout_engine.passage_text(p).unwrap_or_default();
            let doc = reader_doc_with_text(corpus, id, text_of)?;
            let passages = corpus.document(id)?.passages.clone();
            let hits = query.with(|q| layout_engine.highlights(q, passages));
            Some(doc.with_hits(&hits))
        })
    });
    let (status, set_status) = signal(None::<String>);
    provide_context::<CiteStatus>(set_status);
    // Ids are looked up in the reader's own tree: an embedded instance lives
    // in a shadow root that `document.getElementById` cannot see.
    let article = NodeRef::<leptos::html::Article>::new();

    // After the document renders, bring the target passage into view, or the
    // top of the document when there is none.
    Effect::new(move |_| {
        let target = target.get();
        layout.track();
        request_animation_frame(move || {
            // The reader may be gone by the next frame (closed, or its
            // instance unmounted): then there is nothing to focus.
            let near: Option<web_sys::Element> =
                article.try_get_untracked().flatten().map(Into::into);
            let near = near.as_ref();
            match target {
                Some(passage) => {
                    let anchor = anchor_id(&passage);
                    focus_id(near, &anchor);
                    scroll_to_id(near, &anchor);
                }
                None => {
                    focus_id(near, "reader-title");
                    scroll_to_top(near);
                }
            }
        });
    });

    let close = move |_| view.navigate(view.state.get_untracked().closed());
    // A link may name a passage the document no longer has (ids follow the
    // compiler); say so rather than silently showing the top.
    let passage_missing = move || {
        target.with(|t| {
            t.as_deref()
                .is_some_and(|p| layout.with(|d| d.as_ref().is_some_and(|d| !d.has_passage(p))))
        })
    };
    view! {
        <article
            class="reader"
            data-testid="reader"
            aria-labelledby="reader-title"
            node_ref=article
        >
            <button
                type="button"
                class="back"
                data-testid="reader-close"
                title="Back to the list (Esc)"
                on:click=close
            >
                "← Back"
            </button>
            {show_when(passage_missing, move || view! {
                <p class="note" role="status" data-testid="passage-missing">
                    "The linked passage is not in this document; showing the whole document."
                </p>
            })}
            <ChunkError/>
            {move || match layout.get() {
                Some(_) if waiting() => {
                    view! {
                        <p class="note loading-note" role="status" data-testid="reader-loading">
                            "Loading the document…"
                        </p>
                    }
                        .into_any()
                }
                Some(doc) => render_doc(doc, target).into_any(),
                None => {
                    view! {
                        <h2 id="reader-title" class="reader-title">"Document not found"</h2>
                        <p data-testid="reader-missing">
                            "This link names a document the explorer does not have: "
                            <code>{doc_id.get().unwrap_or_default()}</code>
                        </p>
                    }
                        .into_any()
                }
            }}
            <p class="toast" role="status" aria-live="polite" data-testid="copy-status">
                {move || status.get()}
            </p>
        </article>
    }
}

fn render_doc(doc: ReaderDoc, target: Memo<Option<String>>) -> impl IntoView {
    let doc_id = doc.id.clone();
    // Plain fragment links: the browser scrolls (honouring scroll-margin), and
    // the view state ignores the fragment. Inside another page the browser
    // would look for the id in the host document (not our shadow root) and
    // change the host's URL, so embedded instances scroll themselves.
    let embedded = use_context::<Page>().is_some_and(|p| p.embedded);
    let contents = doc.contents();
    let contents = (contents.len() > 1).then(|| {
        view! {
            <nav class="contents" aria-label="Sections" data-testid="contents">
                <ol>
                    {contents
                        .into_iter()
                        .map(|(text, anchor)| {
                            view! {
                                <li>
                                    <a
                                        href=format!("#{anchor}")
                                        on:click=move |ev| {
                                            if embedded && is_plain_click(&ev) {
                                                ev.prevent_default();
                                                let near = event_target::<web_sys::Element>(&ev);
                                                scroll_to_id(Some(&near), &anchor);
                                            }
                                        }
                                    >
                                        {text}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </nav>
        }
    });
    let blocks = doc
        .blocks
        .into_iter()
        .map(|block| match block {
            Block::Heading { text, anchor } => {
                view! { <h3 class="reader-section" id=anchor>{text}</h3> }.into_any()
            }
            Block::Passage(passage) => {
                let cite = print_citation(&doc_id, &passage.id);
                render_passage(&doc_id, passage, cite, target).into_any()
            }
        })
        .collect_view();
    view! {
        <header class="reader-head">
            <h2 id="reader-title" class="reader-title" data-testid="reader-title" tabindex="-1">
                {doc.title}
            </h2>
            <p class="document-meta">
                <span class="kind">{doc.kind}</span>
                {doc.date.map(|d| view! { <span class="date">{d}</span> })}
                {doc.source.map(|s| view! { <span class="source">{s}</span> })}
                <span class="words">{format!("{} words", doc.words)}</span>
            </p>
            <CiteMenu
                targets=vec![CiteTarget::Document(doc.id.clone())]
                label="Cite"
                what="this document"
                stem=doc.id.clone()
            />
        </header>
        {contents}
        <div class="reader-body">{blocks}</div>
    }
}

/// The one-line citation printed under a passage (see `style/print.css`).
/// Looks only through the document's own passages.
fn print_citation(doc_id: &str, passage_id: &str) -> String {
    let engine = expect_context::<Arc<Engine>>();
    let corpus = engine.corpus();
    // The passage of this document only.
    let Some(idx) = corpus.passage_index(passage_id).filter(|&p| {
        corpus
            .document(doc_id)
            .is_some_and(|d| d.passages.contains(&p))
    }) else {
        return String::new();
    };
    let text_of = |p| engine.passage_text(p);
    passage_item(corpus, idx, None, &page_base(), text_of)
        .map(|item| print_line(&item))
        .unwrap_or_default()
}

fn render_passage(
    doc_id: &str,
    passage: PassageView,
    cite: String,
    target: Memo<Option<String>>,
) -> impl IntoView {
    let id = passage.id.clone();
    let is_target = move || target.with(|t| t.as_deref() == Some(id.as_str()));
    let data_passage = passage.id.clone();
    view! {
        <section
            class="passage"
            class:target=is_target
            id=passage.anchor
            data-passage=data_passage
            data-testid="passage"
            tabindex="-1"
        >
            {passage.speaker.map(|s| view! { <p class="speaker" data-testid="speaker">{s}</p> })}
            <p class="passage-text">{passage.segments.into_iter().map(render_segment).collect_view()}</p>
            <p class="passage-tools">
                <PassageLink
                    doc=doc_id.to_string()
                    passage=Some(passage.id.clone())
                    class="passage-link"
                    title="Link to this passage"
                >
                    "Link"
                </PassageLink>
                <CiteMenu
                    targets=vec![CiteTarget::Passage {
                        id: passage.id.clone(),
                        quote: None,
                    }]
                    what="this passage"
                    stem=passage.id
                />
            </p>
            <p class="print-only print-cite">{cite}</p>
        </section>
    }
}

fn render_segment(segment: Segment) -> impl IntoView {
    match (segment.fact, segment.hit) {
        (Some(fact), hit) => view! {
            <mark
                class=format!("fact fact-{}{}", fact.kind, if hit { " query-hit" } else { "" })
                title=fact.label
                data-fact=fact.id
                data-testid="fact-mark"
            >
                {segment.text}
            </mark>
        }
        .into_any(),
        (None, true) => {
            view! { <mark class="query-hit" data-testid="query-hit">{segment.text}</mark> }
                .into_any()
        }
        (None, false) => segment.text.into_any(),
    }
}
