//! Paging: ranks matched passages just far enough to fill the requested page,
//! and groups them by document, each group following its best passage and
//! holding its best passage plus the requested window of further ones
//! ([`SearchRequest::more_offset`], [`SearchRequest::more_limit`]; by
//! default `passages_per_doc` passages in all).
//!
//! Invariant: a page is exactly what a full sort (score descending, ties by
//! passage index) followed by grouping would give.

use super::config::SearchConfig;
use super::matcher::{sort_scored, Order, Scored};
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
        let per_doc = self.cap(request);
        let needed = request.offset.saturating_add(request.limit);
        let k = match request.sort {
            Sort::Date => ranked.len(),
            Sort::Relevance => (needed
                .saturating_mul(per_doc.saturating_mul(self.config.sort_margin.max(1))))
            .max(self.config.rerank_depth)
            .min(ranked.len()),
        };
        if k == 0 {
            return Vec::new();
        }
        if k < ranked.len() {
            ranked.select_nth_unstable_by(k - 1, by_rank as Order);
        }
        let (top, rest) = ranked.split_at_mut(k);
        sort_ranked(top);
        let depth = self.config.rerank_depth.min(top.len());
        boost(&mut top[..depth]);
        sort_ranked(&mut top[..depth]);
        let mut groups = self.group(top, request.sort, per_doc);
        if rest.is_empty() {
            return groups;
        }
        if groups.len() < needed {
            // Boosts only raise scores, so the boosted top still precedes the rest.
            sort_ranked(rest);
            return self.group(ranked, request.sort, per_doc);
        }
        let page = request.offset.min(groups.len())..needed.min(groups.len());
        self.complete_groups(&mut groups[page], rest, per_doc);
        groups
    }

    /// Most passages one group holds for `request`: the best one, the
    /// further ones skipped and the further ones shown.
    fn cap(&self, request: &SearchRequest) -> usize {
        let shown = (request.more_limit).unwrap_or(self.config.passages_per_doc.saturating_sub(1));
        1usize
            .saturating_add(request.more_offset)
            .saturating_add(shown)
    }

    /// Adds to groups that have fewer than `per_doc` passages their
    /// document's best passages from `rest`.
    fn complete_groups(&self, groups: &mut [Vec<Scored>], rest: &mut [Scored], per_doc: usize) {
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

    /// Number of passages among `ranked` in each document, by document index.
    pub fn count_per_doc(&self, ranked: &[Scored]) -> Vec<u32> {
        let mut counts = vec![0u32; self.corpus.documents.len()];
        for s in ranked {
            counts[self.corpus.passages[s.passage as usize].doc as usize] += 1;
        }
        counts
    }

    /// Ranked passages grouped by document, each group capped at `per_doc`.
    fn group(&self, ranked: &[Scored], sort: Sort, per_doc: usize) -> Vec<Vec<Scored>> {
        // Document → its group's position, `usize::MAX` before its first passage.
        let mut slot: Vec<usize> = vec![usize::MAX; self.corpus.documents.len()];
        let mut groups: Vec<Vec<Scored>> = Vec::new();
        for scored in ranked {
            let doc = self.corpus.passages[scored.passage as usize].doc;
            let at = &mut slot[doc as usize];
            if *at == usize::MAX {
                groups.push(Vec::new());
                *at = groups.len() - 1;
            }
            let at = *at;
            if groups[at].len() < per_doc {
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
    sort_scored(ranked, by_rank);
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

    /// The hit of the briefing (four passages) for `request`.
    fn briefing(engine: &Engine, request: &SearchRequest) -> crate::Hit {
        let results = engine.search(request);
        let corpus = engine.corpus();
        (results.hits.into_iter())
            .find(|h| corpus.documents[h.doc as usize].id == "briefing")
            .expect("the briefing matches")
    }

    /// Passage ids of the briefing's `more` for `query` with a window.
    fn more_of(
        engine: &Engine,
        query: &str,
        offset: usize,
        limit: Option<usize>,
    ) -> Vec<PassageIdx> {
        let request = SearchRequest {
            more_offset: offset,
            more_limit: limit,
            ..SearchRequest::new(query)
        };
        (briefing(engine, &request).more.iter())
            .map(|h| h.passage)
            .collect()
    }

    #[test]
    fn more_lists_every_further_passage_of_a_document_in_pages() {
        let engine = fixture::engine();
        let all = briefing(
            &engine,
            &SearchRequest {
                more_limit: Some(usize::MAX),
                ..SearchRequest::new("briefing ")
            },
        );
        // The briefing has four passages, all with `briefing` in their title.
        assert_eq!(all.more_total, 3);
        assert_eq!(all.more.len(), 3);
        // By default a group holds `passages_per_doc` passages, and still says
        // how many further ones there are.
        let default = briefing(&engine, &SearchRequest::new("briefing "));
        assert_eq!(default.more.len(), 2);
        assert_eq!(default.more_total, 3);
        // Pages of one passage, put together, are the whole list in order.
        let whole = more_of(&engine, "briefing ", 0, Some(usize::MAX));
        let paged: Vec<PassageIdx> = (0..4)
            .flat_map(|at| more_of(&engine, "briefing ", at, Some(1)))
            .collect();
        assert_eq!(paged, whole);
        assert!(more_of(&engine, "briefing ", usize::MAX, Some(usize::MAX)).is_empty());
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
            let windows = [
                (0, 1, 0, None),
                (1, 1, 0, None),
                (0, 2, 0, None),
                (2, 5, 0, None),
            ];
            let more_windows = [(0, 2, 1, Some(1)), (0, 5, 0, Some(9)), (1, 1, 2, Some(9))];
            for (offset, limit, more_offset, more_limit) in windows.into_iter().chain(more_windows)
            {
                let request = SearchRequest {
                    offset,
                    limit,
                    more_offset,
                    more_limit,
                    ..SearchRequest::new(query)
                };
                assert_eq!(
                    shown(&partial, &request),
                    shown(&full, &request),
                    "{query} {offset} {limit} {more_offset} {more_limit:?}"
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
