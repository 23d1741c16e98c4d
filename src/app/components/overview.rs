//! What the main column shows when the query is empty: the documents and the
//! most mentioned people and organisations.

use leptos::prelude::*;

use super::{DocumentList, EntityList};

/// The overview: documents first, then who and what they mention most.
#[component]
pub fn Overview() -> impl IntoView {
    view! {
        <div class="overview" data-testid="overview">
            <DocumentList/>
            <EntityList/>
        </div>
    }
}
