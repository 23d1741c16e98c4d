//! Publishes the JS API on `window`: `window.ipExplorer`, and resolves the
//! `window.ipExplorerReady` promise that `ready.js` (or `embed.js`) created
//! before the wasm loaded. `mount` is the one method that renders UI; the
//! caller hands it in (`lib.rs` passes `app::instance::mount_method`), so the
//! API does not depend on the UI.

use std::sync::Arc;

use js_sys::{Function, Object, Promise, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::search_json::search_json;
use super::{entities, facts, js_read, records, VERSION};
use crate::engine::Engine;

/// Builds the API object, sets `window.ipExplorer` and resolves `ipExplorerReady`.
/// `mount` becomes `ipExplorer.mount`.
pub fn install(engine: Arc<Engine>, mount: JsValue) -> Result<(), JsValue> {
    let api = Object::new();
    Reflect::set(&api, &"version".into(), &VERSION.into())?;

    let docs_engine = engine.clone();
    set_method(
        &api,
        "documents",
        Closure::<dyn Fn() -> JsValue>::new(move || {
            to_js(&records::documents(docs_engine.corpus()))
        }),
    )?;

    let passages_engine = engine.clone();
    set_method(
        &api,
        "passages",
        Closure::<dyn Fn() -> JsValue>::new(move || to_js(&records::passages(&passages_engine))),
    )?;

    let all_engine = engine.clone();
    set_method(
        &api,
        "passagesAsync",
        Closure::<dyn Fn() -> Promise>::new(move || passages_async(all_engine.clone())),
    )?;

    let entities_engine = engine.clone();
    set_method(
        &api,
        "entities",
        Closure::<dyn Fn() -> JsValue>::new(move || {
            to_js(&entities::entities(entities_engine.corpus()))
        }),
    )?;

    let facts_engine = engine.clone();
    set_method(
        &api,
        "facts",
        Closure::<dyn Fn(JsValue) -> JsValue>::new(move |options: JsValue| {
            let options = facts::FactOptions {
                query: js_read::query(&options, "query").unwrap_or_default(),
                doc: js_read::short(&options, "doc"),
                measure: js_read::short(&options, "measure"),
                filters: js_read::filters(&options, false),
            };
            to_js(&facts::facts(&facts_engine, &options))
        }),
    )?;

    Reflect::set(&api, &"mount".into(), &mount)?;

    let stats_engine = engine.clone();
    set_method(
        &api,
        "stats",
        Closure::<dyn Fn() -> JsValue>::new(move || to_js(&stats(&stats_engine))),
    )?;

    let async_engine = engine.clone();
    set_method(
        &api,
        "searchAsync",
        Closure::<dyn Fn(JsValue, JsValue) -> Promise>::new(
            move |query: JsValue, options: JsValue| {
                let query = query_argument(&query);
                search_async(async_engine.clone(), query, search_options(&options))
            },
        ),
    )?;

    let search_engine = engine;
    set_method(
        &api,
        "search",
        Closure::<dyn Fn(JsValue, JsValue) -> JsValue>::new(
            move |query: JsValue, options: JsValue| {
                let query = query_argument(&query);
                let record = records::search(&search_engine, &query, &search_options(&options));
                // One string and JSON.parse: much cheaper than building the
                // record's many small objects and strings one call at a time.
                js_sys::JSON::parse(&search_json(&record)).unwrap_or(JsValue::NULL)
            },
        ),
    )?;

    let window: JsValue = web_sys::window().ok_or("no window")?.into();
    Reflect::set(&window, &"ipExplorer".into(), &api)?;
    resolve_ready(&window, &api)
}

/// `ipExplorer.searchAsync()`: the complete result, after fetching the index
/// shards and text chunks it needs (none for a corpus in one bundle). Rejects with a
/// message when a chunk cannot be fetched.
fn search_async(engine: Arc<Engine>, query: String, options: records::SearchOptions) -> Promise {
    // A corpus in one bundle has nothing to fetch, so its promise is resolved
    // now; as a constant test this also leaves the future, and the fetching it
    // awaits, out of that build (a dead branch inside an `async` block stays).
    if !crate::data::CHUNKED {
        let record = records::search(&engine, &query, &options);
        return Promise::resolve(
            &js_sys::JSON::parse(&search_json(&record)).unwrap_or(JsValue::NULL),
        );
    }
    wasm_bindgen_futures::future_to_promise(async move {
        // First the index shards of the query's terms, then the text chunks
        // of the hits they find: at most two rounds of fetches.
        let mut record = records::search(&engine, &query, &options);
        for _ in 0..2 {
            if record.pending_chunks.is_empty() {
                break;
            }
            crate::fetch_parts::load(engine.clone(), record.pending_chunks).await?;
            record = records::search(&engine, &query, &options);
        }
        Ok(js_sys::JSON::parse(&search_json(&record)).unwrap_or(JsValue::NULL))
    })
}

/// `ipExplorer.passagesAsync()`: every passage with its text, after fetching
/// every text chunk not loaded yet (at once for a corpus in one bundle).
fn passages_async(engine: Arc<Engine>) -> Promise {
    // As in `search_async`: nothing to fetch, so no future in a one-bundle build.
    if !crate::data::CHUNKED {
        return Promise::resolve(&to_js(&records::passages(&engine)));
    }
    wasm_bindgen_futures::future_to_promise(async move {
        let n = engine.corpus().passages.len() as u32;
        let missing = engine.missing_chunks(0..n);
        if !missing.is_empty() {
            crate::fetch_parts::load(engine.clone(), missing).await?;
        }
        Ok(to_js(&records::passages(&engine)))
    })
}

/// `ipExplorer.stats()`: memory figures for leak tests and diagnostics.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Stats {
    /// Bytes of the wasm linear memory (it only grows).
    wasm_memory_bytes: f64,
    /// Estimated heap bytes of the search index and facet tables.
    index_heap_bytes: usize,
    /// Text chunks of a chunked corpus (0 for one bundle).
    text_chunks: usize,
    /// Index shards of a chunked corpus (0 for one bundle).
    index_shards: usize,
    /// Bytes of chunked passage text loaded so far.
    loaded_text_bytes: usize,
}

fn stats(engine: &Engine) -> Stats {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    let buffer: js_sys::ArrayBuffer = memory.buffer().unchecked_into();
    Stats {
        wasm_memory_bytes: buffer.byte_length() as f64,
        index_heap_bytes: engine.heap_bytes(),
        text_chunks: engine.chunks().len(),
        index_shards: engine.n_parts() - engine.chunks().len(),
        loaded_text_bytes: engine.loaded_text_bytes(),
    }
}

fn set_method<F>(api: &Object, name: &str, method: Closure<F>) -> Result<(), JsValue>
where
    F: ?Sized + wasm_bindgen::closure::WasmClosure,
{
    Reflect::set(api, &name.into(), &method.into_js_value())?;
    Ok(())
}

/// Resolves the promise `ready.js` made, or creates a resolved one when the page
/// did not load `ready.js` (as when embedded without it).
fn resolve_ready(window: &JsValue, api: &Object) -> Result<(), JsValue> {
    let resolve = Reflect::get(window, &"__ipExplorerResolve".into())?;
    match resolve.dyn_ref::<Function>() {
        Some(resolve) => {
            resolve.call1(&JsValue::NULL, api)?;
        }
        None => {
            Reflect::set(window, &"ipExplorerReady".into(), &Promise::resolve(api))?;
        }
    }
    Ok(())
}

/// Reads `search()` options; anything of the wrong type counts as absent.
fn search_options(options: &JsValue) -> records::SearchOptions {
    records::SearchOptions {
        filters: js_read::filters(options, false),
        limit: js_read::usize_option(options, "limit"),
        offset: js_read::usize_option(options, "offset"),
        sort: js_read::short(options, "sort"),
        more_offset: js_read::usize_option(options, "moreOffset"),
        more_limit: js_read::usize_option(options, "moreLimit"),
    }
}

/// The query argument of `search()` and `searchAsync()`, cut to the cap.
fn query_argument(query: &JsValue) -> String {
    js_read::string_prefix(query, crate::caps::MAX_QUERY_CHARS).unwrap_or_default()
}

/// Converts a record to a plain JS object (maps as objects, not `Map`s).
fn to_js<T: Serialize>(value: &T) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value.serialize(&serializer).unwrap_or(JsValue::NULL)
}
