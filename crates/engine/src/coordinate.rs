//! Coordination: passages that hold most of a query's words. The words of a
//! query are ANDed, so a question or a long query ("did patent pledge
//! financing grow") often has no passage with every one of them. Then, as
//! Lucene's minimum-should-match does, the passages that hold most of them
//! are ranked instead, and each says which words it lacks.
//!
//! The rule:
//! - Only clauses of plain words may be left out. Quoted phrases, exclusions
//!   and field filters keep their strict meaning: a passage still needs every
//!   phrase, no exclusion and every filter.
//! - A passage must hold at least [`MIN_SHARE`] of the `n` plain words, rounded
//!   up ([`min_should_match`]); when no passage holds that many, as many as
//!   the best passage holds, so the list is never empty while one of the words
//!   occurs.
//! - Passages that hold more words rank first; among those holding as many,
//!   BM25F decides, its score scaled by `held / n` (Lucene's coordination
//!   factor), so the scores of different tiers stay comparable.
//!
//! Filler words ("now", "currently"; [`super::intent::FILLER`]) do not
//! count: they are neither needed nor reported missing.
//!
//! When it applies ([`when`]): first for a question (as [`super::intent`]
//! reads it, or a query with a function word, or ending in `?`) or a query of [`LONG_QUERY_WORDS`] or
//! more words; for a shorter keyword query only after the spelling correction
//! and the fewer-words offer (see [`super::fewer_words`]) found nothing.

use super::fold::is_stop_word;
use super::intent;
use super::matcher::{Matcher, Scored};
use super::plan::Plan;
use super::query::ParsedQuery;
use super::sort::sort_by_key;
use super::tokenize::tokenize;
use ipx_corpus::lower::Lowercase;
use ipx_corpus::PassageIdx;

/// Share of a query's plain words a passage must hold (rounded up).
pub const MIN_SHARE: f64 = 0.6;

/// Plain words from which a keyword query counts as long: its words rarely
/// all meet, and leaving one out at a time (the fewer-words offer) is a guess.
pub const LONG_QUERY_WORDS: usize = 4;

/// When a search falls back to coordination.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// Right after the strict search found nothing (questions, long queries).
    First,
    /// Only when no spelling correction or shorter query helps either.
    Last,
    /// Never: fewer than two plain words, so nothing can be left out.
    Never,
}

/// The passages that hold most of a query's plain words.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Partial {
    /// Passages that meet the minimum, sorted by passage; `coord` is the
    /// number of plain words each holds, `score` its scaled BM25F.
    pub matched: Vec<Scored>,
    /// Whether some of `matched` lack a word (when every passage that holds
    /// the content words lacks only question or filler words, none does).
    pub lacking: bool,
    /// Each plain word (or alias run) as typed, with the passages that hold
    /// it, sorted.
    words: Vec<(String, Vec<PassageIdx>)>,
}

impl Partial {
    /// The plain words of the query, as typed, that `passage` lacks.
    pub fn missing(&self, passage: PassageIdx) -> Vec<String> {
        (self.words.iter())
            .filter(|(_, held)| held.binary_search(&passage).is_err())
            .map(|(word, _)| word.clone())
            .collect()
    }
}

/// Least number of the `n_words` plain words a passage must hold: `⌈0.6·n⌉`,
/// at least 1. Two words need both, three or four need two or three, five
/// need three.
pub fn min_should_match(n_words: usize) -> usize {
    ((n_words as f64 * MIN_SHARE).ceil() as usize).max(1)
}

/// When a search for `parsed`, planned as `plan`, coordinates.
pub fn when(parsed: &ParsedQuery, plan: &Plan, query: &str) -> When {
    let n_words = plain_words(plan).len();
    if n_words < 2 {
        return When::Never;
    }
    let asked = intent::read(parsed).question
        || query.trim_end().ends_with('?')
        || (parsed.words.iter()).any(|w| is_stop_word(&w.token.word));
    if asked || n_words >= LONG_QUERY_WORDS {
        When::First
    } else {
        When::Last
    }
}

/// The distinct plain-word clauses of `plan` (by their folded text), as
/// `(clause index, words as typed)`, leaving out filler words ("now",
/// "currently", "please": [`intent::FILLER`]), which are neither needed nor
/// reported missing. Words that say what is asked ("grow", "target", "2023")
/// stay: the passage that answers tends to hold them. When the query has
/// nothing but filler, every plain-word clause counts.
fn plain_words(plan: &Plan) -> Vec<(usize, &str)> {
    let filler = |words: &str| {
        (tokenize(words).iter()).all(|t| intent::FILLER.binary_search(&t.word.as_str()).is_ok())
    };
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for (at, clause) in plan.clauses.iter().enumerate() {
        let Some(words) = clause.words.as_deref() else {
            continue;
        };
        let folded = words.lowercase();
        if !seen.contains(&folded) {
            seen.push(folded);
            out.push((at, words));
        }
    }
    let counted: Vec<(usize, &str)> = out.iter().copied().filter(|(_, w)| !filler(w)).collect();
    if counted.is_empty() {
        out
    } else {
        counted
    }
}

impl Matcher<'_> {
    /// The passages that meet every phrase of `plan`, no exclusion, pass
    /// `keep` (the query's field filters) and hold most of its plain words.
    pub fn coordinate(&self, plan: &Plan, keep: impl Fn(PassageIdx) -> bool) -> Partial {
        let plain = plain_words(plan);
        let n_words = plain.len();
        let mut words = Vec::with_capacity(n_words);
        let mut held: Vec<Scored> = Vec::new();
        for &(at, typed) in &plain {
            let list = self.clause(&plan.clauses[at]);
            words.push((typed.to_string(), list.iter().map(|s| s.passage).collect()));
            held.extend(list.into_iter().map(|s| Scored { coord: 1, ..s }));
        }
        // Stable, so each passage's entries keep the clauses' order.
        sort_by_key(&mut held, |s| s.passage);
        held.dedup_by(|later, kept| {
            let same = later.passage == kept.passage;
            if same {
                kept.score += later.score;
                kept.why |= later.why;
                kept.coord = kept.coord.saturating_add(later.coord);
            }
            same
        });
        let phrases = (plan.clauses.iter()).filter(|c| c.words.is_none());
        if let Some(required) = self.all_of(phrases) {
            held = super::matcher::intersect(&held, &required);
        }
        self.drop_excluded(plan, &mut held);
        held.retain(|s| keep(s.passage));
        let best = held.iter().map(|s| s.coord as usize).max().unwrap_or(0);
        let least = min_should_match(n_words).min(best);
        held.retain(|s| s.coord as usize >= least);
        for s in &mut held {
            s.score *= s.coord as f32 / n_words.max(1) as f32;
        }
        Partial {
            lacking: held.iter().any(|s| (s.coord as usize) < n_words),
            matched: held,
            words,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;
    use crate::search::SearchRequest;

    #[test]
    fn the_minimum_is_three_fifths_of_the_words_rounded_up() {
        let got: Vec<usize> = (0..=6).map(min_should_match).collect();
        assert_eq!(got, [1, 1, 2, 2, 3, 3, 4]);
    }

    /// Passage ids shown, each with the words it lacks: `id[-a,-b]`.
    fn shown(query: &str) -> String {
        let engine = fixture::engine();
        let results = engine.search(&SearchRequest::new(query));
        let mut out = Vec::new();
        for hit in (results.hits.iter()).flat_map(|h| std::iter::once(h).chain(&h.more)) {
            let id = &engine.corpus().passages[hit.passage as usize].id;
            let missing: Vec<String> = hit.missing.iter().map(|m| format!("-{m}")).collect();
            out.push(format!("{id}[{}]", missing.join(",")));
        }
        format!("partial={} {}", results.partial, out.join(" "))
    }

    #[test]
    fn a_question_with_an_absent_word_still_returns_passages() {
        // "universities" is nowhere in the fixture; the other content words
        // meet in the talent report.
        expect_test::expect!["partial=true talent#p1[-universities] talent#p2[-universities]"]
            .assert_eq(&shown("how much IP talent is there in universities?"));
        // "now" is filler (see `intent::FILLER`): not a word a passage must
        // hold, nor one to report missing.
        expect_test::expect!["partial=false talent#p1[] talent#p2[]"]
            .assert_eq(&shown("how much IP talent is there now?"));
        // Every word present together: a strict search, nothing is missing.
        expect_test::expect!["partial=false talent#p1[]"]
            .assert_eq(&shown("how much did IP talent increase"));
    }

    #[test]
    fn passages_holding_more_words_rank_first_then_by_bm25() {
        // Eight words: a passage needs five. briefing#p4 holds six, briefing#p3
        // five; no passage holds them all.
        // (`domestic`, not `enterprises`: the synonym registry lets
        // `enterprises` match briefing#p3's `companies`.)
        let query = "did china protect foreign domestic equally by law? questions reuters";
        expect_test::expect![[
            "partial=true briefing#p4[-china,-reuters] briefing#p3[-domestic,-equally,-law]"
        ]]
        .assert_eq(&shown(query));
        let engine = fixture::engine();
        let results = engine.search(&SearchRequest::new(query));
        let hits: Vec<&crate::Hit> = (results.hits.iter())
            .flat_map(|h| std::iter::once(h).chain(&h.more))
            .collect();
        // The passage with more words comes first even when it scores lower
        // per word: order is by words held, then by score.
        assert!(hits[0].missing.len() < hits[1].missing.len());
        // Within one tier, BM25 orders: the same query with the words of
        // neither tie-breaker gives two passages of one tier, best score first.
        let tied = engine.search(&SearchRequest::new("did china protect foreign qqqzzz"));
        assert!(tied.partial);
        let scores: Vec<(usize, f32)> = (tied.hits.iter())
            .flat_map(|h| std::iter::once(h).chain(&h.more))
            .map(|h| (h.missing.len(), h.score))
            .collect();
        assert!(
            scores
                .windows(2)
                .all(|w| w[0].0 < w[1].0 || (w[0].0 == w[1].0 && w[0].1 >= w[1].1)),
            "{scores:?}"
        );
    }

    #[test]
    fn phrases_exclusions_and_filters_stay_strict() {
        // The phrase must stand whole; only the plain words may be missing.
        let got = shown("\"press conference\" qqqzzz reuters shen changyu ");
        assert!(got.starts_with("partial=true"), "{got}");
        assert!(!got.contains("talent#"), "{got}");
        for id in got.split(' ').skip(1) {
            assert!(
                id.starts_with("briefing#p1") || id.starts_with("culture#p1"),
                "{got}"
            );
        }
        // An excluded word drops its passages, whatever else they hold.
        let got = shown("did foreign companies protect patents -reuters");
        assert!(!got.contains("briefing#p3"), "{got}");
        assert!(got.contains("briefing#p4"), "{got}");
        // A field filter keeps its meaning.
        let got = shown("did foreign companies protect patents kind:news");
        assert_eq!(got, "partial=false ", "{got}");
    }
}
