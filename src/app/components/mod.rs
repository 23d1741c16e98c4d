//! One component per file. Each reads the engine from context and renders.

mod document_list;
mod results;
mod search_box;

pub use document_list::DocumentList;
pub use results::Results;
pub use search_box::SearchBox;
