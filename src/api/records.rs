//! Records returned by the JS API, built from the engine's data. Field names
//! follow DESIGN.md exactly; they are a public contract.

use serde::Serialize;

use crate::corpus::{Corpus, Document};
use crate::engine::Engine;

/// `ipExplorer.documents()` entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentRecord {
    /// Document id (file stem).
    pub id: String,
    /// Title.
    pub title: String,
    /// `transcript`, `news`, `report` or `notice`.
    pub kind: &'static str,
    /// ISO date at its own precision, or null.
    pub date: Option<String>,
    /// Source or publisher, or null.
    pub source: Option<String>,
    /// Speakers in order of first turn.
    pub speakers: Vec<String>,
    /// Number of passages.
    pub passages: u32,
    /// Number of words.
    pub words: u32,
}

/// `ipExplorer.search()` hit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HitRecord {
    /// Document id.
    pub doc: String,
    /// Passage id.
    pub passage: String,
    /// Section heading, or null.
    pub section: Option<String>,
    /// Speaker, or null.
    pub speaker: Option<String>,
    /// Relevance score; only the order is meaningful.
    pub score: f32,
    /// The passage text.
    pub text: String,
}

/// `ipExplorer.search()` result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchRecord {
    /// The query as given.
    pub query: String,
    /// Number of matching passages.
    pub total: usize,
    /// The hits on this page.
    pub hits: Vec<HitRecord>,
}

/// All documents, in corpus order.
pub fn documents(corpus: &Corpus) -> Vec<DocumentRecord> {
    corpus.documents.iter().map(document).collect()
}

fn document(doc: &Document) -> DocumentRecord {
    DocumentRecord {
        id: doc.id.clone(),
        title: doc.title.clone(),
        kind: doc.kind.as_str(),
        date: doc.date.map(|d| d.iso()),
        source: doc.source.clone(),
        speakers: doc.speakers.clone(),
        passages: doc.passages.end - doc.passages.start,
        words: doc.words,
    }
}

/// Runs a query and shapes the answer for JavaScript.
pub fn search(engine: &Engine, query: &str, limit: usize) -> SearchRecord {
    let corpus = engine.corpus();
    let results = engine.search(query, limit);
    let hits = results
        .hits
        .iter()
        .map(|hit| {
            let passage = &corpus.passages[hit.passage as usize];
            HitRecord {
                doc: corpus.documents[passage.doc as usize].id.clone(),
                passage: passage.id.clone(),
                section: passage.section.clone(),
                speaker: passage.speaker.clone(),
                score: hit.score,
                text: passage.text.clone(),
            }
        })
        .collect();
    SearchRecord {
        query: query.to_string(),
        total: results.total,
        hits,
    }
}
