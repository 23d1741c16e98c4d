//! Reading and writing view state in the page URL, so every view is a link.
//!
//! Invariant: a missing or malformed parameter reads as absent, never as an error.

/// The value of a query-string parameter of the current page, if present.
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// Sets (or, when `value` is empty, removes) a query-string parameter without
/// adding a history entry.
pub fn replace_query_param(name: &str, value: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(href) = window.location().href() else {
        return;
    };
    let Ok(url) = web_sys::Url::new(&href) else {
        return;
    };
    if value.trim().is_empty() {
        url.search_params().delete(name);
    } else {
        url.search_params().set(name, value);
    }
    let new_href = url.href();
    if new_href != href {
        if let Ok(history) = window.history() {
            let _ =
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&new_href));
        }
    }
}
