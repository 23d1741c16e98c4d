//! Fetches the parts of a chunked corpus (text chunks, index shards) in the
//! page (wasm only). URLs resolve against the
//! bundle's own base, the directory of the wasm: `__ipExplorerEmbed.base`
//! when `embed.js` loaded it into a host page (maybe from another origin),
//! else the `ipx-boot` meta's wasm URL. A chunk being fetched is fetched
//! once, however many callers wait for it; a failed fetch is forgotten, so
//! the next call tries again.
//!
//! Plain `web-sys`, not `gloo-net`: its `Request` did the same in a few lines
//! fewer but cost 3,020 B of gzip (wasm and glue) in a chunked release bundle
//! (`gzip -9c` of each file; issue 14).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::sync::Arc;

use js_sys::{Promise, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{future_to_promise, JsFuture};

use crate::engine::Engine;

thread_local! {
    /// Part number → the promise of its bytes, while it is being fetched.
    static IN_FLIGHT: RefCell<BTreeMap<usize, Promise>> = const { RefCell::new(BTreeMap::new()) };
}

/// Fetches and stores the parts `chunks` (part numbers, see
/// `Engine::part_file`); the error names the first file that could not be
/// fetched or did not check out.
pub async fn load(engine: Arc<Engine>, chunks: Vec<usize>) -> Result<(), String> {
    // A corpus in one bundle has no parts; as a constant test this also keeps
    // the fetching and decoding code out of that bundle.
    if !crate::data::CHUNKED {
        return Ok(());
    }
    let waits: Vec<(usize, Promise)> = (chunks.into_iter())
        .filter_map(|at| Some((at, start(&engine, at)?)))
        .collect();
    let mut first_error = None;
    for (at, promise) in waits {
        let outcome = JsFuture::from(promise).await;
        IN_FLIGHT.with(|f| f.borrow_mut().remove(&at));
        let loaded = match outcome {
            Ok(bytes) => engine.load_part(at, &Uint8Array::new(&bytes).to_vec()),
            Err(e) => Err(e.as_string().unwrap_or_else(|| format!("{e:?}"))),
        };
        if let Err(e) = loaded {
            first_error.get_or_insert(e);
        }
    }
    first_error.map_or(Ok(()), Err)
}

/// The promise of part `at`'s bytes, started now or already under way.
fn start(engine: &Engine, at: usize) -> Option<Promise> {
    let file = engine.part_file(at)?.to_string();
    let promise = IN_FLIGHT.with(|f| {
        f.borrow_mut()
            .entry(at)
            .or_insert_with(|| future_to_promise(fetch_bytes(file)))
            .clone()
    });
    Some(promise)
}

/// GETs `file` beside the wasm; anything but a 2xx answer is an error.
async fn fetch_bytes(file: String) -> Result<JsValue, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let url = web_sys::Url::new_with_base(&file, &base_url(&window))?.href();
    // A failed fetch does not say why; these are the two usual causes (the
    // second when the bundle is embedded from a host that sends no CORS
    // header for its parts).
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .map_err(|_| {
            JsValue::from(format!(
                "{file}: the request failed; offline, or its server does not allow this site"
            ))
        })?
        .dyn_into()?;
    if !response.ok() {
        return Err(format!("{file}: HTTP {}", response.status()).into());
    }
    JsFuture::from(response.array_buffer()?).await
}

/// The URL of the directory the wasm was loaded from.
fn base_url(window: &web_sys::Window) -> String {
    if let Some(base) = crate::handoff::bundle_base() {
        return base;
    }
    let document = window.document();
    let page = document
        .as_ref()
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let wasm = document
        .and_then(|d| d.query_selector("meta[name=\"ipx-boot\"]").ok().flatten())
        .and_then(|m| m.get_attribute("data-wasm"))
        .unwrap_or_default();
    web_sys::Url::new_with_base(&wasm, &page)
        .map(|u| u.href())
        .unwrap_or(page)
}
