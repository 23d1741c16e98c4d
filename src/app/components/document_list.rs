//! The list of documents in the corpus, shown when there is no query.

use std::sync::Arc;

use leptos::prelude::*;

use crate::api::records;
use crate::engine::Engine;

/// Every document with its kind, date and size.
#[component]
pub fn DocumentList() -> impl IntoView {
    let engine = expect_context::<Arc<Engine>>();
    let documents = records::documents(engine.corpus());
    let count = documents.len();
    view! {
        <section class="documents" aria-labelledby="documents-heading">
            <h2 id="documents-heading">{format!("{count} documents")}</h2>
            <ul class="document-list" data-testid="document-list">
                {documents
                    .into_iter()
                    .map(|doc| {
                        view! {
                            <li class="document" data-doc=doc.id.clone()>
                                <h3 class="document-title">{doc.title}</h3>
                                <p class="document-meta">
                                    <span class="kind">{doc.kind}</span>
                                    {doc.date.map(|d| view! { <span class="date">{d}</span> })}
                                    <span class="words">{format!("{} words", doc.words)}</span>
                                    <span class="passages">
                                        {format!("{} passages", doc.passages)}
                                    </span>
                                </p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
