//! The JavaScript API of DESIGN.md (`window.ipExplorer`): plain JSON-shaped
//! records built from the engine ([`records`]), and on wasm the binding that
//! publishes them on `window` ([`js`]).
//!
//! Invariant: every value handed to JavaScript is a plain serialisable object;
//! the record types here are the API's deliberate wire format.

pub mod answers;
pub mod entities;
pub mod facts;
pub mod records;
pub mod search_json;

#[cfg(target_arch = "wasm32")]
pub mod js;
#[cfg(target_arch = "wasm32")]
pub mod js_read;

pub use crate::VERSION;
