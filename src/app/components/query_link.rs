//! A link that runs another query, such as a spelling correction or the
//! query with one word left out. Its `href` is the permalink of the results
//! for that query under the filters in force, so it can be copied or opened
//! in a new tab; a plain click searches in place, with a history entry, so
//! Back returns to the query that was typed.

use leptos::prelude::*;

use super::passage_link::link_base;
use crate::app::browser::is_plain_click;
use crate::app::url::View;

/// A link to the results for `query`, keeping the filters and the order.
#[component]
pub fn QueryLink(
    /// The query to search.
    query: String,
    /// `data-testid` of the `<a>`.
    #[prop(optional)]
    testid: &'static str,
    /// The link text.
    children: Children,
) -> impl IntoView {
    let view = expect_context::<View>();
    // Follows the filters and order, so a copied link is the view it names.
    let base = link_base();
    let linked = query.clone();
    let href = move || {
        view.state
            .with(|s| format!("{base}{}", s.searching(&linked).to_query_string()))
    };
    let search = move |ev: leptos::ev::MouseEvent| {
        if is_plain_click(&ev) {
            ev.prevent_default();
            let next = view.state.with_untracked(|s| s.searching(&query));
            view.navigate(next);
        }
    };
    view! {
        <a data-testid=(!testid.is_empty()).then_some(testid) href=href on:click=search>
            {children()}
        </a>
    }
}
