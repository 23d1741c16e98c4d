//! Reads values out of JavaScript objects a caller hands in (`search()` and
//! `facts()` options, `mount()` and `update()` options, iframe messages) so
//! that no input can hurt the module: every call into JavaScript that could
//! run the caller's code (a getter, a `Proxy` trap) goes through a `catch`
//! binding, and the caps of [`crate::caps`] apply before anything is copied.
//!
//! Why it matters: a JavaScript exception thrown through wasm frames skips
//! the Rust code that would restore the wasm stack pointer and release
//! borrows, so about 2,700 such calls exhausted the stack and every later
//! call died with "memory access out of bounds". A throwing getter here
//! counts as an absent value. Type checks (`typeof`) and reads of primitive
//! strings and numbers never run the caller's code.

use std::collections::BTreeMap;

use js_sys::{JsString, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::caps::{
    cut_query, is_short_value, MAX_FILTER_KEYS, MAX_FILTER_VALUES, MAX_QUERY_CHARS, MAX_VALUE_CHARS,
};
use crate::embed::options::filters_from_str;

#[wasm_bindgen]
extern "C" {
    /// `Array.isArray`, which throws for a revoked `Proxy`.
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array_checked(value: &JsValue) -> Result<bool, JsValue>;
}

/// `object[name]`, or `None` when `object` is not an object or reading it
/// throws (a getter, a `Proxy` trap, a revoked `Proxy`).
pub fn get(object: &JsValue, name: &str) -> Option<JsValue> {
    if !object.is_object() && !object.is_function() {
        return None;
    }
    Reflect::get(object, &JsValue::from_str(name)).ok()
}

/// A string value cut to its first `max_chars` characters; the cut happens in
/// JavaScript, so a huge string is never copied whole.
pub fn string_prefix(value: &JsValue, max_chars: usize) -> Option<String> {
    let string = value.dyn_ref::<JsString>()?;
    // A character is at most two UTF-16 units.
    let units = (2 * max_chars) as u32;
    let text = if string.length() > units {
        string.slice(0, units).as_string()?
    } else {
        string.as_string()?
    };
    Some(match text.char_indices().nth(max_chars) {
        Some((end, _)) => text[..end].to_string(),
        None => text,
    })
}

/// A string value no longer than `max_chars` characters; `None` for a longer
/// one (a value cut short would name something else) or a non-string.
pub fn short_string(value: &JsValue, max_chars: usize) -> Option<String> {
    let string = value.dyn_ref::<JsString>()?;
    if string.length() as usize > 2 * max_chars {
        return None;
    }
    string
        .as_string()
        .filter(|s| s.chars().count() <= max_chars)
}

/// `options[name]` as a query: a string cut to the query cap.
pub fn query(options: &JsValue, name: &str) -> Option<String> {
    string_prefix(&get(options, name)?, MAX_QUERY_CHARS).map(|q| cut_query(&q).to_string())
}

/// `options[name]` as an id or other short value.
pub fn short(options: &JsValue, name: &str) -> Option<String> {
    short_string(&get(options, name)?, MAX_VALUE_CHARS)
}

/// `options[name]` as a flag (`true`/`false`) or short text, for options
/// that read like attributes.
pub fn attribute(options: &JsValue, name: &str) -> Option<String> {
    let value = get(options, name)?;
    if let Some(flag) = value.as_bool() {
        return Some(flag.to_string());
    }
    short_string(&value, MAX_VALUE_CHARS)
}

/// A non-negative integer option; anything else counts as absent.
pub fn usize_option(options: &JsValue, name: &str) -> Option<usize> {
    let value = get(options, name)?.as_f64()?;
    (value.is_finite() && value >= 0.0).then_some(value as usize)
}

/// Whether `value` is an array, `false` when asking throws.
fn is_array(value: &JsValue) -> bool {
    value.is_object() && is_array_checked(value).unwrap_or(false)
}

/// The first `max` slots of an array (fewer when it is shorter): a sparse
/// array of length 2^24 costs `max` reads, not 2^24.
fn first_slots(array: &JsValue, max: usize) -> Vec<JsValue> {
    let length = get(array, "length").and_then(|l| l.as_f64()).unwrap_or(0.0);
    let n = if length.is_finite() && length > 0.0 {
        (length as usize).min(max)
    } else {
        0
    };
    (0..n)
        .filter_map(|i| Reflect::get_u32(array, i as u32).ok())
        .collect()
}

/// A filter value as text: a string, or a finite number written out by
/// JavaScript's own `Number.prototype.toString` (Rust's float formatting
/// would add about 6 KB to the bundle for this one use).
fn value_text(value: &JsValue) -> Option<String> {
    if let Some(number) = value.as_f64() {
        if !number.is_finite() {
            return None;
        }
        let number: js_sys::Number = JsValue::from_f64(number).unchecked_into();
        return number.to_string_with_radix(10).ok()?.as_string();
    }
    short_string(value, MAX_VALUE_CHARS)
}

/// `options.filters`: `{facet: [value, ...]}` (a single value counts as a
/// one-element list; values that are neither strings nor numbers are
/// skipped), or, when `url_style` is set, also a URL-style string
/// (`kind=news&year=2021`). At most [`MAX_FILTER_KEYS`] facet names and
/// [`MAX_FILTER_VALUES`] slots of each list are read.
pub fn filters(options: &JsValue, url_style: bool) -> BTreeMap<String, Vec<String>> {
    let mut filters = BTreeMap::new();
    let Some(object) = get(options, "filters") else {
        return filters;
    };
    if url_style {
        if let Some(text) = string_prefix(&object, crate::caps::MAX_ENCODED_VALUE_BYTES) {
            return filters_from_str(&text);
        }
    }
    if !object.is_object() {
        return filters;
    }
    let keys = Reflect::own_keys(&object)
        .map(|keys| first_slots(&keys, MAX_FILTER_KEYS))
        .unwrap_or_default();
    for key in keys {
        let Some(name) = short_string(&key, 32) else {
            continue;
        };
        let Some(value) = get(&object, &name) else {
            continue;
        };
        let values: Vec<String> = if is_array(&value) {
            first_slots(&value, MAX_FILTER_VALUES)
                .iter()
                .filter_map(value_text)
                .filter(|v| is_short_value(v))
                .collect()
        } else {
            value_text(&value).into_iter().collect()
        };
        filters.insert(name, values);
    }
    filters
}

/// `value` as a DOM element; `None` for anything else, including a `Proxy`
/// of an element, which passes `instanceof` but on which every DOM method
/// throws.
pub fn element(value: &JsValue) -> Option<web_sys::Element> {
    let element = value.dyn_ref::<web_sys::Element>()?.clone();
    let window: JsValue = web_sys::window()?.into();
    let prototype = get(&get(&window, "Element")?, "prototype")?;
    let has_attribute = get(&prototype, "hasAttribute")?;
    if !has_attribute.is_function() {
        return None;
    }
    let args = js_sys::Array::of1(&JsValue::from_str("x"));
    let has_attribute: &js_sys::Function = has_attribute.unchecked_ref();
    Reflect::apply(has_attribute, value, &args).ok()?;
    Some(element)
}
