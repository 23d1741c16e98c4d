//! Corpus compiler: turns the raw pages in `seeds/` into clean documents,
//! passages, entities and facts ([`Corpus`]), and writes them in a compact,
//! versioned binary form.
//!
//! `build.rs` runs it over `seeds/` at build time (as a build-dependency), and
//! the app decodes its output.
//!
//! Invariant: this crate depends on no other crate of the workspace, and never
//! on `leptos`, `web-sys` or `wasm-bindgen`.

#![warn(missing_docs)]

pub mod acronym_keys;
pub mod acronym_units;
pub mod ago;
pub mod aligned;
pub mod asciidoc;
pub mod asof;
pub mod bibtex;
pub mod bracket_change;
pub mod canonical;
pub mod change_verbs;
pub mod changelog;
pub mod chrome;
pub mod clause_lead;
pub mod clean;
pub mod coded_fields;
pub mod collectives;
pub mod comma_period;
pub mod compile;
pub mod currency;
pub mod data_keys;
pub mod datelines;
pub mod dates;
pub mod delimited;
pub mod dir;
pub mod durations;
pub mod ended;
pub mod entities;
pub mod facts;
pub mod faq_answers;
pub mod feed;
pub mod fields;
pub mod figure_first;
pub mod figures;
pub mod format;
pub mod frontmatter;
pub mod gapping;
pub mod gemtext;
pub mod goal_months;
pub mod groups;
pub mod icalendar;
pub mod infobox;
pub mod json_fields;
pub mod kinds;
pub mod latex_accents;
pub mod latex_commands;
pub mod latex_frames;
pub mod latex_held;
pub mod latex_macros;
pub mod latex_marks;
pub mod latex_paragraphs;
pub mod latex_scan;
pub mod latex_siunitx;
pub mod latex_source;
pub mod latex_tables;
pub mod latex_words;
pub mod lead_ins;
pub mod levels;
pub mod lexicon;
pub mod log_file;
pub mod log_machinery;
pub mod log_prefix;
pub mod lookup;
pub mod masthead;
pub mod measure;
pub mod measure_key;
pub mod mentions;
pub mod meta;
pub mod model;
pub mod money;
pub mod names;
pub mod number_words;
pub mod numbers;
pub mod openings;
pub mod org_mode;
pub mod owners;
pub mod partitive;
pub mod passages;
pub mod people;
pub mod periods;
pub mod phones;
pub mod phrases;
pub mod pointers;
pub mod possessive;
pub mod pronouns;
pub mod properties;
pub mod qualify;
pub mod ranked_by;
pub mod read;
pub mod record_rows;
pub mod report_year;
pub mod restructured;
pub mod roff;
pub mod roff_tables;
pub mod said_today;
pub mod sdmx;
pub mod sdmx_series;
pub mod sdmx_xml;
pub mod segment;
pub mod series;
pub mod series_lines;
pub mod share_subject;
pub mod shared_subject;
pub mod since_events;
pub mod source;
pub mod split_years;
pub mod sql_dump;
pub mod sql_statements;
pub mod subtitles;
pub mod superseded;
pub mod table_facts;
pub mod tables;
pub mod tense;
pub mod text;
pub mod toml_tables;
pub mod topic;
pub mod turn_prefix;
pub mod turns;
pub mod variants;
pub mod verbs;
pub mod yaml_records;

pub use compile::{compile, fill_canonical};
pub use dir::read_source_dir;
pub use format::{decode, decode_without_fact_texts, encode, FormatError, FORMAT_VERSION};
pub use model::*;
pub use source::SourceFile;
