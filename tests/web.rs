//! Component tests in headless Chromium (wasm-bindgen-test): mount the real
//! components over the embedded corpus, act on them, and query the DOM by
//! `data-testid`. The explorer UI's own tests are in `web/ui.rs` (reader,
//! facts, URL state), `web/facets.rs` (facets panel, search results) and
//! `web/explore.rs` (series charts, timeline, arrow keys, query help), over
//! a small fixture corpus; `web/embed.rs` covers embedded instances and `web/reliability.rs` hostile
//! callers of the JS API.
#![cfg(target_arch = "wasm32")]

#[path = "web/embed.rs"]
mod embed;
#[path = "web/explore.rs"]
mod explore;
#[path = "web/facets.rs"]
mod facets;
#[path = "web/hardening.rs"]
mod hardening;
#[path = "web/reliability.rs"]
mod reliability;
#[path = "web/ui.rs"]
mod ui;

use std::any::Any;
use std::cell::RefCell;

use std::sync::Arc;

use ip_explorer::app::App;
use ip_explorer::{data, engine::Engine};
use leptos::{prelude::*, task::tick};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

thread_local! {
    /// The app mounted by the previous test, unmounted by the next mount so
    /// no stale app keeps listening to window events.
    static MOUNTED: RefCell<Option<(HtmlElement, Box<dyn Any>)>> = const { RefCell::new(None) };
}

/// Mounts the app over the embedded corpus into a fresh container and returns the container.
fn mount_app() -> HtmlElement {
    mount_with(Engine::new(data::corpus()), "")
}

/// Sets the page URL's query string to `search` (as a permalink would),
/// unmounts the previous test's app, and mounts the app over `engine`.
pub(crate) fn mount_with(engine: Engine, search: &str) -> HtmlElement {
    set_page_search(search);
    let window = web_sys::window().unwrap();
    if let Some((old, handle)) = MOUNTED.with(|m| m.borrow_mut().take()) {
        drop(handle);
        old.remove();
    }
    let document = window.document().unwrap();
    let container: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    let engine = Arc::new(engine);
    let handle = leptos::mount::mount_to(container.clone(), move || view! { <App engine/> });
    MOUNTED.with(|m| *m.borrow_mut() = Some((container.clone(), Box::new(handle))));
    container
}

/// Sets the page URL's query string to `search` (as a permalink would), in place.
pub(crate) fn set_page_search(search: &str) {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{search}")),
        )
        .unwrap();
}

/// Lets the reactive system run, with a 50 ms timer turn between ticks.
pub(crate) async fn settle() {
    wait_ms(50).await;
}

/// Ticks, waits `ms` on a timer, and ticks again.
pub(crate) async fn wait_ms(ms: i32) {
    tick().await;
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    tick().await;
}

/// The page's focused element, if any.
pub(crate) fn focused() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.active_element()
}

/// Dispatches a bubbling, cancelable keydown for `key` at `target`; returns
/// whether nothing prevented its default.
pub(crate) fn keydown(target: &web_sys::EventTarget, key: &str) -> bool {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap()
}

/// Mounts the app over the small fixture corpus with the URL's query string set to `search`.
pub(crate) fn mount(search: &str) -> HtmlElement {
    mount_with(Engine::new(ip_explorer::fixture::corpus()), search)
}

/// Every element under `container` that matches `selector`, in document order.
pub(crate) fn all(container: &HtmlElement, selector: &str) -> Vec<HtmlElement> {
    let list = container.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

/// The text of every element under `container` that matches `selector`.
pub(crate) fn texts(container: &HtmlElement, selector: &str) -> Vec<String> {
    all(container, selector)
        .iter()
        .map(|el| el.text_content().unwrap_or_default())
        .collect()
}

/// The page URL's query string.
pub(crate) fn search() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

pub(crate) fn by_testid(container: &HtmlElement, id: &str) -> Option<HtmlElement> {
    container
        .query_selector(&format!("[data-testid=\"{id}\"]"))
        .unwrap()
        .map(|el| el.unchecked_into())
}

pub(crate) fn type_query(container: &HtmlElement, text: &str) {
    let input: HtmlInputElement = by_testid(container, "search-input")
        .unwrap()
        .unchecked_into();
    input.set_value(text);
    let event = web_sys::Event::new_with_event_init_dict("input", &{
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init
    })
    .unwrap();
    input.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn document_list_shows_every_document() {
    let container = mount_app();
    tick().await;
    let list = by_testid(&container, "document-list").expect("document list is shown");
    let n_items = list.query_selector_all("li.document").unwrap().length() as usize;
    assert_eq!(n_items, data::corpus().documents.len());
}

#[wasm_bindgen_test]
async fn typing_replaces_the_list_with_results_and_clearing_restores_it() {
    let container = mount_app();
    type_query(&container, "patent");
    tick().await;
    assert!(by_testid(&container, "document-list").is_none());
    let hits = by_testid(&container, "hits").expect("hits are shown");
    let n_hits = hits.query_selector_all("li.hit").unwrap().length();
    assert!(n_hits > 0);
    let count = by_testid(&container, "result-count")
        .unwrap()
        .text_content()
        .unwrap();
    assert!(
        count.contains(" passages in ") || count.contains(" passage in "),
        "{count}"
    );

    type_query(&container, "");
    tick().await;
    assert!(by_testid(&container, "document-list").is_some());
}

#[wasm_bindgen_test]
async fn a_query_without_matches_says_so() {
    let container = mount_app();
    type_query(&container, "qqqzzzxxx");
    tick().await;
    let count = by_testid(&container, "result-count")
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(count, "No passages match.");
}
