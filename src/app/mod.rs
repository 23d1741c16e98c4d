//! The Leptos user interface: mounts [`App`] into the page's `#app` element,
//! replacing the static loading message that `index.html` shows while the wasm
//! starts.
//!
//! Invariant: components only read signals, call the engine and render; logic
//! lives in `engine` and `api::records`, where it is tested natively.

pub mod components;
pub mod url;

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::engine::Engine;
use components::{DocumentList, Results, SearchBox};

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

/// The whole explorer: a search box over the document list or the results.
#[component]
pub fn App(
    /// The search engine over the embedded corpus, built once at start-up.
    engine: Arc<Engine>,
) -> impl IntoView {
    provide_context(engine);
    let (query, set_query) = signal(url::query_param("q").unwrap_or_default());
    Effect::new(move |_| url::replace_query_param("q", &query.get()));
    view! {
        <header class="masthead">
            <h1 class="brand">"IP Explorer"</h1>
            <SearchBox query set_query/>
        </header>
        <main class="content" data-testid="content">
            <Show
                when=move || !query.get().trim().is_empty()
                fallback=|| view! { <DocumentList/> }
            >
                <Results query/>
            </Show>
        </main>
    }
}
