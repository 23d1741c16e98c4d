//! What the page's loader handed the wasm (wasm only): `embed.js` sets
//! `window.__ipExplorerEmbed` to `{base, sheets}` when it loads the explorer
//! into a host page. Both the UI (styles, the explorer page's address) and
//! the part fetcher (where the corpus parts live) read it from here.

use js_sys::Reflect;
use wasm_bindgen::JsValue;

/// `window.__ipExplorerEmbed`, the loader's hand-over, when `embed.js` loaded the wasm.
pub fn config() -> Option<JsValue> {
    let window = web_sys::window()?;
    let config = Reflect::get(&window, &"__ipExplorerEmbed".into()).ok()?;
    config.is_object().then_some(config)
}

/// The bundle's directory as `embed.js` handed it over, when it loaded the wasm.
pub fn bundle_base() -> Option<String> {
    config().and_then(|c| Reflect::get(&c, &"base".into()).ok()?.as_string())
}
