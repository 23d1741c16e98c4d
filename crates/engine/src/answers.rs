//! Answers: the canonical figures that answer a query, best first, each with
//! its series (the measure's other figures in the same unit).
//!
//! The parts live in sibling modules, in the order a query meets them:
//! [`super::answer_match`] weighs the query's words and finds the measures
//! they name, [`super::answer_units`] says whether a figure's unit fits what
//! is asked, [`super::answer_coverage`] measures how much of the query a
//! figure's context holds, [`super::answer_rank`] builds the sort key of the
//! ranking below (with [`super::answer_periods`] for dates), and
//! [`super::answer_series`] lists an answer's series. This module ties them
//! together and applies the thresholds and the filters.
//!
//! Ranking, in this order of precedence:
//! 0. **the unit hinted**, when the question hints one ("how many days",
//!    "how much money", "what share"): only a figure in such a unit can
//!    answer it (a duration asked gets no other figure at all, nor does a
//!    count asked, "how many", get a sum, a percentage or a duration); a question
//!    that hints none and names no length of time gets a duration last;
//! 1. **measure match**, in steps of a fifth
//!    ([`SCORE_STEPS`](super::answer_rank::SCORE_STEPS)): how much of the
//!    query's content (each word weighted by its rarity in the passages) the
//!    figure's measure names (name and labels, with synonyms, word forms and
//!    acronyms), its source sentences or passages hold, or its documents'
//!    titles and sections hold, and how much of the measure's own wording
//!    the query covers. A question asking for a goal lets a target figure
//!    up one step, so a target beats an actual figure only a step better
//!    named;
//!    A measure need not name the question's scope words (they say where
//!    the figure holds, not what it counts), unless naming them helps it;
//! 2. **the scope** asked ("at the Nansha centre", "by universities"): a
//!    figure whose measure names every scope word first, then one whose
//!    source sentence or document title holds them, then the rest;
//! 3. **the kind asked** ([`Asked`](super::intent::Asked)): a target for
//!    "target", a change for "grow", otherwise an actual figure (a target
//!    before a change);
//! 4. **the period asked** ([`Period`]): an exact match of the year, range
//!    or edge first, then a figure inside the period, then one overlapping it;
//! 5. **when** asked ("now", "before"): the latest figure first, or the
//!    earliest for "before" (a figure without a date of its own counts as
//!    older than every dated one, in its document's date order);
//! 6. the finer measure match (figures of one measure share their best
//!    one's, so this orders measures: a clearly better named measure is not
//!    beaten by another's newer date), then the latest figure first, the
//!    figure stated by more passages, and corpus order.
//!
//! Contrast: a measure that names an alternative to a word the question
//! counts by, and not the word itself (`trademark agencies` for "how many
//! patent agencies"), never answers ([`super::contrast`]).
//!
//! Threshold: a figure answers only when its measure's words carry at least
//! [`MIN_NAMED`] of the query's content weight, everything it is stated with
//! covers at least [`MIN_COVERED`], and the query covers enough of the
//! measure's wording: [`MIN_WORDING_QUESTION`] for a question,
//! [`MIN_WORDING_KEYWORDS`] for bare keywords (so `trademark` alone does not
//! pick one of the many trademark measures at random, while "how many IP
//! professionals does China have" names `IP professionals` clearly), or
//! bare keywords of two words or more that are a phrase of the measure's
//! wording (`pledge financing`) and carry [`MIN_NAMED_PHRASE`] of the
//! query's weight.
//!
//! Filters: a figure answers only if one of its source passages passes the
//! request's facet filters and the query's field filters.
//!
//! Invariant: at most one answer per measure (its other figures are its
//! series), at most [`MAX_ANSWERS`], deterministic order; a query with no
//! content word has no answers.

use ipx_corpus::lower::Lowercase;
use std::collections::BTreeMap;

use super::answer_match::{holds_phrase, in_terms, Word};
use super::answer_rank::Key;
use super::answer_units::{
    counts_occasions, fee_rate, is_personal, noun_after, unit_counts, unit_fits,
};
use super::facets::{Facet, Selection};
use super::intent::{read, Period, UnitHint};
use super::query::ParsedQuery;
use super::search::{Engine, SearchRequest};
use super::sort::sort_by;
use ipx_corpus::{Figure, FigureIdx};

/// Most answers one query gets.
pub const MAX_ANSWERS: usize = 5;
/// Least share of the query's content weight the measure must name.
pub const MIN_NAMED: f32 = 0.3;
/// Least share of the query's content weight the figure must cover.
pub const MIN_COVERED: f32 = 0.5;
/// Least share of the measure's wording a question must cover.
pub const MIN_WORDING_QUESTION: f32 = 0.25;
/// Least share of the measure's wording bare keywords must cover.
pub const MIN_WORDING_KEYWORDS: f32 = 0.6;
/// Least share of bare keywords' weight the measure must name for the
/// keywords to answer as a phrase of its wording.
pub const MIN_NAMED_PHRASE: f32 = 0.9;
/// How far below its measure's best a figure's score may fall and still
/// rank as the best's equal.
pub const SAME_MEASURE_SLACK: f32 = 0.2;
/// How far below the best answer's score another measure's figure may fall
/// and still rank as its equal when the question names a period.
pub const CLOSE_MEASURE_SLACK: f32 = 0.15;
/// Figures whose source sentences are read, best named measures first.
const MAX_SENTENCE_FIGURES: usize = 16;

/// One figure that answers the query.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// The figure, an index into [`Engine::answer_figures`].
    pub figure: FigureIdx,
    /// How well it answers, 0–1 (the measure match); only the order of
    /// answers is meaningful.
    pub score: f32,
    /// The measure's other figures in the same unit: actual and change
    /// figures by date, then targets by date.
    pub series: Vec<FigureIdx>,
    /// The period the question asked for, when this figure is dated
    /// outside it: no figure of the measure was stated for that period,
    /// and one of another period answers (the best by the usual order).
    /// `None` when the question names no period, or the figure lies in or
    /// overlaps it, or has no date at all.
    pub outside: Option<Period>,
}

impl Engine {
    /// The figures that answer `request`'s query, best first (see the
    /// module documentation).
    pub fn answers(&self, request: &SearchRequest) -> Vec<Answer> {
        let parsed = self.parse(&request.query);
        self.answers_for(&parsed, &request.filters)
    }

    /// The measures answers name: the corpus's canonical measures, or for a
    /// corpus compiled without them, one per distinct fact label.
    pub fn answer_measures(&self) -> &[ipx_corpus::Measure] {
        self.answer_words().measures(self.corpus())
    }

    /// The figures answers index: the corpus's canonical figures, or for a
    /// corpus compiled without them, one per fact.
    pub fn answer_figures(&self) -> &[Figure] {
        self.answer_words().figures(self.corpus())
    }

    /// [`Engine::answers`] for a parsed query and facet filters.
    pub(crate) fn answers_for(
        &self,
        parsed: &ParsedQuery,
        filters: &BTreeMap<Facet, Vec<String>>,
    ) -> Vec<Answer> {
        let intent = read(parsed);
        let words = self.weighted(&intent);
        let total: f32 = words.iter().map(|w| w.weight).sum();
        if total <= 0.0 || intent.asks_who_or_why {
            return Vec::new();
        }
        let tables = self.answer_words();
        let selection = self.selection(filters, false);
        let mut typed: BTreeMap<Facet, Vec<String>> = BTreeMap::new();
        for (facet, value) in &parsed.filters {
            typed.entry(*facet).or_default().push(value.clone());
        }
        let hard = self.selection(&typed, true);
        let figures = tables.figures(self.corpus());
        let mut ranked: Vec<(Key, FigureIdx, f32)> = Vec::new();
        let wording_floor = if intent.question {
            MIN_WORDING_QUESTION
        } else {
            MIN_WORDING_KEYWORDS
        };
        // The best named measures' first figures get their sentences read.
        let mut read_sentences = MAX_SENTENCE_FIGURES;
        for (measure, named, wording) in self.candidate_measures(&words) {
            // Bare keywords that are a phrase of the measure's wording
            // (`pledge financing` in `patent and trademark pledge
            // financing`) name it as clearly as a question does.
            let phrase = !intent.question
                && named >= MIN_NAMED_PHRASE
                && (tables.wordings(measure).iter()).any(|w| holds_phrase(w, &words));
            if named < MIN_NAMED || (wording < wording_floor && !phrase) {
                continue;
            }
            if self.contradicted(measure, &words) {
                continue;
            }
            // A measure that names only a name of the question ("Bright
            // Harbour Fund II closed" for "how much did Bright Harbour pay
            // for …") says whose a figure is, not what it counts.
            if self.names_only_whose(measure, &words) {
                continue;
            }
            // "How many mediators …?" is answered by a figure that counts
            // mediators (in its measure or its unit), never by a count of
            // arbitrators on the same roster.
            // Only people are held to it: a count of things is often
            // named by another noun of the same things ("applications"
            // stated as "trademarks filed").
            let asked = (intent.counted.as_deref())
                .and_then(|c| intent.words.iter().find(|w| w.term == c))
                .map_or("", |w| w.word.as_str());
            // The counted noun of a "how many" question the measure does
            // not name.
            let unnamed = (intent.counted.as_deref())
                .filter(|_| intent.unit == Some(UnitHint::Count) && !asked.is_empty())
                .and_then(|c| words.iter().find(|w| w.term == c))
                .filter(|w| in_terms(w, tables.terms(measure), 1.0, 1.0) == 0.0);
            let counted = unnamed.filter(|_| is_personal(asked));
            // The counted noun of a "how many" question, named or not.
            let asked_word = (intent.counted.as_deref())
                .filter(|_| intent.unit == Some(UnitHint::Count))
                .and_then(|c| words.iter().find(|w| w.term == c));
            // The other way round, people never answer a count of things:
            // "how many cases" is not answered by a unit's 18 investigators.
            let thing = unnamed.filter(|_| !is_personal(asked));
            let mut scored: Vec<(FigureIdx, f32, u8)> = Vec::new();
            for &f in &tables.figures_of[measure] {
                let figure = &figures[f as usize];
                if !self.passes(figure, &selection, &hard) {
                    continue;
                }
                // "How long …?" is answered by a length of time or not at
                // all: a count is no answer to it; nor is a sum of money or
                // a percentage an answer to "how many …?", nor a count of
                // people to "how much did fees bring?" (a fee may be a
                // percentage: "the annual guarantee fee").
                if let Some(hint @ (UnitHint::Duration | UnitHint::Count | UnitHint::Money)) =
                    intent.unit
                {
                    if !unit_fits(hint, &figure.unit) && !fee_rate(&intent, &figure.unit) {
                        continue;
                    }
                }
                let counts = |w: &Word| {
                    unit_counts(w, asked, &figure.unit, tables.terms(measure))
                        || (figure.facts.iter())
                            .filter_map(|&f| self.corpus().facts.get(f as usize))
                            .any(|fact| noun_after(fact, w))
                };
                let sentences = read_sentences > 0;
                read_sentences = read_sentences.saturating_sub(1);
                if counted.is_some_and(|w| !counts(w)) {
                    continue;
                }
                // "How many people …?" is not answered by attendances or
                // effort (`person-times`, `man-days`), though their measure
                // names persons.
                let unit = figure.unit.lowercase();
                if is_personal(asked) && counts_occasions(&unit) {
                    continue;
                }
                // `is_personal` holds `people` too.
                let of_people = is_personal(&unit);
                if of_people && thing.is_some_and(|w| !counts(w)) {
                    continue;
                }
                // Nor are people counted by things the measure says they
                // did: "how many volunteers" is not answered by `queries
                // answered by volunteers`.
                if !of_people && is_personal(asked) && asked_word.is_some_and(|w| !counts(w)) {
                    continue;
                }
                let (covered, scope) =
                    self.covered(figure, f, tables.terms(measure), &words, sentences);
                let covered = covered / total;
                if covered >= MIN_COVERED {
                    scored.push((f, 0.75 * covered + 0.25 * wording, scope));
                }
            }
            // Figures of one measure whose context differs only by a light
            // word ("doubled", "amount") rank as equals, so the kind and
            // the period decide between them; a figure whose context lacks
            // a heavy word (a place the question names) falls behind.
            let best = scored.iter().map(|s| s.1).fold(0.0, f32::max);
            for (f, score, scope) in scored {
                let rank_score = if score >= best - SAME_MEASURE_SLACK {
                    best
                } else {
                    score
                };
                let mut key = self.key(&figures[f as usize], f, rank_score, &intent);
                key.scope = scope;
                ranked.push((key, f, score));
            }
        }
        ranked.extend(self.sentence_answers(&intent, &words, total, &selection, &hard));
        // Measures that match about as well as the best one rank as its
        // equals, so the kind and the period asked decide between them:
        // "in 2024" is answered by 2024's `time taken to reply` before
        // 2023's `reply time`, whose score fell just over a step above.
        if intent.period.is_some() {
            let best = ranked.iter().map(|r| r.2).fold(f32::MIN, f32::max);
            // The kind asked keeps its step: a close actual figure is not
            // lifted to a target's boosted score when a goal is asked.
            let top = (ranked.iter())
                .filter(|r| r.2 >= best)
                .map(|r| r.0.score - r.0.boost)
                .max()
                .unwrap_or(0);
            for entry in &mut ranked {
                let plain = entry.0.score - entry.0.boost;
                if entry.2 >= best - CLOSE_MEASURE_SLACK && plain < top {
                    entry.0.score = top + entry.0.boost;
                }
            }
        }
        sort_by(&mut ranked, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut answers: Vec<Answer> = Vec::new();
        for (key, f, score) in ranked {
            let measure = figures[f as usize].measure;
            if answers
                .iter()
                .any(|a| figures[a.figure as usize].measure == measure)
            {
                continue;
            }
            // The period's fit is `fit * 2 + months` (see `Engine::key`): under 2
            // the figure's years do not meet the period asked.
            let dated = self.figure_years(&figures[f as usize]).is_some();
            answers.push(Answer {
                figure: f,
                score,
                series: self.series(f),
                outside: intent.period.filter(|_| dated && key.period < 2),
            });
            if answers.len() == MAX_ANSWERS {
                break;
            }
        }
        answers
    }

    /// Whether one of the figure's source passages passes both selections.
    pub(crate) fn passes(&self, figure: &Figure, selection: &Selection, hard: &Selection) -> bool {
        let tables = self.facets_tables();
        (figure.facts.iter())
            .filter_map(|&f| self.corpus().facts.get(f as usize))
            .any(|fact| {
                tables.failures(fact.passage, selection) == 0
                    && tables.failures(fact.passage, hard) == 0
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer_checks::{answers, answers_with, first, show};
    use crate::fixture;
    use crate::intent::Edge;

    #[test]
    fn synonyms_word_forms_and_acronyms_name_the_measure() {
        assert_eq!(first("IP talent now"), "860000 people 2023-12 actual");
        assert_eq!(
            first("intellectual property talent"),
            "860000 people 2023-12 actual"
        );
        assert_eq!(
            first("How many invention patents were authorized in 2023?"),
            "920000 patents 2023 actual"
        );
        assert_eq!(
            first("How long is the review period for invention patents now?"),
            "16 months 2023 actual"
        );
    }

    #[test]
    fn unrelated_queries_have_no_answers() {
        for query in [
            "trademark",
            "copyright",
            "weather in Beijing",
            "how many",
            "",
            "what is the press conference about?",
        ] {
            assert_eq!(answers(query), Vec::<String>::new(), "{query}");
        }
        // Named clearly, a measure answers keywords too.
        assert_eq!(
            first("trademark registrations"),
            "4400000 registrations 2023 actual"
        );
        // Two words in a row of a longer measure name it too; two words
        // that are no phrase of it do not.
        assert_eq!(answers("examination period").len(), 1);
        assert!(first("examination period").ends_with("months 2023 actual"));
        assert_eq!(answers("patents examination"), Vec::<String>::new());
    }

    #[test]
    fn a_question_answers_when_the_measure_is_clearly_named_among_other_words() {
        assert_eq!(
            first(
                "Could you tell me how many IP professionals the whole country has trained so far?"
            ),
            "860000 people 2023-12 actual"
        );
        // Bare keywords naming a small part of several measures answer nothing.
        assert_eq!(answers("patents"), Vec::<String>::new());
        assert_eq!(answers("granted"), Vec::<String>::new());
    }

    #[test]
    fn filters_narrow_the_answers() {
        let mut filters = BTreeMap::new();
        filters.insert(Facet::Doc, vec!["briefing".to_string()]);
        assert_eq!(
            answers_with("invention patents granted", filters),
            ["530000 patents 2020 actual"]
        );
        assert_eq!(
            answers("invention patents granted doc:briefing"),
            ["530000 patents 2020 actual"]
        );
        assert_eq!(
            answers("invention patents granted year:2019"),
            Vec::<String>::new()
        );
    }

    /// The first answer to `query` over the fixture, and the period asked
    /// when that answer lies outside it.
    fn first_outside(query: &str) -> (String, Option<Period>) {
        let engine = fixture::engine_with_figures();
        let figures = engine.answer_figures();
        (engine.answers(&SearchRequest::new(query)).first()).map_or(("nothing".into(), None), |a| {
            (show(&figures[a.figure as usize]), a.outside)
        })
    }

    #[test]
    fn an_answer_from_another_period_says_which_period_was_asked() {
        let years = |from, to, edge| Period::Years { from, to, edge };
        // No figure of IP professionals is stated for 2019: another one
        // answers (the nearest year's, not the latest), marked as outside
        // the year asked.
        assert_eq!(
            first_outside("How many IP professionals were there in 2019?"),
            (
                "690000 people 2020 actual".into(),
                Some(years(2019, 2019, Edge::Whole))
            )
        );
        // A figure of the year asked, or one overlapping it, is no miss.
        assert_eq!(
            first_outside("How many IP professionals were there in 2020?"),
            ("690000 people 2020 actual".into(), None)
        );
        assert_eq!(
            first_outside("How much has the examination period been cut since 2019?"),
            ("6 months 2019/2023 change".into(), None)
        );
        // Nor is any figure when the question names no period.
        assert_eq!(
            first_outside("How many IP professionals does China have?"),
            ("860000 people 2023-12 actual".into(), None)
        );
    }
}
