//! Embedded instances (`app::instance`): each lives in its own shadow root
//! with its view in memory, so the page URL never changes and two instances
//! never see each other's state; `update` and `unmount` do what they say.

use std::sync::Arc;

use ip_explorer::app::instance::Instance;
use ip_explorer::embed::{EmbedOptions, Layout, Panes};
use ip_explorer::engine::Engine;
use ip_explorer::fixture;
use ip_explorer::view_state::ViewState;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

use super::{by_testid, search, set_page_search, settle, type_query};

/// A fresh host element in the page body.
fn host() -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("section").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    host
}

/// The element an instance renders into, inside the host's shadow root.
fn inside(host: &web_sys::Element) -> HtmlElement {
    host.shadow_root()
        .expect("the instance has a shadow root")
        .query_selector(".instance")
        .unwrap()
        .expect("the instance rendered")
        .unchecked_into()
}

fn options(query: &str) -> EmbedOptions {
    EmbedOptions {
        state: ViewState {
            query: query.to_string(),
            ..ViewState::default()
        },
        layout: Layout::default(),
    }
}

fn query_in(container: &HtmlElement) -> String {
    by_testid(container, "search-input")
        .unwrap()
        .unchecked_into::<HtmlInputElement>()
        .value()
}

#[wasm_bindgen_test]
async fn instances_keep_their_views_in_memory_and_apart() {
    set_page_search("?q=page+query");
    let engine = Arc::new(Engine::new(fixture::corpus()));
    let (host_a, host_b) = (host(), host());
    let a = Instance::mount(engine.clone(), &host_a, options("patent")).unwrap();
    let b = Instance::mount(engine, &host_b, options("")).unwrap();
    tick().await;
    let (inside_a, inside_b) = (inside(&host_a), inside(&host_b));
    assert_eq!(query_in(&inside_a), "patent");
    assert!(by_testid(&inside_a, "hits").is_some());
    assert!(by_testid(&inside_b, "overview").is_some());

    type_query(&inside_b, "trademark");
    tick().await;
    assert_eq!(query_in(&inside_a), "patent");
    assert!(by_testid(&inside_b, "overview").is_none());
    assert_eq!(search(), "?q=page+query", "the page URL is the host's");

    a.unmount();
    b.unmount();
    host_a.remove();
    host_b.remove();
}

#[wasm_bindgen_test]
async fn update_changes_what_changed_and_unmount_empties_the_host() {
    let engine = Arc::new(Engine::new(fixture::corpus()));
    let host = host();
    let mut instance = Instance::mount(engine, &host, options("patent")).unwrap();
    tick().await;
    let container = inside(&host);
    type_query(&container, "patent office");
    tick().await;

    // A layout change alone keeps what the reader typed.
    let facts_only = EmbedOptions {
        layout: Layout {
            panes: Panes::Facts,
            ..Layout::default()
        },
        ..options("patent")
    };
    instance.update(facts_only.clone());
    tick().await;
    assert!(by_testid(&container, "search-input").is_none());
    assert!(by_testid(&container, "facts-panel").is_some());

    // A new query starts that search.
    instance.update(EmbedOptions {
        layout: Layout::default(),
        ..options("examination")
    });
    // The search box comes back (a re-render) and then takes the new query
    // (an effect), which takes more than one tick.
    settle().await;
    assert_eq!(query_in(&container), "examination");

    instance.unmount();
    assert_eq!(host.shadow_root().unwrap().child_element_count(), 0);
    host.remove();
}
