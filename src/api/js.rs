//! Publishes the JS API on `window`: `window.ipExplorer`, and resolves the
//! `window.ipExplorerReady` promise that `ready.js` created before the wasm loaded.

use std::sync::Arc;

use js_sys::{Function, Object, Promise, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::{entities, facts, records, VERSION};
use crate::engine::Engine;

/// Hits returned by `search()` when the caller gives no `limit`.
const DEFAULT_LIMIT: usize = 20;

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
                doc: option_string(&options, "doc"),
                measure: option_string(&options, "measure"),
            };
            to_js(&facts::facts(facts_engine.corpus(), &options))
        }),
    )?;

    let search_engine = engine;
    set_method(
        &api,
        "search",
        Closure::<dyn Fn(JsValue, JsValue) -> JsValue>::new(
            move |query: JsValue, options: JsValue| {
                let query = query.as_string().unwrap_or_default();
                let limit = option_usize(&options, "limit").unwrap_or(DEFAULT_LIMIT);
                to_js(&records::search(&search_engine, &query, limit))
            },
        ),
    )?;

    let window: JsValue = web_sys::window().ok_or("no window")?.into();
    Reflect::set(&window, &"ipExplorer".into(), &api)?;
    resolve_ready(&window, &api)
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

/// Reads a non-negative integer option; anything else counts as absent.
fn option_usize(options: &JsValue, name: &str) -> Option<usize> {
    if !options.is_object() {
        return None;
    }
    let value = Reflect::get(options, &name.into()).ok()?.as_f64()?;
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
