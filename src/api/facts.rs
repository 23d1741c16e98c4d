//! `ipExplorer.facts(options?)`: fact cards as plain records, for a query
//! (facts whose passage or measure matches, best first) and narrowed to a
//! document, a measure or facet filters. Field names follow DESIGN.md; `doc`
//! and `passage` are string ids.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::corpus::{Corpus, Fact};
use crate::engine::{facet_filters, Engine, FactsRequest};

/// `ipExplorer.facts()` entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FactRecord {
    /// Stable id: `<passage id>/f<n>`.
    pub id: String,
    /// The value, fully scaled.
    pub value: f64,
    /// `people`, `yuan`, `US dollars`, `%`, `cases`, ...
    pub unit: String,
    /// A short label of what is counted.
    pub measure: String,
    /// The quantity exactly as written.
    pub text: String,
    /// The sentence it stands in.
    pub sentence: String,
    /// Document id.
    pub doc: String,
    /// Passage id.
    pub passage: String,
    /// As-of date or period (ISO), or null.
    pub date: Option<String>,
    /// `actual`, `target` or `change`.
    pub kind: &'static str,
}

/// What `facts()` narrows to; empty options return every fact.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FactOptions {
    /// Query text in the search syntax; empty means no query.
    pub query: String,
    /// Only facts of this document id.
    pub doc: Option<String>,
    /// Only facts whose measure contains this text (any case).
    pub measure: Option<String>,
    /// Facet selections by facet name, as in `search()`; unknown names are ignored.
    pub filters: BTreeMap<String, Vec<String>>,
}

/// The facts that match `options`: best passage first for a query, corpus
/// order otherwise.
pub fn facts(engine: &Engine, options: &FactOptions) -> Vec<FactRecord> {
    let request = FactsRequest {
        query: options.query.clone(),
        doc: options.doc.clone(),
        measure: options.measure.clone(),
        filters: facet_filters(&options.filters),
    };
    let corpus = engine.corpus();
    engine
        .facts_for(&request)
        .into_iter()
        .map(|idx| fact(corpus, &corpus.facts[idx]))
        .collect()
}

fn fact(corpus: &Corpus, fact: &Fact) -> FactRecord {
    FactRecord {
        id: fact.id.clone(),
        value: fact.value,
        unit: fact.unit.clone(),
        measure: fact.measure.clone(),
        text: fact.text.clone(),
        sentence: fact.sentence.clone(),
        doc: corpus.documents[fact.doc as usize].id.clone(),
        passage: corpus.passages[fact.passage as usize].id.clone(),
        date: fact.date.clone(),
        kind: fact.kind.as_str(),
    }
}
