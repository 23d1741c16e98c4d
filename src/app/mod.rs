//! The Leptos user interface: mounts [`App`] into the page's `#app` element,
//! replacing the static loading message that `index.html` shows while the wasm
//! starts.
//!
//! Invariant: components only read signals, call the engine and render; logic
//! lives in `engine`, `api::records`, `present` and `view_state`, where it is
//! tested natively.

pub mod browser;
pub mod components;
pub mod error_view;
pub mod fatal;
pub mod query_notice;
pub mod url;

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::engine::Engine;
use crate::present::citation::{is_own_title, page_title};
use crate::view_state::ViewState;
use components::{ActiveFilters, FactsPanel, Overview, Reader, Results, SearchBox};
use error_view::error_fallback;
use query_notice::QueryNotice;
use url::View;

/// Mounts the explorer into `#app` (or the body, when the page has no `#app`).
pub fn mount(engine: Arc<Engine>) {
    let document = web_sys::window().and_then(|w| w.document());
    let target = document
        .as_ref()
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    match target {
        Some(target) => {
            // Remove the loading message before the app renders its first frame.
            target.set_inner_html("");
            leptos::mount::mount_to(target, move || view! { <App engine/> }).forget();
        }
        None => leptos::mount::mount_to_body(move || view! { <App engine/> }),
    }
}

/// What the main column shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Overview,
    Results,
    Reader,
}

/// The whole explorer: a search box over the overview, the results or the
/// reader, with the facts panel beside them (below them on phones).
#[component]
pub fn App(
    /// The search engine over the embedded corpus, built once at start-up.
    engine: Arc<Engine>,
) -> impl IntoView {
    let view = View::from_location();
    provide_context(view);
    view.follow_history();
    follow_title(view, engine.clone());
    provide_context(engine);
    let (query, set_query) = query_signal(view);

    let root = NodeRef::<leptos::html::Div>::new();
    shortcuts(view, root);

    let mode = Memo::new(move |_| {
        view.state.with(|s| match (&s.doc, s.query_is_blank()) {
            (Some(_), _) => Mode::Reader,
            (None, true) => Mode::Overview,
            (None, false) => Mode::Results,
        })
    });
    let home = move |ev: leptos::ev::MouseEvent| {
        if browser::is_plain_click(&ev) {
            ev.prevent_default();
            view.navigate(ViewState::default());
        }
    };
    view! {
        <div class="app" node_ref=root>
            <header class="masthead">
                <h1 class="brand">
                    <a href="./" on:click=home>"IP Explorer"</a>
                </h1>
                <SearchBox query set_query/>
                <p class="hint" aria-hidden="true">
                    "Press " <kbd>"/"</kbd> " to search, " <kbd>"Esc"</kbd> " to go back"
                </p>
            </header>
            <div class="layout">
                <main class="content" data-testid="content">
                    <ErrorBoundary fallback=error_fallback>
                        <ActiveFilters/>
                        {move || match mode.get() {
                            Mode::Reader => view! { <Reader/> }.into_any(),
                            Mode::Results => view! { <QueryNotice query/> <Results query/> }.into_any(),
                            Mode::Overview => view! { <Overview/> }.into_any(),
                        }}
                    </ErrorBoundary>
                </main>
                <aside class="side" aria-label="Figures">
                    <ErrorBoundary fallback=error_fallback>
                        <FactsPanel/>
                    </ErrorBoundary>
                </aside>
            </div>
        </div>
    }
}

/// Keeps the tab title naming the open document or the query (see
/// `present::citation::page_title`), unless a host page set its own.
fn follow_title(view: View, engine: Arc<Engine>) {
    Effect::new(move |_| {
        let title = view.state.with(|s| page_title(engine.corpus(), s));
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            if is_own_title(&document.title()) {
                document.set_title(&title);
            }
        }
    });
}

/// The plain query signal the search box and results take, kept in step with
/// the view both ways: typing updates the view (see `ViewState::typed`), and a
/// view change from elsewhere (Back, an entity chip, Esc) updates the box.
fn query_signal(view: View) -> (ReadSignal<String>, WriteSignal<String>) {
    let (query, set_query) = signal(view.state.with_untracked(|s| s.query.clone()));
    // The last query the box handed to the view. A view change carrying it
    // came from typing, and the box may already hold newer keystrokes, which
    // copying the view back would throw away.
    let handed = StoredValue::new(query.get_untracked());
    Effect::new(move |_| {
        let typed = query.get();
        handed.set_value(typed.clone());
        let Some((next, push)) = view.state.with_untracked(|s| s.typed(&typed)) else {
            return;
        };
        if push {
            view.navigate(next);
        } else {
            view.replace(next);
        }
    });
    Effect::new(move |_| {
        let wanted = view.state.with(|s| s.query.clone());
        let from_typing = handed.with_value(|h| *h == wanted);
        if !from_typing && query.with_untracked(|q| *q != wanted) {
            set_query.set(wanted);
        }
    });
    (query, set_query)
}

/// Keyboard shortcuts: `/` focuses the search box; `Esc` clears the search
/// box or closes the reader (see `ViewState::escaped`).
fn shortcuts(view: View, root: NodeRef<leptos::html::Div>) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.default_prevented() || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let Some(root) = root.get_untracked() else {
            return;
        };
        let search_box = root
            .query_selector("input[type=search]")
            .ok()
            .flatten()
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        let active = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element());
        let in_search_box = match (&search_box, &active) {
            (Some(input), Some(active)) => {
                let input: &web_sys::Element = input.as_ref();
                input == active
            }
            _ => false,
        };
        match ev.key().as_str() {
            "/" if !in_search_box && !is_editable(active.as_ref()) => {
                if let Some(input) = search_box {
                    ev.prevent_default();
                    let _ = input.focus();
                }
            }
            "Escape" => {
                if let Some(next) = view.state.with_untracked(|s| s.escaped(in_search_box)) {
                    ev.prevent_default();
                    view.navigate(next);
                }
            }
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
}

/// Whether typing into `element` should keep `/` as a character.
fn is_editable(element: Option<&web_sys::Element>) -> bool {
    element.is_some_and(|el| {
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || el
                .dyn_ref::<web_sys::HtmlElement>()
                .is_some_and(|el| el.is_content_editable())
    })
}
