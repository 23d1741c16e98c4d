//! Search engine over a compiled [`Corpus`]: tokenizing, indexing, querying,
//! ranking and snippets. Pure Rust, no UI.
//!
//! Invariant: nothing here imports `leptos` or `web_sys`, and nothing here fails
//! on input: an empty or unusable query gives empty results, never an error.

pub mod search;
pub mod tokenize;

pub use search::{Engine, Hit, SearchResults};
