//! What the user interface shows, as plain data built from the corpus: the
//! reader's blocks with facts marked, fact cards and their series charts, the
//! facts panel's selection, the facets panel and the filters in force, search
//! hits' document lines and arrow-key moves through them, the overview's
//! orderings and timeline, citations in plain text, CSL-JSON, RIS and BibTeX,
//! and fact exports.
//!
//! Invariant: nothing here imports `leptos` or `web_sys`; components only
//! render what these functions return, so the logic is tested natively.

pub mod answer;
pub mod bibtex;
pub mod canonical;
pub mod chart;
pub mod citation;
pub mod cite_export;
pub mod cite_item;
pub mod csl;
pub mod export;
pub mod facets;
pub mod facts;
pub mod filters;
pub mod hit_key;
pub mod hits;
pub mod number;
pub mod overview;
pub mod period;
pub mod query_words;
pub mod reader;
pub mod relax;
pub mod ris;
pub mod roving;
pub mod timeline;
pub mod typed_filters;
