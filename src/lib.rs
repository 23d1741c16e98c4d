//! IP Explorer: a static, serverless explorer for a corpus of documents on
//! China's intellectual-property work.
//!
//! Modules in reading order:
//! - [`corpus`]: the corpus compiler (clean, segment, extract) and its binary
//!   format. `build.rs` runs it over `seeds/` at build time.
//! - [`data`]: the compiled corpus embedded in the binary.
//! - [`chunks`]: a large corpus as an embedded core plus text chunks fetched
//!   on demand.
//! - [`engine`]: search over the corpus (tokenize, index, query, rank).
//! - [`api`]: the `window.ipExplorer` JavaScript API, and fact export (CSV, JSON).
//! - [`view_state`]: the view (query, filters, open document) and its URL form.
//! - [`embed`]: embedding options (element attributes, `mount()` options, the
//!   iframe's parameters) and the iframe's messages, as plain data.
//! - [`present`]: what the UI shows, as plain data: reader blocks, fact cards,
//!   the overview's orderings, citations.
//! - [`app`]: the Leptos user interface (wasm only).
//! - `bulk`: the corpus as NDJSON for Elasticsearch/OpenSearch (native only,
//!   used by the `ipx-export` tool).
//!
//! Invariants (dependencies point one way: `app → present, api → engine → corpus`):
//! - `corpus` imports nothing outside itself.
//! - `engine`, `view_state`, `embed` and `present` never import `leptos` or `web_sys`.
//! - Everything but `app` and `api::js` builds and tests natively.

#![warn(missing_docs)]

pub mod api;
#[cfg(not(target_arch = "wasm32"))]
pub mod bulk;
pub mod chunks;
pub mod corpus;
pub mod data;
pub mod embed;
pub mod engine;
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
    if let Err(e) = api::js::install(engine.clone()) {
        web_sys::console::error_2(&"ipExplorer: could not publish the JS API".into(), &e);
    }
    app::mount_next_task(engine);
}
