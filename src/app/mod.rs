//! The Leptos user interface: mounts [`App`] into the page's `#app` element,
//! replacing the static loading message that `index.html` shows while the wasm
//! starts; or the iframe mode ([`frame`]); or, for host pages, any number of
//! embedded instances ([`instance`]), each with its own in-memory view.
//!
//! Invariant: components only read signals, call the engine and render; logic
//! lives in `engine`, `api::records`, `present` and `view_state`, where it is
//! tested natively.

pub mod browser;
pub mod chunk_loader;
pub mod components;
pub mod error_view;
pub mod fatal;
pub mod focus_return;
pub mod frame;
pub mod instance;
pub mod query_notice;
pub mod url;

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::embed::{FrameParams, Layout, Panes};
use crate::engine::Engine;
use crate::present::citation::{is_own_title, page_title};
use crate::view_state::ViewState;
use components::{ActiveFilters, AnswerCard, FactsPanel, Overview, Reader, Results, SearchBox};
use error_view::guarded;
use query_notice::QueryNotice;
use url::View;

/// Mounts the explorer into `#app` (or the body, when the page has no `#app`):
/// the full page, or the iframe mode with `?embed=1`. When `embed.js` loaded
/// the wasm into a host page, nothing is mounted here: instances mount
/// through `ipExplorer.mount` (see [`instance`]).
pub fn mount(engine: Arc<Engine>) {
    if crate::handoff::config().is_some() {
        return;
    }
    let window = web_sys::window();
    let document = window.as_ref().and_then(|w| w.document());
    let search = window
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let target = document
        .as_ref()
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    match target {
        Some(target) => {
            // Remove the loading message before the app renders its first frame.
            target.set_inner_html("");
            if FrameParams::from_query_string(&search).embed {
                frame::mount(engine, target, &search);
            } else {
                leptos::mount::mount_to(target, move || view! { <App engine/> }).forget();
            }
        }
        None => leptos::mount::mount_to_body(move || view! { <App engine/> }),
    }
}

/// [`mount`] in the next task, once the callbacks waiting on
/// `ipExplorerReady` have run; the loading message stays until then.
pub fn mount_next_task(engine: Arc<Engine>) {
    set_timeout(move || mount(engine), std::time::Duration::ZERO);
}

/// What the main column shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Overview,
    Results,
    Reader,
    Facts,
    Nothing,
}

impl Mode {
    /// The reader when a document is open; else what `panes` shows for a
    /// blank or a typed query.
    fn of(state: &ViewState, panes: Panes) -> Mode {
        match (state.doc.is_some(), state.query_is_blank(), panes) {
            (true, _, _) => Mode::Reader,
            (false, _, Panes::Facts) => Mode::Facts,
            (false, false, _) => Mode::Results,
            (false, true, Panes::Full) => Mode::Overview,
            (false, true, Panes::Search) => Mode::Nothing,
        }
    }
}

/// Where the keyboard shortcuts listen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcuts {
    /// On the whole window: the full page, and the iframe mode (whose window
    /// is its own).
    Window,
    /// Only while focus is inside the instance, so an element or `mount()`
    /// instance never takes the host page's `/` key.
    Inside,
}

/// What an embedded instance brings to [`App`] instead of the page URL.
#[derive(Debug, Clone)]
pub struct Embedding {
    /// The instance's view, usually in memory (see `url::Backend`).
    pub view: View,
    /// Its layout, fixed for this mount: an instance re-mounts to change it
    /// (rare), which keeps the app's view code free of layout signals.
    pub layout: Layout,
    /// The explorer page's address, for permalinks and citations.
    pub base: String,
    /// Where the keyboard shortcuts listen.
    pub shortcuts: Shortcuts,
}

/// The whole explorer: a search box over the overview, the results or the
/// reader, with the facts panel beside them (below them on phones). An
/// embedded instance may show less (see `embed::Layout`).
#[component]
pub fn App(
    /// The search engine over the embedded corpus, built once at start-up.
    engine: Arc<Engine>,
    /// Set for an embedded instance; the full page leaves it out and keeps its
    /// view in the URL.
    #[prop(optional)]
    embedding: Option<Embedding>,
) -> impl IntoView {
    let embedded = embedding.is_some();
    let (view, layout, base, keys) = match embedding {
        Some(e) => (e.view, e.layout, e.base, e.shortcuts),
        None => {
            let view = View::from_location();
            view.follow_history();
            follow_title(view, engine.clone());
            (
                view,
                Layout::default(),
                browser::location_base(),
                Shortcuts::Window,
            )
        }
    };
    provide_context(view);
    provide_context(browser::Page {
        embedded,
        base: base.clone(),
    });
    provide_context(engine);
    provide_context(chunk_loader::ChunkLoader::new());
    // Set while the search box holds more than the view's query (see `caps`).
    let past_cap = RwSignal::new(false);

    let root = NodeRef::<leptos::html::Div>::new();
    if keys == Shortcuts::Window {
        shortcuts(view, root);
    }
    let keys_inside = move |ev: leptos::ev::KeyboardEvent| {
        if keys == Shortcuts::Inside {
            let focused = ev
                .composed_path()
                .get(0)
                .dyn_into::<web_sys::Element>()
                .ok();
            handle_key(&ev, view, root, focused);
        }
    };

    let Layout {
        compact,
        theme,
        panes,
    } = layout;
    let mode = Memo::new(move |_| view.state.with(|s| Mode::of(s, panes)));
    let reading = Memo::new(move |_| mode.get() == Mode::Reader);
    let track_focus = focus_return::return_focus(root, reading);
    let home = move |ev: leptos::ev::MouseEvent| {
        if browser::is_plain_click(&ev) {
            ev.prevent_default();
            view.navigate(ViewState::default());
        }
    };
    let home_href = if embedded { base } else { "./".to_string() };
    let brand = (!compact).then(|| {
        view! {
            <h1 class="brand">
                <a href=home_href on:click=home>"IP Explorer"</a>
            </h1>
        }
    });
    let hint = (!embedded).then(|| {
        view! {
            <p class="hint" aria-hidden="true">
                "Press " <kbd>"/"</kbd> " to search, " <kbd>"Esc"</kbd> " to go back"
            </p>
        }
    });
    let searching = panes != Panes::Facts;
    let masthead = searching.then(|| {
        view! {
            <header class="masthead">
                {brand}
                <SearchBox past_cap/>
                {hint}
            </header>
        }
    });
    let side = (panes == Panes::Full).then(|| {
        view! {
            <aside class="side" aria-label="Figures">
                {guarded(Box::new(|| view! { <FactsPanel/> }.into_any()))}
            </aside>
        }
    });
    view! {
        <div
            class="app"
            class:embedded=embedded
            class:compact=compact
            data-theme=theme.as_str()
            data-panes=panes.as_str()
            node_ref=root
            on:keydown=keys_inside
            on:focusin=track_focus
        >
            {masthead}
            <div class="layout">
                <main class="content" data-testid="content">
                    {guarded(Box::new(move || view! {
                        {searching.then(|| view! { <ActiveFilters/> })}
                        {move || match mode.get() {
                            Mode::Reader => view! { <Reader/> }.into_any(),
                            Mode::Results => view! { <QueryNotice past_cap/> <AnswerCard/> <Results/> }.into_any(),
                            Mode::Overview => view! { <Overview/> }.into_any(),
                            Mode::Facts => view! { <FactsPanel/> }.into_any(),
                            Mode::Nothing => ().into_any(),
                        }}
                    }.into_any()))}
                </main>
                {side}
            </div>
        </div>
    }
}

/// Keeps the tab title naming the open document or the query (see
/// `present::citation::page_title`), unless a host page set its own. It
/// follows the settled state, so it changes when typing pauses, not per key.
fn follow_title(view: View, engine: Arc<Engine>) {
    Effect::new(move |_| {
        let title = view.settled.with(|s| page_title(engine.corpus(), s));
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            if is_own_title(&document.title()) {
                document.set_title(&title);
            }
        }
    });
}

/// Keyboard shortcuts on the whole window: `/` focuses the search box; `Esc`
/// clears the search box or closes the reader (see `ViewState::escaped`).
fn shortcuts(view: View, root: NodeRef<leptos::html::Div>) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        let focused = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element());
        handle_key(&ev, view, root, focused);
    });
    on_cleanup(move || handle.remove());
}

/// Acts on one key press; `focused` is the element that has focus.
fn handle_key(
    ev: &web_sys::KeyboardEvent,
    view: View,
    root: NodeRef<leptos::html::Div>,
    focused: Option<web_sys::Element>,
) {
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
    let in_search_box = match (&search_box, &focused) {
        (Some(input), Some(focused)) => {
            let input: &web_sys::Element = input.as_ref();
            input == focused
        }
        _ => false,
    };
    match ev.key().as_str() {
        "/" if !in_search_box && !is_editable(focused.as_ref()) => {
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
