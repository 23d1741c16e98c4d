//! Publishes the JS API on `window`: `window.ipExplorer`, and resolves the
//! `window.ipExplorerReady` promise that `ready.js` (or `embed.js`) created
//! before the wasm loaded. `mount` is the one method that renders UI; it comes
//! from `app::instance`.

use std::collections::BTreeMap;
use std::sync::Arc;

use js_sys::{Array, Function, Number, Object, Promise, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::search_json::search_json;
use super::{entities, facts, records, VERSION};
use crate::engine::Engine;

/// Builds the API object, sets `window.ipExplorer` and resolves `ipExplorerReady`.
pub fn install(engine: Arc<Engine>) -> Result<(), JsValue> {
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
                query: option_string(&options, "query").unwrap_or_default(),
                doc: option_string(&options, "doc"),
                measure: option_string(&options, "measure"),
                filters: option_filters(&options),
            };
            to_js(&facts::facts(&facts_engine, &options))
        }),
    )?;

    let mount_engine = engine.clone();
    Reflect::set(
        &api,
        &"mount".into(),
        &crate::app::instance::mount_method(mount_engine),
    )?;

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
                let query = query.as_string().unwrap_or_default();
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
                let query = query.as_string().unwrap_or_default();
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
        filters: option_filters(options),
        limit: option_usize(options, "limit"),
        offset: option_usize(options, "offset"),
        sort: option_get(options, "sort").and_then(|v| v.as_string()),
        more_offset: option_usize(options, "moreOffset"),
        more_limit: option_usize(options, "moreLimit"),
    }
}

/// Reads `options.filters` as `{facet: [value, ...]}`; a single value counts
/// as a one-element list, and values that are neither strings nor numbers
/// are skipped.
pub(crate) fn option_filters(options: &JsValue) -> BTreeMap<String, Vec<String>> {
    let mut filters = BTreeMap::new();
    let Some(object) = option_get(options, "filters").and_then(|f| f.dyn_into::<Object>().ok())
    else {
        return filters;
    };
    for entry in Object::entries(&object).iter() {
        let pair = Array::from(&entry);
        let Some(name) = pair.get(0).as_string() else {
            continue;
        };
        let value = pair.get(1);
        let values: Vec<String> = if Array::is_array(&value) {
            Array::from(&value)
                .iter()
                .filter_map(|v| text(&v))
                .take(records::MAX_FILTER_VALUES)
                .collect()
        } else {
            text(&value).into_iter().collect()
        };
        filters.insert(name, values);
    }
    filters
}

/// A filter value as text: strings as they are, finite numbers (`year: 2021`)
/// written out by JavaScript's own `Number.prototype.toString` (Rust's float
/// formatting would add about 6 KB to the bundle for this one use); anything
/// else is absent.
fn text(value: &JsValue) -> Option<String> {
    let number = || {
        let number = value
            .dyn_ref::<Number>()
            .filter(|n| n.value_of().is_finite())?;
        number.to_string_with_radix(10).ok().map(String::from)
    };
    value.as_string().or_else(number)
}

fn option_get(options: &JsValue, name: &str) -> Option<JsValue> {
    if !options.is_object() {
        return None;
    }
    Reflect::get(options, &name.into()).ok()
}

/// Reads a non-negative integer option; anything else counts as absent.
fn option_usize(options: &JsValue, name: &str) -> Option<usize> {
    let value = option_get(options, name)?.as_f64()?;
    (value.is_finite() && value >= 0.0).then_some(value as usize)
}

/// Reads a string option; anything else counts as absent.
fn option_string(options: &JsValue, name: &str) -> Option<String> {
    if !options.is_object() {
        return None;
    }
    Reflect::get(options, &name.into()).ok()?.as_string()
}

/// Converts a record to a plain JS object (maps as objects, not `Map`s).
fn to_js<T: Serialize>(value: &T) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value.serialize(&serializer).unwrap_or(JsValue::NULL)
}
