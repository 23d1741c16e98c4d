//! Search engine over a compiled [`Corpus`](ipx_corpus::Corpus): tokenizing,
//! indexing, query parsing and planning, BM25F ranking, snippets, facets,
//! did-you-mean and facts. Pure Rust, no UI.
//!
//! Reading order: [`fold`] and [`tokenize`] (one tokenizer for index and
//! query), [`index`] (`term → passage → tf, positions`; [`postings`] when a chunked
//! corpus ships them in shards), [`query`] (the query
//! language), [`expand`] and [`plan`] (prefix, typo and alias expansion into
//! clauses), [`matcher`] and [`rank`] (BM25F and proximity), [`coordinate`]
//! (the passages holding most of a question's words), [`snippet`],
//! [`facets`], [`suggest`] and [`fewer_words`] (when nothing matched), [`facts`] (with
//! [`measure_words`]), [`intent`], [`synonyms`], [`answer_words`] and [`answers`]
//! (the figures that answer a question, with [`answer_match`], [`answer_units`],
//! [`answer_coverage`], [`answer_rank`], [`answer_periods`] and [`answer_series`]),
//! [`group`] (paging), and [`search`], which ties them together
//! in the [`Engine`]; [`text`] says where passage text lives (inline, or in
//! chunks loaded later, see [`chunks`]). Knobs live in [`config`]; [`sort`] keeps the many small
//! sorts from each compiling their own copy of the standard sort.
//!
//! [`chunks`] is the on-disk format of a large corpus split into an embedded
//! core, index shards and text chunks; it sits below the engine (it reads
//! [`index`] and [`postings`], never the [`Engine`]), and [`open_chunked`]
//! builds an engine from it.
//!
//! Invariants: this crate depends only on `ipx-corpus` in the workspace and
//! never on `leptos`, `web-sys` or `wasm-bindgen`; nothing here fails
//! on input: an empty or unusable query gives empty results, never an error.

#![warn(missing_docs)]

pub mod abbreviations;
pub mod answer_coverage;
pub mod answer_match;
pub mod answer_periods;
pub mod answer_rank;
pub mod answer_series;
pub mod answer_units;
pub mod answer_words;
pub mod answers;
pub mod chunks;
pub mod config;
pub mod contrast;
pub mod coordinate;
pub mod expand;
pub mod explain;
pub mod facets;
pub mod facts;
pub mod fewer_words;
pub mod fold;
pub mod group;
pub mod index;
pub mod intent;
pub mod matcher;
pub mod measure_words;
pub mod negated;
pub mod open_chunked;
pub mod plan;
pub mod postings;
pub mod query;
pub mod rank;
pub mod search;
pub mod sentence_answers;
pub mod sentence_figures;
pub mod sentence_terms;
pub mod snippet;
pub mod sort;
pub mod strings;
pub mod subject;
pub mod suggest;
pub mod synonyms;
pub mod text;
pub mod tokenize;

#[cfg(test)]
mod answer_checks;
#[cfg(test)]
mod fixture;

pub use answers::Answer;
pub use config::{RankingWeights, SearchConfig};
pub use expand::MatchKind;
pub use facets::{facet_filters, Facet};
pub use facts::{FactsRequest, FoundFacts};
pub use fewer_words::FewerWords;
pub use open_chunked::open_chunked;
pub use search::{Engine, Hit, SearchRequest, SearchResults, Sort};
pub use snippet::Segment;
