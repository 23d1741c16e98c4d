//! The JS API and embedded instances against hostile callers (issue 16):
//! `update()` and `unmount()` called from inside each other, options whose
//! getters or `Proxy` traps throw, huge sparse arrays, and a `Proxy` of an
//! element. None of them may crash the module or reach the host page; the
//! instance can be mounted again after each.

use std::sync::Arc;

use ip_explorer::app::instance::mount_method;
use ip_explorer::engine::Engine;
use ip_explorer::fixture;
use js_sys::{Function, Object, Reflect};
use leptos::task::tick;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

/// A fresh host element in the page body.
fn host() -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("section").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    host
}

/// `ipExplorer.mount` over the fixture corpus.
fn mount_fn() -> Function {
    mount_method(Arc::new(Engine::new(fixture::corpus()))).unchecked_into()
}

/// A JavaScript function built from source, for hostile objects only
/// JavaScript can make (getters, proxies).
fn js(args: &str, body: &str) -> Function {
    Function::new_with_args(args, body)
}

fn method(object: &JsValue, name: &str) -> Function {
    Reflect::get(object, &name.into()).unwrap().unchecked_into()
}

fn rendered(host: &web_sys::Element) -> bool {
    host.shadow_root()
        .and_then(|s| s.query_selector(".instance").ok().flatten())
        .is_some()
}

#[wasm_bindgen_test]
async fn unmount_from_inside_update_unmounts_and_the_host_can_mount_again() {
    let mount = mount_fn();
    let host = host();
    let handle = mount.call2(&JsValue::NULL, &host, &Object::new()).unwrap();
    tick().await;
    assert!(rendered(&host));
    // `h.update({get query() { h.unmount(); return 'x' }})` crashed the
    // module (the instance was borrowed twice) and the crash wiped the page.
    let options = js("h", "return { get query() { h.unmount(); return 'x'; } }")
        .call1(&JsValue::NULL, &handle)
        .unwrap();
    method(&handle, "update").call1(&handle, &options).unwrap();
    tick().await;
    assert!(!rendered(&host), "the instance is gone");
    method(&handle, "update")
        .call1(&handle, &Object::new())
        .unwrap();
    method(&handle, "unmount").call0(&handle).unwrap();

    let again = mount.call2(&JsValue::NULL, &host, &Object::new()).unwrap();
    tick().await;
    assert!(rendered(&host), "mounted again");
    // update() from a getter of update()'s options: options are read before
    // the instance is touched, so the inner call applies first and the outer
    // call's options, applied last, are what shows.
    let nested = js(
        "h",
        "return { get theme() { h.update({ query: 'inner', theme: 'dark' }); return 'light'; } }",
    )
    .call1(&JsValue::NULL, &again)
    .unwrap();
    method(&again, "update").call1(&again, &nested).unwrap();
    tick().await;
    let app = host
        .shadow_root()
        .unwrap()
        .query_selector(".app")
        .unwrap()
        .unwrap();
    assert_eq!(app.get_attribute("data-theme").as_deref(), Some("light"));
    method(&again, "unmount").call0(&again).unwrap();
    assert!(!rendered(&host));
}

#[wasm_bindgen_test]
async fn throwing_options_and_proxies_never_poison_the_module() {
    let mount = mount_fn();
    let host = host();
    let handle = mount.call2(&JsValue::NULL, &host, &Object::new()).unwrap();
    let hostile = js(
        "",
        "const revoked = Proxy.revocable([], {}); revoked.revoke();
         return [
           { filters: new Proxy({}, { ownKeys() { throw 1; } }) },
           { get filters() { throw new Error('no'); } },
           { filters: { kind: revoked.proxy } },
           { filters: { get kind() { throw 2; } } },
           new Proxy({}, { get() { throw 3; } }),
           revoked.proxy,
           { query: { toString() { throw 4; } }, theme: Symbol('x') },
         ];",
    )
    .call0(&JsValue::NULL)
    .unwrap();
    let hostile: js_sys::Array = hostile.unchecked_into();
    // About 2,700 throwing calls used to exhaust the wasm stack.
    for _ in 0..1_000 {
        for options in hostile.iter() {
            method(&handle, "update").call1(&handle, &options).unwrap();
        }
    }
    tick().await;
    let fine = js(
        "",
        "return { query: 'patent', filters: { kind: ['news'] } }",
    )
    .call0(&JsValue::NULL)
    .unwrap();
    method(&handle, "update").call1(&handle, &fine).unwrap();
    tick().await;
    assert!(rendered(&host), "the instance still works");
    method(&handle, "unmount").call0(&handle).unwrap();
    // A Proxy of an element passes `instanceof` but DOM methods throw on it.
    let proxy = js("el", "return new Proxy(el, {})")
        .call1(&JsValue::NULL, &host)
        .unwrap();
    let refused = mount.call2(&JsValue::NULL, &proxy, &Object::new());
    assert!(refused.unwrap_err().is_instance_of::<js_sys::TypeError>());
    let again = mount.call2(&JsValue::NULL, &host, &Object::new()).unwrap();
    tick().await;
    assert!(rendered(&host), "mounted again");
    method(&again, "unmount").call0(&again).unwrap();
}

#[wasm_bindgen_test]
async fn a_huge_sparse_filter_array_is_read_only_up_to_the_cap() {
    let mount = mount_fn();
    let host = host();
    // Counts the slots read: a sparse array of length 2^24 took 4 s, as
    // every slot was visited before the 64-value cap applied.
    let counted = js(
        "",
        "const counter = { reads: 0 };
         const array = []; array.length = 2 ** 24; array[3] = 'news';
         const filters = { kind: new Proxy(array, { get(t, k, r) {
           if (typeof k === 'string' && /^[0-9]+$/.test(k)) counter.reads++;
           return Reflect.get(t, k, r);
         } }) };
         return [{ filters }, counter];",
    )
    .call0(&JsValue::NULL)
    .unwrap();
    let options = Reflect::get_u32(&counted, 0).unwrap();
    let counter = Reflect::get_u32(&counted, 1).unwrap();
    let handle = mount.call2(&JsValue::NULL, &host, &options).unwrap();
    let reads = Reflect::get(&counter, &"reads".into())
        .unwrap()
        .as_f64()
        .unwrap();
    assert!(
        reads <= ip_explorer::caps::MAX_FILTER_VALUES as f64,
        "{reads}"
    );
    method(&handle, "unmount").call0(&handle).unwrap();
}

#[wasm_bindgen_test]
async fn arrow_down_from_the_search_box_enters_the_results_of_an_embedded_instance() {
    use ip_explorer::app::instance::Instance;
    use ip_explorer::embed::EmbedOptions;
    use ip_explorer::view_state::ViewState;
    let host = host();
    let options = EmbedOptions {
        state: ViewState {
            query: "pledge".into(),
            ..ViewState::default()
        },
        ..EmbedOptions::default()
    };
    let engine = Arc::new(Engine::new(fixture::corpus()));
    let instance = Instance::mount(engine, &host, options).unwrap();
    tick().await;
    let shadow = host.shadow_root().unwrap();
    let first = shadow
        .query_selector("[data-testid=hits] a[data-testid=hit-link]")
        .unwrap()
        .expect("a hit");
    let input: web_sys::HtmlElement = shadow
        .query_selector("[data-testid=search-input]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    input.focus().unwrap();
    // The document sees only the host as focused, and no result links.
    assert!(!super::keydown(&input, "ArrowDown"), "↓ is handled");
    assert_eq!(shadow.active_element(), Some(first));
    instance.unmount();
}
