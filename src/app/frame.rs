//! The iframe mode (`?embed=1`): the explorer page laid out compactly for an
//! iframe, with its view in memory (the parent's history is left alone), and,
//! when the page names its parent's origin (`origin=`), `postMessage` events
//! to the parent and commands from it. The message format is documented in
//! `embed::messages`; messages from any other origin or window are ignored.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::url::View;
use super::{browser, App, Embedding, Shortcuts};
use crate::embed::messages::accepts;
use crate::embed::{Command, EmbedOptions, FrameParams, MessageKind, StateMessage};
use crate::engine::Engine;

/// Mounts the iframe mode into `target`, reading its options from `search`.
pub fn mount(engine: Arc<Engine>, target: web_sys::HtmlElement, search: &str) {
    let options = EmbedOptions::from_query_string(search);
    let origin = FrameParams::from_query_string(search).origin;
    leptos::mount::mount_to(target, move || {
        let view = View::in_memory(options.state);
        let base = browser::location_base();
        if let Some(origin) = origin {
            talk_to_parent(view, origin, base.clone());
        }
        let embedding = Embedding {
            view,
            layout: options.layout,
            base,
            shortcuts: Shortcuts::Window,
        };
        view! { <App engine embedding/> }
    })
    .forget();
}

/// Posts `ready` and then `state` messages to the parent at `origin`, and
/// obeys commands from the parent at `origin`.
fn talk_to_parent(view: View, origin: String, base: String) {
    let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let outgoing = origin.clone();
    let post_to = parent.clone();
    Effect::new(move |ran_before: Option<()>| {
        let kind = match ran_before {
            None => MessageKind::Ready,
            Some(()) => MessageKind::State,
        };
        let message = view.state.with(|s| StateMessage::new(kind, s, &base));
        let serializer = serde_wasm_bindgen::Serializer::json_compatible();
        if let Ok(data) = serde::Serialize::serialize(&message, &serializer) {
            if let Err(e) = post_to.post_message(&data, &outgoing) {
                web_sys::console::warn_2(&"ipExplorer: could not post to the parent".into(), &e);
            }
        }
    });
    let handle = window_event_listener(leptos::ev::message, move |ev| {
        let from_parent = ev
            .source()
            .is_some_and(|source| js_sys::Object::is(&source, &parent));
        if !from_parent || !accepts(Some(&origin), &ev.origin()) {
            return;
        }
        if let Some(command) = read_command(&ev.data()) {
            let next = view.state.with_untracked(|s| command.apply(s));
            view.navigate(next);
        }
    });
    on_cleanup(move || handle.remove());
}

/// Reads `{type: "search", query?, filters?}` or `{type: "open", doc, passage?}`,
/// with the caps every input gets (see `api::js_read`).
fn read_command(data: &JsValue) -> Option<Command> {
    use crate::api::js_read;
    match js_read::short(data, "type")?.as_str() {
        "search" => {
            let has_filters = js_read::get(data, "filters").is_some_and(|f| f.is_object());
            Some(Command::Search {
                query: js_read::query(data, "query"),
                filters: has_filters.then(|| js_read::filters(data, false)),
            })
        }
        "open" => Some(Command::Open {
            doc: js_read::short(data, "doc")?,
            passage: js_read::short(data, "passage"),
        }),
        _ => None,
    }
}
