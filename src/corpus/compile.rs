//! The compile pipeline: checked sources → documents and passages → entities and
//! facts. Each step lives in its own module; this one only sequences them.
//!
//! Invariant: the output depends only on the input files (names and bytes), never
//! on the order they were handed in or on the environment, so builds are
//! byte-for-byte reproducible.

use super::model::{Corpus, DocKind, Document, Issue, Passage};
use super::source::{check_sources, CheckedSource, SourceFile};

/// Compiles source files into a corpus, with every problem found along the way.
pub fn compile(files: &[SourceFile]) -> (Corpus, Vec<Issue>) {
    let (sources, mut issues) = check_sources(files);
    let mut corpus = Corpus::default();
    for source in &sources {
        add_document(&mut corpus, source, &mut issues);
    }
    (corpus, issues)
}

fn add_document(corpus: &mut Corpus, source: &CheckedSource<'_>, _issues: &mut Vec<Issue>) {
    let doc_idx = corpus.documents.len() as u32;
    let text = source.text.trim_start();
    let (title, body) = text.split_once('\n').unwrap_or((text, ""));
    let first = corpus.passages.len() as u32;
    let paragraphs = body.split("\n\n").map(str::trim).filter(|p| !p.is_empty());
    for (n, paragraph) in paragraphs.enumerate() {
        corpus.passages.push(Passage {
            id: format!("{}#p{}", source.id, n + 1),
            doc: doc_idx,
            section: None,
            speaker: None,
            text: paragraph.split_whitespace().collect::<Vec<_>>().join(" "),
        });
    }
    let words = source.text.split_whitespace().count() as u32;
    corpus.documents.push(Document {
        id: source.id.clone(),
        title: title.trim().to_string(),
        kind: DocKind::News,
        date: None,
        source: None,
        words,
        sections: Vec::new(),
        speakers: Vec::new(),
        passages: first..corpus.passages.len() as u32,
    });
}
