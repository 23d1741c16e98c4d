//! `ipExplorer.facts(options?)`: fact cards as plain records, optionally
//! narrowed to one document or to measures containing some words. Field
//! names follow DESIGN.md; `doc` and `passage` are string ids.

use serde::Serialize;

use crate::corpus::{Corpus, Fact};

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
    /// Only facts of this document id.
    pub doc: Option<String>,
    /// Only facts whose measure contains this text (any case).
    pub measure: Option<String>,
}

/// The facts that match `options`, in corpus order.
pub fn facts(corpus: &Corpus, options: &FactOptions) -> Vec<FactRecord> {
    let measure = options.measure.as_ref().map(|m| m.to_lowercase());
    corpus
        .facts
        .iter()
        .filter(|f| {
            let doc_ok = options
                .doc
                .as_ref()
                .is_none_or(|d| corpus.documents[f.doc as usize].id == *d);
            let measure_ok = measure
                .as_ref()
                .is_none_or(|m| f.measure.to_lowercase().contains(m.as_str()));
            doc_ok && measure_ok
        })
        .map(|f| fact(corpus, f))
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
