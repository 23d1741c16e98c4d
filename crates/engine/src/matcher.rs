//! Evaluates a [`Plan`] against the index: scores every passage that meets all
//! clauses with BM25F, drops excluded passages, and notes how each matched.
//!
//! Lists of scored passages are kept sorted by passage, so clauses combine by
//! merging: alternatives and expansions by union (best score wins), clauses by
//! intersection (scores add).

use super::config::RankingWeights;
use super::expand::{Expansion, MatchKind};
use super::index::{Field, Index, TermId, NO_VALUE};
use super::plan::{Alternative, Clause, Plan};
use super::rank::{bm25f, idf, proximity_boost, TermStats};
use super::sort::sort_by_key;
use ipx_corpus::{Corpus, PassageIdx};

/// A passage with its score and the kinds of match that got it there.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scored {
    /// The passage.
    pub passage: PassageIdx,
    /// Its score.
    pub score: f32,
    /// [`MatchKind`] bits.
    pub why: u8,
    /// How many of the query's plain words a partial match holds (see
    /// [`super::coordinate`]); ranks before the score. 0 in a strict
    /// search, where every passage holds them all.
    pub coord: u8,
}

/// Evaluation context: the index, the corpus and the weights.
pub struct Matcher<'a> {
    /// The index.
    pub index: &'a Index,
    /// The corpus (for entity mentions).
    pub corpus: &'a Corpus,
    /// Ranking weights.
    pub weights: &'a RankingWeights,
}

impl Matcher<'_> {
    /// Passages that meet every clause of `plan` and no exclusion, sorted by passage.
    pub fn run(&self, plan: &Plan) -> Vec<Scored> {
        let mut matched = self.all_of(plan.clauses.iter()).unwrap_or_default();
        self.drop_excluded(plan, &mut matched);
        matched
    }

    /// Passages that meet every one of `clauses`, sorted by passage, scores
    /// added; `None` when there are no clauses.
    pub(crate) fn all_of<'c>(
        &self,
        clauses: impl Iterator<Item = &'c Clause>,
    ) -> Option<Vec<Scored>> {
        let mut lists: Vec<Vec<Scored>> = clauses.map(|c| self.clause(c)).collect();
        sort_by_key(&mut lists, Vec::len);
        let mut lists = lists.into_iter();
        let mut matched = lists.next()?;
        for list in lists {
            matched = intersect(&matched, &list);
        }
        Some(matched)
    }

    /// Passages that meet `clause` (any of its alternatives), sorted by passage.
    pub(crate) fn clause(&self, clause: &Clause) -> Vec<Scored> {
        self.union(
            clause
                .alternatives
                .iter()
                .map(|a| self.alternative(a))
                .collect(),
        )
    }

    /// Drops from `matched` the passages any exclusion of `plan` matches.
    pub(crate) fn drop_excluded(&self, plan: &Plan, matched: &mut Vec<Scored>) {
        for excluded in &plan.excluded {
            let drop = self.alternative(excluded);
            matched.retain(|s| {
                drop.binary_search_by_key(&s.passage, |d| d.passage)
                    .is_err()
            });
        }
    }

    /// Multiplies each listed passage's score by how close together the query
    /// words stand in its body.
    pub fn boost_proximity(&self, plan: &Plan, hits: &mut [Scored]) {
        let words: Vec<&Vec<TermId>> = plan.proximity.iter().filter(|t| !t.is_empty()).collect();
        if words.len() < 2 {
            return;
        }
        for hit in hits {
            let lists: Vec<Vec<u32>> = (words.iter())
                .map(|terms| self.positions(terms, hit.passage))
                .collect();
            // A partial match (see `coordinate`) is boosted by how close the
            // words it holds stand; a strict one needs them all in its body.
            let lists: Vec<Vec<u32>> = if hit.coord > 0 {
                lists.into_iter().filter(|l| !l.is_empty()).collect()
            } else {
                lists
            };
            if lists.len() < 2 || lists.iter().any(Vec::is_empty) {
                continue;
            }
            let in_order = lists[0].iter().any(|&p| {
                (lists.iter().enumerate().skip(1))
                    .all(|(i, l)| l.binary_search(&(p + i as u32)).is_ok())
            });
            hit.score *= proximity_boost(lists.len(), min_span(&lists), in_order, self.weights);
        }
    }

    fn alternative(&self, alternative: &Alternative) -> Vec<Scored> {
        match alternative {
            Alternative::Mentions(entity) => self.mentions(*entity),
            Alternative::Words { parts, offsets } => {
                let mut lists = parts.iter().map(|p| self.expansions(p));
                let Some(mut matched) = lists.next() else {
                    return Vec::new();
                };
                for list in lists {
                    matched = intersect(&matched, &list);
                }
                if let Some(offsets) = offsets {
                    matched.retain(|s| self.is_phrase(parts, offsets, s.passage));
                }
                matched
            }
        }
    }

    fn expansions(&self, expansions: &[Expansion]) -> Vec<Scored> {
        let lists = (expansions.iter())
            .map(|e| {
                let mut list = self.term(e.term);
                for s in &mut list {
                    s.score *= e.weight;
                    s.why = e.kind.bit();
                }
                list
            })
            .collect();
        self.union(lists)
    }

    /// Merges lists sorted by passage; a passage in several keeps its best
    /// score and all its match kinds. Large lists go through a dense array
    /// over all passages, which beats sorting them.
    fn union(&self, mut lists: Vec<Vec<Scored>>) -> Vec<Scored> {
        lists.retain(|l| !l.is_empty());
        if lists.len() <= 1 {
            return lists.pop().unwrap_or_default();
        }
        let n_passages = self.index.n_passages();
        let total: usize = lists.iter().map(Vec::len).sum();
        if total < n_passages / 16 {
            return union_sorted(lists);
        }
        let mut dense: Vec<(f32, u8)> = vec![(f32::NEG_INFINITY, 0); n_passages];
        for s in lists.iter().flatten() {
            let slot = &mut dense[s.passage as usize];
            slot.0 = slot.0.max(s.score);
            slot.1 |= s.why;
        }
        (dense.into_iter().enumerate())
            .filter(|(_, (score, _))| *score > f32::NEG_INFINITY)
            .map(|(passage, (score, why))| Scored {
                passage: passage as PassageIdx,
                score,
                why,
                coord: 0,
            })
            .collect()
    }

    /// BM25F over the body and the short fields of one term.
    fn term(&self, term: TermId) -> Vec<Scored> {
        let index = self.index;
        let tfs = if index.field_postings(term).is_empty() {
            (index.body_passages(term).iter().enumerate())
                .map(|(nth, &p)| {
                    let mut tf = [0.0; 4];
                    tf[3] = index.positions(term, nth).len() as f32;
                    (p, tf)
                })
                .collect()
        } else {
            field_and_body_tfs(index, term)
        };
        let idf = idf(index.n_passages(), tfs.len());
        let mut avg_len = [0.0; 4];
        for field in [Field::Title, Field::Section, Field::Speaker] {
            avg_len[field as usize] = index.field_values[field as usize].avg_len;
        }
        avg_len[3] = index.avg_body_len;
        (tfs.into_iter())
            .map(|(passage, tf)| {
                let mut len = [0.0; 4];
                for field in [Field::Title, Field::Section, Field::Speaker] {
                    let values = &index.field_values[field as usize];
                    let value = values.of_passage[passage as usize];
                    if value != NO_VALUE {
                        len[field as usize] = values.lens[value as usize] as f32;
                    }
                }
                len[3] = index.body_lens[passage as usize] as f32;
                let stats = TermStats { tf, len, avg_len };
                Scored {
                    passage,
                    score: bm25f(idf, &stats, self.weights),
                    why: MatchKind::Exact.bit(),
                    coord: 0,
                }
            })
            .collect()
    }

    /// An entity's recorded mentions, scored like one occurrence of a rare word.
    fn mentions(&self, entity: usize) -> Vec<Scored> {
        let mentions = &self.corpus.entities[entity].mentions;
        let score = self.weights.alias * idf(self.index.n_passages(), mentions.len());
        let mut list: Vec<Scored> = (mentions.iter())
            .map(|&passage| Scored {
                passage,
                score,
                why: MatchKind::Alias.bit(),
                coord: 0,
            })
            .collect();
        sort_by_passage(&mut list);
        list.dedup_by_key(|s| s.passage);
        list
    }

    fn positions(&self, terms: &[TermId], passage: PassageIdx) -> Vec<u32> {
        let mut out: Vec<u32> = (terms.iter())
            .flat_map(|&t| self.index.positions_in(t, passage).iter().copied())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    fn is_phrase(&self, parts: &[Vec<Expansion>], offsets: &[u32], passage: PassageIdx) -> bool {
        let lists: Vec<Vec<u32>> = (parts.iter())
            .map(|p| self.positions(&p.iter().map(|e| e.term).collect::<Vec<_>>(), passage))
            .collect();
        lists[0].iter().any(|&p| {
            let start = p.checked_sub(offsets[0]);
            start.is_some_and(|s| {
                (lists.iter().zip(offsets)).all(|(l, &o)| l.binary_search(&(s + o)).is_ok())
            })
        })
    }
}

/// The smallest number of consecutive positions that holds one position from each list.
fn min_span(lists: &[Vec<u32>]) -> u32 {
    let mut heads = vec![0usize; lists.len()];
    let mut best = u32::MAX;
    loop {
        let (mut lo, mut hi, mut lo_list) = (u32::MAX, 0, 0);
        for (i, list) in lists.iter().enumerate() {
            let p = list[heads[i]];
            if p < lo {
                lo = p;
                lo_list = i;
            }
            hi = hi.max(p);
        }
        best = best.min(hi - lo + 1);
        heads[lo_list] += 1;
        if heads[lo_list] == lists[lo_list].len() {
            return best;
        }
    }
}

/// An order of scored passages, as a function pointer: every sort of
/// [`Scored`] lists passes one, so the standard sort is compiled once for them.
pub type Order = fn(&Scored, &Scored) -> std::cmp::Ordering;

/// Sorts `list` by `order`; equal items may move (callers either break ties
/// themselves or merge equal passages in an order-blind way).
pub fn sort_scored(list: &mut [Scored], order: Order) {
    list.sort_unstable_by(order);
}

/// Sorts by passage. Both callers then merge each passage's entries with
/// `max` and `|`, which do not depend on their order.
fn sort_by_passage(list: &mut [Scored]) {
    sort_scored(list, |a, b| a.passage.cmp(&b.passage));
}

/// The term frequencies of `term` per passage when it also occurs in a
/// title, section or speaker: `(passage, field, tf)` packed as two `u32`s and
/// sorted with the index's own `(u32, u32)` sort, then one entry per passage.
/// Each passage has one value per field, so no field is counted twice.
fn field_and_body_tfs(index: &Index, term: TermId) -> Vec<(PassageIdx, [f32; 4])> {
    let pack = |field: usize, tf: usize| ((field as u32) << 28) | tf.min(0x0fff_ffff) as u32;
    let mut packed: Vec<(PassageIdx, u32)> = Vec::new();
    for posting in index.field_postings(term) {
        let values = &index.field_values[posting.field as usize];
        let range = &values.ranges[posting.value as usize];
        for &p in &values.passages[range.start as usize..range.end as usize] {
            packed.push((p, pack(posting.field as usize, usize::from(posting.tf))));
        }
    }
    for (nth, &p) in index.body_passages(term).iter().enumerate() {
        packed.push((p, pack(3, index.positions(term, nth).len())));
    }
    packed.sort_unstable();
    let mut tfs: Vec<(PassageIdx, [f32; 4])> = Vec::new();
    for (p, code) in packed {
        if tfs.last().is_none_or(|&(last, _)| last != p) {
            tfs.push((p, [0.0; 4]));
        }
        if let Some((_, tf)) = tfs.last_mut() {
            tf[(code >> 28) as usize] += (code & 0x0fff_ffff) as f32;
        }
    }
    tfs
}

/// [`Matcher::union`] for small lists: concatenate and sort.
fn union_sorted(lists: Vec<Vec<Scored>>) -> Vec<Scored> {
    let mut all: Vec<Scored> = lists.concat();
    sort_by_passage(&mut all);
    all.dedup_by(|later, kept| {
        let same = later.passage == kept.passage;
        if same {
            kept.score = kept.score.max(later.score);
            kept.why |= later.why;
        }
        same
    });
    all
}

/// Passages in both sorted lists, scores (and coordination counts) added.
pub(crate) fn intersect(a: &[Scored], b: &[Scored]) -> Vec<Scored> {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(a.len().min(b.len()));
    while i < a.len() && j < b.len() {
        match a[i].passage.cmp(&b[j].passage) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(Scored {
                    passage: a[i].passage,
                    score: a[i].score + b[j].score,
                    why: a[i].why | b[j].why,
                    coord: a[i].coord + b[j].coord,
                });
                i += 1;
                j += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::fixture;
    use super::*;

    /// The packed `(u32, u32)` sort gives each passage the sum of its field
    /// and body frequencies, as adding them up passage by passage does.
    #[test]
    fn field_and_body_frequencies_add_up_per_passage() {
        let engine = fixture::engine();
        let index = engine.index();
        let mut checked = 0;
        for term in 0..index.n_terms() as TermId {
            if index.field_postings(term).is_empty() {
                continue;
            }
            let mut expected = std::collections::BTreeMap::<PassageIdx, [f32; 4]>::new();
            for posting in index.field_postings(term) {
                let values = &index.field_values[posting.field as usize];
                let range = &values.ranges[posting.value as usize];
                for &p in &values.passages[range.start as usize..range.end as usize] {
                    expected.entry(p).or_default()[posting.field as usize] += f32::from(posting.tf);
                }
            }
            for (nth, &p) in index.body_passages(term).iter().enumerate() {
                expected.entry(p).or_default()[3] += index.positions(term, nth).len() as f32;
            }
            let expected: Vec<(PassageIdx, [f32; 4])> = expected.into_iter().collect();
            assert_eq!(field_and_body_tfs(index, term), expected, "term {term}");
            checked += 1;
        }
        assert!(checked > 10, "only {checked} terms have field postings");
    }
}
