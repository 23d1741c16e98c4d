//! One keyed list for every list of the app: a `<For>` over rows that carry
//! their key as a `String` and their view as a boxed closure.
//!
//! Each `<For>` with its own item, key and view types compiled its own copy of
//! Leptos's keyed list (the diff, the moves, the render effect and their drop
//! glue, about 1–5 KB of wasm each). Here every list goes through one `<For>`
//! instance: a call site only adds the short loop that turns its items into
//! rows. The price is a box per row each time the list changes, which is
//! nothing beside the DOM work of the rows that changed.
//!
//! Contract: like `<For each key let:item>`, a row's view is made once, under
//! its own reactive owner, when its key first appears, and is kept while the
//! key stays in the list.

use leptos::prelude::*;

/// A list item ready to render: its key and the view it becomes.
struct Row {
    key: String,
    view: Box<dyn FnOnce() -> AnyView + Send>,
}

/// The items `each` gives, keyed by `key`, each rendered by `child` when its
/// key is new.
pub fn keyed_list<T, V>(
    each: impl Fn() -> Vec<T> + Send + 'static,
    key: impl Fn(&T) -> String + Send + 'static,
    child: impl Fn(T) -> V + Send + Clone + 'static,
) -> AnyView
where
    T: Send + 'static,
    V: IntoView + 'static,
{
    rows(Box::new(move || {
        each()
            .into_iter()
            .map(|item| {
                let child = child.clone();
                Row {
                    key: key(&item),
                    view: Box::new(move || child(item).into_any()),
                }
            })
            .collect()
    }))
}

/// The one `<For>` of the app.
fn rows(each: Box<dyn Fn() -> Vec<Row> + Send>) -> AnyView {
    view! { <For each=each key=|row: &Row| row.key.clone() children=|row: Row| (row.view)()/> }
        .into_any()
}

/// A key of several parts, each ended by a unit separator (a character no
/// key part contains), so that different parts never join to one key.
pub fn joined_key<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let mut key = String::new();
    for part in parts {
        key.push_str(part);
        key.push('\u{1f}');
    }
    key
}
