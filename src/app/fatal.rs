//! The error state that replaces a blank page when the explorer panics. The
//! panic hook logs the panic to the console (with `console_error_panic_hook`)
//! and then puts a visible, accessible message with a reload link where the
//! app was. The release build aborts after a panic, so the wasm cannot run
//! again: the message is built from plain DOM calls inside the hook, and the
//! panic text goes in as text, never as HTML.
//!
//! Where the message goes: on the explorer's own page, `#app` (or the body);
//! in a host page (`embed.js` loaded the wasm), only inside the explorer's
//! own elements: each mounted instance's shadow root, and through
//! `__ipExplorerEmbed.failed` each `<ip-explorer>` still loading. A host
//! page's own content is never touched. Either way `ipExplorerReady`
//! rejects (when it has not resolved yet), and `mount()` then throws.

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement, ShadowRoot};

/// Set once the explorer panicked; nothing it started can be trusted after.
static FAILED: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// The shadow roots of the mounted embedded instances.
    static INSTANCES: RefCell<Vec<ShadowRoot>> = const { RefCell::new(Vec::new()) };
}

/// Installs the panic hook: log to the console, then show the error state.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        fail(&info.to_string());
    }));
}

/// Whether the explorer panicked earlier on this page.
pub fn has_failed() -> bool {
    FAILED.load(Ordering::Relaxed)
}

/// Counts `shadow` as a mounted instance's, to hold the error state if the
/// explorer stops.
pub fn register_instance(shadow: &ShadowRoot) {
    let _ = INSTANCES.try_with(|all| {
        if let Ok(mut all) = all.try_borrow_mut() {
            all.push(shadow.clone());
        }
    });
}

/// Forgets an unmounted instance's shadow root.
pub fn unregister_instance(shadow: &ShadowRoot) {
    let _ = INSTANCES.try_with(|all| {
        if let Ok(mut all) = all.try_borrow_mut() {
            all.retain(|s| s != shadow);
        }
    });
}

/// Marks the explorer stopped, shows why where it lives, and rejects
/// `ipExplorerReady`.
pub fn fail(details: &str) {
    FAILED.store(true, Ordering::Relaxed);
    let reason = format!("IP Explorer stopped after an internal error: {details}");
    match crate::handoff::config() {
        Some(config) => {
            let _ = Reflect::set(&config, &"failed".into(), &reason.as_str().into());
            let shadows = INSTANCES
                .try_with(|all| all.try_borrow().map(|all| all.clone()).unwrap_or_default())
                .unwrap_or_default();
            for shadow in shadows {
                show_in(&shadow, details);
            }
        }
        None => {
            show_fatal_error(details);
        }
    }
    reject_ready(&reason);
}

/// Rejects `ipExplorerReady` with `reason` through the reject function
/// `ready.js` or `embed.js` left (a no-op once it resolved).
pub fn reject_ready(reason: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let reject = Reflect::get(&window, &"__ipExplorerReject".into()).ok();
    if let Some(reject) = reject
        .as_ref()
        .and_then(|r| r.dyn_ref::<js_sys::Function>())
    {
        let error = js_sys::Error::new(reason);
        let _ = reject.call1(&JsValue::NULL, &error);
    }
}

/// Replaces what `shadow` shows with the error state.
fn show_in(shadow: &ShadowRoot, details: &str) -> Option<()> {
    let document = shadow.owner_document()?;
    let panel = build(&document, details)?;
    shadow.set_text_content(None);
    shadow.append_child(&panel).ok()?;
    Some(())
}

/// Replaces the explorer (`#app`, or the whole body when there is none) with
/// the error state. Returns the error element, or `None` without a document.
pub fn show_fatal_error(details: &str) -> Option<HtmlElement> {
    let document = web_sys::window()?.document()?;
    let host: Element = match document.get_element_by_id("app") {
        Some(app) => app,
        None => document.body()?.into(),
    };
    let panel = build(&document, details)?;
    host.set_text_content(None);
    host.append_child(&panel).ok()?;
    panel.dyn_into::<HtmlElement>().ok()
}

fn build(document: &Document, details: &str) -> Option<Element> {
    let panel = document.create_element("div").ok()?;
    panel.set_class_name("fatal-error");
    panel.set_attribute("role", "alert").ok()?;
    panel.set_attribute("data-testid", "fatal-error").ok()?;
    child(document, &panel, "h2", "Something went wrong")?;
    let text = "The explorer stopped because of an internal error. \
                Reloading the page usually brings it back.";
    child(document, &panel, "p", text)?;
    let line = child(document, &panel, "p", "")?;
    let reload = child(document, &line, "a", "Reload the explorer")?;
    let here = web_sys::window()?.location().href().ok()?;
    reload.set_attribute("href", &here).ok()?;
    reload.set_attribute("data-testid", "fatal-reload").ok()?;
    let more = child(document, &panel, "details", "")?;
    child(document, &more, "summary", "Details for a bug report")?;
    let pre = child(document, &more, "pre", details)?;
    pre.set_attribute("data-testid", "fatal-details").ok()?;
    Some(panel)
}

/// Appends a new `tag` element holding `text` (as text) to `parent`.
fn child(document: &Document, parent: &Element, tag: &str, text: &str) -> Option<Element> {
    let el = document.create_element(tag).ok()?;
    if !text.is_empty() {
        el.set_text_content(Some(text));
    }
    parent.append_child(&el).ok()?;
    Some(el)
}
