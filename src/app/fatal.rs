//! The error state that replaces a blank page when the explorer panics. The
//! panic hook logs the panic to the console (with `console_error_panic_hook`)
//! and then puts a visible, accessible message with a reload link where the
//! app was. The release build aborts after a panic, so the wasm cannot run
//! again: the message is built from plain DOM calls inside the hook, and the
//! panic text goes in as text, never as HTML.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

/// Installs the panic hook: log to the console, then show the error state.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_fatal_error(&info.to_string());
    }));
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
