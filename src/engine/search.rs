//! The [`Engine`]: owns the corpus and answers queries with ranked passages.
//!
//! Shape of the index: `term → [(passage, term frequency)]`, passages ascending.

use std::collections::BTreeMap;

use super::tokenize::tokenize;
use crate::corpus::{Corpus, PassageIdx};

/// A built search index over one corpus.
pub struct Engine {
    corpus: Corpus,
    postings: BTreeMap<String, Vec<(PassageIdx, u32)>>,
}

/// The answer to one query.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchResults {
    /// Number of passages that matched.
    pub total: usize,
    /// The best passages, best first.
    pub hits: Vec<Hit>,
}

/// One matching passage.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// The passage that matched.
    pub passage: PassageIdx,
    /// Relevance score; higher is better. Only the order is meaningful.
    pub score: f32,
}

impl Engine {
    /// Builds the index over `corpus`.
    pub fn new(corpus: Corpus) -> Engine {
        let mut postings: BTreeMap<String, Vec<(PassageIdx, u32)>> = BTreeMap::new();
        for (idx, passage) in corpus.passages.iter().enumerate() {
            let mut counts: BTreeMap<String, u32> = BTreeMap::new();
            for token in tokenize(&passage.text) {
                *counts.entry(token.text).or_default() += 1;
            }
            for (term, tf) in counts {
                postings
                    .entry(term)
                    .or_default()
                    .push((idx as PassageIdx, tf));
            }
        }
        Engine { corpus, postings }
    }

    /// The corpus this engine searches.
    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }

    /// Passages containing every query word, most occurrences first, ties by
    /// passage order; at most `limit` hits.
    pub fn search(&self, query: &str, limit: usize) -> SearchResults {
        let terms: Vec<String> = tokenize(query).into_iter().map(|t| t.text).collect();
        if terms.is_empty() {
            return SearchResults {
                total: 0,
                hits: Vec::new(),
            };
        }
        let mut scores: BTreeMap<PassageIdx, (usize, u32)> = BTreeMap::new();
        for term in &terms {
            for &(passage, tf) in self.postings.get(term).map(Vec::as_slice).unwrap_or(&[]) {
                let entry = scores.entry(passage).or_default();
                entry.0 += 1;
                entry.1 += tf;
            }
        }
        let mut hits: Vec<Hit> = scores
            .into_iter()
            .filter(|(_, (n_terms, _))| *n_terms == terms.len())
            .map(|(passage, (_, tf))| Hit {
                passage,
                score: tf as f32,
            })
            .collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.passage.cmp(&b.passage)));
        let total = hits.len();
        hits.truncate(limit);
        SearchResults { total, hits }
    }
}
