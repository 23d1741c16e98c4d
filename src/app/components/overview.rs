//! What the main column shows when the query is empty: the documents and the
//! most mentioned people and organisations, and the timeline of documents
//! and dated figures.

use leptos::prelude::*;

use super::{DocumentList, EntityList, Timeline};

/// The overview: documents first, then who and what they mention most, then
/// the timeline.
#[component]
pub fn Overview() -> impl IntoView {
    view! {
        <div class="overview" data-testid="overview">
            <DocumentList/>
            <EntityList/>
            <Timeline/>
        </div>
    }
}
