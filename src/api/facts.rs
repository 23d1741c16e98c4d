//! `ipExplorer.facts(options?)`: fact cards as plain records, for a query
//! (facts whose passage or measure matches, best first) and narrowed to a
//! document, a measure or facet filters. Field names follow DESIGN.md; `doc`
//! and `passage` are string ids. Each record names the canonical measure of
//! the figure it states and every passage that states that figure.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::corpus::figures::figure_of_facts;
use crate::corpus::{Corpus, FigureIdx};
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
    /// A short label of what is counted, as this passage words it.
    pub measure: String,
    /// The canonical name of what is counted, shared by every wording of the
    /// same measure; `None` when the label does not say on its own what is
    /// counted (`turnover`, `participants`), so the fact states no figure.
    #[serde(rename = "canonicalMeasure")]
    pub canonical_measure: Option<String>,
    /// Every passage that states the same figure (measure, value, unit,
    /// date and kind), the best-worded first; just this fact's own when it
    /// states no figure.
    pub sources: Vec<SourceRecord>,
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

/// A passage that states a figure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceRecord {
    /// Document id.
    pub doc: String,
    /// Passage id.
    pub passage: String,
    /// The sentence that states it.
    pub sentence: String,
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
    let figure_of = figure_of_facts(corpus);
    engine
        .facts_for(&request)
        .into_iter()
        .map(|idx| fact(corpus, idx, figure_of.get(idx).copied().flatten()))
        .collect()
}

fn fact(corpus: &Corpus, idx: usize, figure: Option<FigureIdx>) -> FactRecord {
    let fact = &corpus.facts[idx];
    let figure = figure.and_then(|f| corpus.figures.get(f as usize));
    let canonical_measure = figure
        .and_then(|f| corpus.measures.get(f.measure as usize))
        .map(|m| m.name.clone());
    let stating: Vec<usize> = match figure {
        Some(figure) => figure.facts.iter().map(|f| *f as usize).collect(),
        None => vec![idx],
    };
    let sources = stating
        .into_iter()
        .filter_map(|f| corpus.facts.get(f))
        .map(|f| SourceRecord {
            doc: corpus.documents[f.doc as usize].id.clone(),
            passage: corpus.passages[f.passage as usize].id.clone(),
            sentence: f.sentence.clone(),
        })
        .collect();
    FactRecord {
        id: fact.id.clone(),
        value: fact.value,
        unit: fact.unit.clone(),
        measure: fact.measure.clone(),
        canonical_measure,
        sources,
        text: fact.text.clone(),
        sentence: fact.sentence.clone(),
        doc: corpus.documents[fact.doc as usize].id.clone(),
        passage: corpus.passages[fact.passage as usize].id.clone(),
        date: fact.date.clone(),
        kind: fact.kind.as_str(),
    }
}
