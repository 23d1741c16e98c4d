//! Paging: ranks matched passages just far enough to fill the requested page,
//! and groups them by document, each group following its best passage and
//! holding at most `passages_per_doc` passages.
//!
//! Invariant: a page is exactly what a full sort (score descending, ties by
//! passage index) followed by grouping would give.

use std::collections::BTreeMap;

use super::config::SearchConfig;
use super::matcher::Scored;
use super::search::{SearchRequest, Sort};
use super::sort::sort_by_key;
use ipx_corpus::{Corpus, DocIdx};

/// Ranks and groups passages of one corpus under one configuration.
pub struct Pager<'a> {
    /// The corpus (passage → document, document dates).
    pub corpus: &'a Corpus,
    /// Group size, re-rank depth and sort margin.
    pub config: &'a SearchConfig,
}

impl Pager<'_> {
    /// Ranks `ranked` far enough to fill the requested page of groups and
    /// returns the groups up to the end of that page; `boost` re-scores the
    /// top `rerank_depth` passages (by proximity) once they are sorted.
    /// Only the top `k` passages are fully sorted (a selection puts them
    /// first), since a common word can match tens of thousands; the unsorted
    /// rest is sorted only when the top does not fill the page, and otherwise
    /// only scanned for further passages of the page's documents.
    pub fn page(
        &self,
        ranked: &mut [Scored],
        request: &SearchRequest,
        boost: impl FnOnce(&mut [Scored]),
    ) -> Vec<Vec<Scored>> {
        let per_doc = self.config.passages_per_doc.max(1);
        let needed = request.offset.saturating_add(request.limit);
        let k = match request.sort {
            Sort::Date => ranked.len(),
            Sort::Relevance => (needed.saturating_mul(per_doc * self.config.sort_margin.max(1)))
                .max(self.config.rerank_depth)
                .min(ranked.len()),
        };
        if k == 0 {
            return Vec::new();
        }
        if k < ranked.len() {
            ranked.select_nth_unstable_by(k - 1, by_rank);
        }
        let (top, rest) = ranked.split_at_mut(k);
        sort_ranked(top);
        let depth = self.config.rerank_depth.min(top.len());
        boost(&mut top[..depth]);
        sort_ranked(&mut top[..depth]);
        let mut groups = self.group(top, request.sort);
        if rest.is_empty() {
            return groups;
        }
        if groups.len() < needed {
            // Boosts only raise scores, so the boosted top still precedes the rest.
            sort_ranked(rest);
            return self.group(ranked, request.sort);
        }
        let page = request.offset.min(groups.len())..needed.min(groups.len());
        self.complete_groups(&mut groups[page], rest);
        groups
    }

    /// Adds to groups that have fewer than `passages_per_doc` passages their
    /// document's best passages from `rest`.
    fn complete_groups(&self, groups: &mut [Vec<Scored>], rest: &mut [Scored]) {
        let per_doc = self.config.passages_per_doc.max(1);
        let doc_of = |s: &Scored| self.corpus.passages[s.passage as usize].doc;
        let open: Vec<DocIdx> = (groups.iter())
            .filter(|g| g.len() < per_doc)
            .map(|g| doc_of(&g[0]))
            .collect();
        if open.is_empty() {
            return;
        }
        let mut extra: Vec<Scored> = (rest.iter())
            .filter(|s| open.contains(&doc_of(s)))
            .copied()
            .collect();
        sort_ranked(&mut extra);
        for group in groups.iter_mut().filter(|g| g.len() < per_doc) {
            let doc = doc_of(&group[0]);
            let more = extra.iter().filter(|s| doc_of(s) == doc);
            group.extend(more.take(per_doc - group.len()).copied());
        }
    }

    /// Number of distinct documents among `ranked`.
    pub fn count_docs(&self, ranked: &[Scored]) -> usize {
        let mut seen = vec![false; self.corpus.documents.len()];
        let mut n = 0;
        for s in ranked {
            let doc = self.corpus.passages[s.passage as usize].doc as usize;
            n += usize::from(!std::mem::replace(&mut seen[doc], true));
        }
        n
    }

    /// Ranked passages grouped by document, each group capped.
    fn group(&self, ranked: &[Scored], sort: Sort) -> Vec<Vec<Scored>> {
        let mut slot: BTreeMap<DocIdx, usize> = BTreeMap::new();
        let mut groups: Vec<Vec<Scored>> = Vec::new();
        for scored in ranked {
            let doc = self.corpus.passages[scored.passage as usize].doc;
            let at = *slot.entry(doc).or_insert_with(|| {
                groups.push(Vec::new());
                groups.len() - 1
            });
            if groups[at].len() < self.config.passages_per_doc.max(1) {
                groups[at].push(*scored);
            }
        }
        if sort == Sort::Date {
            let date = |g: &Vec<Scored>| {
                let doc = self.corpus.passages[g[0].passage as usize].doc;
                std::cmp::Reverse(self.corpus.documents[doc as usize].date)
            };
            sort_by_key(&mut groups, date);
        }
        groups
    }
}

/// More words held first (a partial match, see [`super::coordinate`]), then
/// score descending, ties by passage index.
fn sort_ranked(ranked: &mut [Scored]) {
    ranked.sort_unstable_by(by_rank);
}

fn by_rank(a: &Scored, b: &Scored) -> std::cmp::Ordering {
    (b.coord.cmp(&a.coord))
        .then(b.score.total_cmp(&a.score))
        .then(a.passage.cmp(&b.passage))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;
    use crate::search::Engine;
    use ipx_corpus::PassageIdx;

    #[test]
    fn groups_cap_passages_per_document_and_page_by_group() {
        let engine = fixture::engine();
        let mut request = SearchRequest::new("the ");
        let all = engine.search(&request);
        assert_eq!(all.total_docs, all.hits.len());
        assert!(all
            .hits
            .iter()
            .all(|h| h.more.len() < engine.config().passages_per_doc));
        request.offset = 1;
        request.limit = 1;
        let page = engine.search(&request);
        assert_eq!(page.hits.len(), 1);
        assert_eq!(page.hits[0].passage, all.hits[1].passage);
        assert_eq!(page.total, all.total);
    }

    #[test]
    fn partial_ranking_pages_like_a_full_sort() {
        let config = |rerank_depth| {
            let mut config = SearchConfig {
                rerank_depth,
                passages_per_doc: 2,
                sort_margin: 1,
                ..SearchConfig::default()
            };
            config.weights.proximity = 0.0;
            config.weights.phrase = 0.0;
            config
        };
        let partial = Engine::with_config(fixture::corpus(), config(1));
        let full = Engine::with_config(fixture::corpus(), config(10_000));
        let shown = |engine: &Engine, request: &SearchRequest| {
            let results = engine.search(request);
            let ids: Vec<Vec<PassageIdx>> = (results.hits.iter())
                .map(|h| {
                    std::iter::once(h)
                        .chain(&h.more)
                        .map(|h| h.passage)
                        .collect()
                })
                .collect();
            (results.total, results.total_docs, ids)
        };
        for query in ["ip ", "the ", "patent ", "intellectual "] {
            for (offset, limit) in [(0, 1), (1, 1), (0, 2), (2, 5)] {
                let request = SearchRequest {
                    offset,
                    limit,
                    ..SearchRequest::new(query)
                };
                assert_eq!(
                    shown(&partial, &request),
                    shown(&full, &request),
                    "{query} {offset} {limit}"
                );
            }
        }
    }

    #[test]
    fn date_sort_puts_newest_documents_first() {
        let engine = fixture::engine();
        let mut request = SearchRequest::new("ip ");
        request.sort = Sort::Date;
        let docs: Vec<DocIdx> = engine.search(&request).hits.iter().map(|h| h.doc).collect();
        let mut newest_first = docs.clone();
        newest_first
            .sort_by_key(|&d| std::cmp::Reverse(engine.corpus().documents[d as usize].date));
        assert_eq!(docs, newest_first);
    }
}
