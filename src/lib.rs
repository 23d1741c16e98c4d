//! IP Explorer: a static, serverless explorer for a corpus of documents on
//! China's intellectual-property work.
//!
//! The layers are crates, so the compiler enforces that dependencies point
//! one way, `app → engine → corpus`:
//! - [`corpus`] (the `ipx-corpus` crate): the corpus compiler (clean, segment,
//!   extract) and its binary format. `build.rs` runs it over `seeds/`.
//! - [`engine`] (the `ipx-engine` crate): search over the corpus (tokenize,
//!   index, query, rank), and [`chunks`], the format of a large corpus split
//!   into an embedded core plus parts fetched on demand.
//!
//! This package is the app. Its modules in reading order:
//! - [`caps`]: the caps on every input from outside, in one table.
//! - [`data`]: the compiled corpus embedded in the binary.
//! - [`decimal`]: decimal text for figures without the float formatter.
//! - [`fixture`]: one tiny hand-written corpus for native and component tests.
//! - [`json_text`]: the one JSON string escaper of the hand-written JSON.
//! - `handoff` (wasm only): what `embed.js` handed the wasm (bundle base, styles).
//! - `fetch_parts` (wasm only): brings a chunked corpus's parts in from
//!   beside the wasm.
//! - [`api`]: the `window.ipExplorer` JavaScript API and its JSON records.
//! - [`view_state`]: the view (query, filters, open document) and its URL form.
//! - [`embed`]: embedding options (element attributes, `mount()` options, the
//!   iframe's parameters) and the iframe's messages, as plain data.
//! - [`present`]: what the UI shows, as plain data: reader blocks, fact cards
//!   and the answer card, the overview's orderings, citations, exports.
//! - [`app`]: the Leptos user interface (wasm only).
//! - `bulk`: the corpus as NDJSON for Elasticsearch/OpenSearch (native only,
//!   used by the `ipx-export` tool).
//!
//! Invariants:
//! - `view_state`, `embed` and `present` never import `leptos` or `web_sys`.
//! - Everything but `app`, `fetch_parts` and `api::js` builds and tests natively.
//!
//! Inside the app, modules import downwards only: `app` → `api`/`present` →
//! `embed`/`view_state` → `caps`, with the helpers `decimal`, `json_text`,
//! `fixture`, `data`, `handoff` and `fetch_parts` below whoever uses them.
//! `api::js` gets `mount` handed in by [`start`] rather than importing the UI.
//! The UI renders engine and corpus types; it only builds its search
//! requests through `api::records`, the JS API's wire format.

#![warn(missing_docs)]

pub use ipx_corpus as corpus;
pub use ipx_engine as engine;
pub use ipx_engine::chunks;

/// The API version reported as `ipExplorer.version` and in the iframe's
/// `ready` message: the crate version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

pub mod api;
#[cfg(not(target_arch = "wasm32"))]
pub mod bulk;
pub mod caps;
pub mod data;
pub mod decimal;
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod fetch_parts;
pub mod fixture;
#[cfg(target_arch = "wasm32")]
pub mod handoff;
pub mod json_text;
pub mod present;
pub mod view_state;

#[cfg(target_arch = "wasm32")]
pub mod app;

/// Starts the explorer in the page: publishes the JS API, then mounts the UI.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    app::fatal::install_panic_hook();
    let engine = std::sync::Arc::new(data::engine());
    // The API works as soon as the engine is built. Publishing it first and
    // mounting in the next task lets `ipExplorerReady` resolve without
    // waiting for the first render (a third of start-up on the seed corpus).
    let mount = app::instance::mount_method(engine.clone());
    if let Err(e) = api::js::install(engine.clone(), mount) {
        web_sys::console::error_2(&"ipExplorer: could not publish the JS API".into(), &e);
    }
    app::mount_next_task(engine);
}
