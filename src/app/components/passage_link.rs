//! A link into the reader. Its `href` is the permalink (`?read=...&passage=...`,
//! relative, so it works under any sub-path), so it can be copied or opened in
//! a new tab; a plain click opens the reader in place, keeping the query and
//! filters so closing the reader goes back to them. `data-permalink` holds
//! the absolute address, for print.

use leptos::prelude::*;

use crate::app::browser::{is_plain_click, page_base, Page};
use crate::app::url::View;
use crate::view_state::ViewState;

/// A link that opens document `doc` in the reader, at `passage` when given.
#[component]
pub fn PassageLink(
    /// Document id.
    doc: String,
    /// Passage id to scroll to and highlight, if any.
    passage: Option<String>,
    /// CSS class of the `<a>`.
    #[prop(optional)]
    class: &'static str,
    /// `data-testid` of the `<a>`.
    #[prop(optional)]
    testid: &'static str,
    /// Accessible name, when the visible text is not enough.
    #[prop(optional, into)]
    label: Option<String>,
    /// Tooltip.
    #[prop(optional, into)]
    title: Option<String>,
    /// The link text.
    children: Children,
) -> impl IntoView {
    let href = passage_href(&doc, passage.as_deref());
    // The full address, which the print style sheet writes after the link.
    let permalink = crate::present::citation::permalink(&page_base(), &doc, passage.as_deref());
    let open = open_on_click(doc, passage);
    view! {
        <a
            class=class
            data-testid=(!testid.is_empty()).then_some(testid)
            href=href
            data-permalink=permalink
            aria-label=label
            title=title
            on:click=open
        >
            {children()}
        </a>
    }
}

/// The permalink of document `doc` open at `passage`: relative on the
/// explorer's own page; inside another page a relative link would point at the
/// host, so there it names the explorer page. Call it while building a view
/// (it reads the [`Page`] context).
pub fn passage_href(doc: &str, passage: Option<&str>) -> String {
    let state = ViewState::default().open(doc, passage);
    format!("{}{}", link_base(), state.to_query_string())
}

/// What a permalink's query string is appended to: nothing on the
/// explorer's own page, the explorer page's URL inside another page, as
/// [`passage_href`] says. Call it while building a view.
pub fn link_base() -> String {
    use_context::<Page>()
        .filter(|p| p.embedded)
        .map(|p| p.base)
        .unwrap_or_default()
}

/// A click handler that opens `doc` at `passage` in place on a plain click,
/// keeping the query and filters (other clicks follow the link's `href`).
pub fn open_on_click(
    doc: String,
    passage: Option<String>,
) -> impl Fn(leptos::ev::MouseEvent) + Clone + 'static {
    let view = expect_context::<View>();
    move |ev: leptos::ev::MouseEvent| {
        if is_plain_click(&ev) {
            ev.prevent_default();
            let next = view.state.get_untracked().open(&doc, passage.as_deref());
            view.navigate(next);
        }
    }
}
