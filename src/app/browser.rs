//! Small wrappers over browser APIs the components use: the clipboard, file
//! downloads, scrolling to an element, and telling a plain click on a link
//! from one that should open a new tab, and the page's high-resolution clock.
//!
//! Embedded instances live in a shadow root, where `document.getElementById`
//! cannot see and where scrolling the host page is not ours to do; so lookups
//! by id take an element `near` the target and search its root (the document
//! or the instance's shadow root), and [`Page`] tells permalinks where the
//! explorer's own page is.
//!
//! Invariant: none of these panics; a missing API is an `Err` with a message.

use leptos::prelude::use_context;
use wasm_bindgen::{JsCast, JsValue};

/// Where the app runs, provided through context by `App`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// Inside another page (an element, `mount()` or the iframe mode).
    pub embedded: bool,
    /// The explorer page's address without query or fragment, for permalinks.
    pub base: String,
}

/// Whether a click on a link is a plain left click, which the app handles
/// itself; clicks with a modifier or another button open a tab as usual.
pub fn is_plain_click(ev: &web_sys::MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}

/// The explorer page's address without query or fragment, for permalinks:
/// the [`Page`] in context, else the current page's. Call it while rendering
/// (context is not available in event handlers).
pub fn page_base() -> String {
    use_context::<Page>()
        .map(|page| page.base)
        .unwrap_or_else(location_base)
}

/// The current page's address without query or fragment.
pub fn location_base() -> String {
    web_sys::window()
        .and_then(|w| {
            let location = w.location();
            Some(format!(
                "{}{}",
                location.origin().ok()?,
                location.pathname().ok()?
            ))
        })
        .unwrap_or_default()
}

/// Writes `text` to the clipboard.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let navigator = window.navigator();
    // `navigator.clipboard` is undefined outside secure contexts; calling it
    // there would throw, so look before touching it.
    let clipboard =
        js_sys::Reflect::get(&navigator, &"clipboard".into()).unwrap_or(JsValue::UNDEFINED);
    if clipboard.is_undefined() || clipboard.is_null() {
        return Err("the clipboard is not available on this page".to_string());
    }
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|e| {
            e.as_string()
                .unwrap_or_else(|| "the browser refused".to_string())
        })
}

/// Offers `text` as a file download named `file_name`.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.set_hidden(true);
    let body = document.body().ok_or("no body")?;
    body.append_child(&link)?;
    link.click();
    link.remove();
    // Revoke later: the download reads the blob after this click returns.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Ok(())
}

/// The element with DOM id `id` in the tree of `near` (the document, or the
/// shadow root of an embedded instance); the document when `near` is `None`.
fn find_id(near: Option<&web_sys::Element>, id: &str) -> Option<web_sys::Element> {
    if let Some(root) = near.map(|n| n.get_root_node()) {
        if let Some(shadow) = root.dyn_ref::<web_sys::ShadowRoot>() {
            return shadow.get_element_by_id(id);
        }
    }
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
}

/// Whether `near` sits in a shadow root, as an embedded instance's elements do.
fn in_shadow(near: Option<&web_sys::Element>) -> bool {
    near.is_some_and(|n| n.get_root_node().is_instance_of::<web_sys::ShadowRoot>())
}

/// Scrolls the element with DOM id `id` so its start sits just below the sticky
/// header (its CSS `scroll-margin-top`): a long passage shows its speaker line.
/// An element that opens a section brings its heading along, so a passage is
/// never shown under a heading cut in half by the header.
pub fn scroll_to_id(near: Option<&web_sys::Element>, id: &str) {
    let Some(element) = find_id(near, id) else {
        return;
    };
    let shown = element
        .previous_element_sibling()
        .filter(is_heading)
        .unwrap_or(element);
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    shown.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Whether `element` is an HTML heading, `<h1>` to `<h6>`.
fn is_heading(element: &web_sys::Element) -> bool {
    matches!(
        element.tag_name().as_str(),
        "H1" | "H2" | "H3" | "H4" | "H5" | "H6"
    )
}

/// Moves keyboard focus to the element with DOM id `id` (which should have
/// `tabindex="-1"` unless it is focusable anyway), so screen readers and
/// keyboard users start where the view changed.
pub fn focus_id(near: Option<&web_sys::Element>, id: &str) {
    let element = find_id(near, id).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Scrolls the page back to the top, unless `near` is inside an embedded
/// instance: the host page's scroll position is the host's.
pub fn scroll_to_top(near: Option<&web_sys::Element>) {
    if in_shadow(near) {
        return;
    }
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `performance.now()`: milliseconds since the page started, coarsened by
    /// the browser (to 0.1 ms in Chromium).
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    pub fn performance_now() -> f64;
}
