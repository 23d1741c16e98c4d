//! Answers: the canonical figures that answer a query, best first, each with
//! its series (the measure's other figures in the same unit).
//!
//! Ranking, in this order of precedence:
//! 0. **the unit hinted**, when the question hints one ("how many days",
//!    "how much money", "what share"): only a figure in such a unit can
//!    answer it (a duration asked gets no other figure at all, nor does a
//!    count asked, "how many", get a sum, a percentage or a duration); a question
//!    that hints none and names no length of time gets a duration last;
//! 1. **measure match**, in steps of a fifth ([`SCORE_STEPS`]): how much of the query's content
//!    (each word weighted by its rarity in the passages) the figure's measure
//!    names (name and labels, with synonyms, word forms and acronyms), its
//!    source sentences or passages hold, or its documents' titles and
//!    sections hold,
//!    and how much of the measure's own wording the query covers. A
//!    question asking for a goal lets a target figure up one step, so a
//!    target beats an actual figure only a step better named;
//!    A measure need not name the question's scope words (they say where
//!    the figure holds, not what it counts), unless naming them helps it;
//! 2. **the scope** asked ("at the Nansha centre", "by universities"): a
//!    figure whose measure names every scope word first, then one whose
//!    source sentence or document title holds them, then the rest;
//! 3. **the kind asked** ([`Asked`]): a target for "target", a change for
//!    "grow", otherwise an actual figure (a target before a change);
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

use std::collections::BTreeMap;

use super::answer_words::content_terms;
use super::facets::{Facet, Selection};
use super::fold::stem;
use super::index::{Field, TermId};
use super::intent::{read, Asked, Edge, Intent, Period, UnitHint, When};
use super::query::ParsedQuery;
use super::search::{Engine, SearchRequest};
use super::sort::sort_by;
use super::synonyms::{self, loosely_same, others};
use ipx_corpus::{FactKind, Figure, FigureIdx};

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
/// Measure match is compared in steps of `1 / SCORE_STEPS`: closer scores
/// are equal, and the kind, period and date decide.
pub const SCORE_STEPS: f32 = 5.0;
/// How far below its measure's best a figure's score may fall and still
/// rank as the best's equal.
pub const SAME_MEASURE_SLACK: f32 = 0.2;
/// Figures whose source sentences are read, best named measures first.
const MAX_SENTENCE_FIGURES: usize = 16;
/// Source sentences read per figure (its first source).
const MAX_SENTENCES_PER_FIGURE: usize = 1;
/// Bytes of a sentence read on each side of the quantity: a "sentence" of
/// text without full stops (a list, a table) can run for pages.
const SENTENCE_WINDOW: usize = 120;
/// Measures whose figures are looked at closely, best named first.
const MAX_CANDIDATE_MEASURES: usize = 32;

/// Words for people in general: any count of people is named by them.
const GENERAL_PEOPLE: &[&str] = &[
    "people",
    "staff",
    "employees",
    "workforce",
    "headcount",
    "personnel",
];

/// Credit of a word that a measure's name or labels hold.
const IN_MEASURE: f32 = 1.0;
/// Credit of a word that a measure holds in another form (`registered`, `registration`).
const IN_MEASURE_LOOSELY: f32 = 0.8;
/// Credit of a word that a source sentence holds.
const IN_SENTENCE: f32 = 0.7;
/// Credit of a word that a source passage holds.
const IN_PASSAGE: f32 = 0.6;
/// Credit of a word that a source document's title or section holds.
const IN_TITLE: f32 = 0.4;

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

/// A query word with its weight and the forms it matches.
pub(crate) struct Word {
    pub(crate) term: String,
    pub(crate) weight: f32,
    /// The full name's terms when the word is an acronym.
    pub(crate) expansion: Vec<String>,
    /// The index terms of the word and its synonyms.
    pub(crate) forms: Vec<TermId>,
    /// The index terms of the acronym's full name.
    pub(crate) expansion_ids: Vec<TermId>,
    /// The titles (by document) and sections (by value) that hold one of
    /// `forms`, sorted.
    pub(crate) fields: Vec<(Field, u32)>,
    /// A word of a scope phrase ("at the fast-track centre").
    pub(crate) scope: bool,
    /// A word of the question's subject ("does the Marlow bureau have"):
    /// whose figure is asked, which a measure need not name.
    pub(crate) whose: bool,
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
        for (measure, named, wording) in self.candidate_measures(&words, total) {
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
                // a percentage an answer to "how many …?".
                if let Some(hint @ (UnitHint::Duration | UnitHint::Count)) = intent.unit {
                    if !unit_fits(hint, &figure.unit) {
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
                let unit = figure.unit.to_lowercase();
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
            // The period's fit is `fit * 2 + months` (see `key`): under 2
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

    /// The intent's content words with their weights: the rarer in the
    /// passages, the heavier (`ln(1 + N / (df + 1))`). A word no passage
    /// holds weighs as the rarest when a measure names it, else nothing:
    /// it cannot tell figures apart. A duration asked ("how long", "how
    /// many days") adds the implied word `period` at the mean weight.
    pub(crate) fn weighted(&self, intent: &Intent) -> Vec<Word> {
        let index = self.index();
        let n = index.n_passages().max(1) as f32;
        let tables = self.answer_words();
        let mut out = Vec::new();
        for w in &intent.words {
            let term = (index.word_term(&w.word)).or_else(|| index.term_id(&w.term));
            let df = term.map_or(0, |t| index.body_df(t));
            let mut forms: Vec<TermId> = term.into_iter().collect();
            let synonyms = std::iter::once(w.term.as_str()).chain(others(&w.term));
            forms.extend(synonyms.filter_map(|t| index.term_id(t)));
            forms.sort_unstable();
            forms.dedup();
            let expansion = (tables.expansion(&w.term)).map_or_else(Vec::new, <[String]>::to_vec);
            let expansion_ids: Vec<TermId> =
                expansion.iter().filter_map(|t| index.term_id(t)).collect();
            let expansion_ids = if expansion_ids.len() == expansion.len() {
                expansion_ids
            } else {
                Vec::new()
            };
            let named = tables.names(&w.term);
            let mut fields: Vec<(Field, u32)> = (forms.iter())
                .flat_map(|&t| index.field_postings(t))
                .filter(|p| p.field != Field::Speaker)
                .map(|p| (p.field, p.value))
                .collect();
            sort_by(&mut fields, Ord::cmp);
            fields.dedup();
            let weight = if df > 0 {
                (1.0 + n / (df as f32 + 1.0)).ln()
            } else if named {
                (1.0 + n).ln()
            } else {
                0.0
            };
            out.push(Word {
                term: w.term.clone(),
                weight,
                expansion,
                forms,
                expansion_ids,
                fields,
                scope: w.scope,
                whose: w.whose,
            });
        }
        // "How many days does it take": the duration asked is the measure's
        // word ("time", "period", "wait") the question leaves implied.
        let duration = synonyms::answer_term("period", &stem("period"));
        if intent.unit == Some(UnitHint::Duration) && !out.iter().any(|w| w.term == duration) {
            let weighed: Vec<f32> = out.iter().map(|w| w.weight).filter(|&w| w > 0.0).collect();
            let mean = weighed.iter().sum::<f32>() / weighed.len().max(1) as f32;
            let mut forms: Vec<TermId> = (std::iter::once(duration.as_str()))
                .chain(others(&duration))
                .filter_map(|t| index.term_id(t))
                .collect();
            forms.sort_unstable();
            out.push(Word {
                term: duration,
                weight: if mean > 0.0 { mean } else { 1.0 },
                expansion: Vec::new(),
                fields: Vec::new(),
                forms,
                expansion_ids: Vec::new(),
                scope: false,
                whose: false,
            });
        }
        out
    }

    /// Whether the query words measure `m` names are all words of the name
    /// that opens its wording (a run of two capitalised words or more)
    /// while the query has a weighed word it lacks.
    pub(crate) fn names_only_whose(&self, m: usize, words: &[Word]) -> bool {
        let tables = self.answer_words();
        let terms = tables.terms(m);
        let Some(measure) = self.answer_measures().get(m) else {
            return false;
        };
        let mut names: Vec<String> = Vec::new();
        for label in std::iter::once(&measure.name).chain(&measure.labels) {
            let tokens: Vec<&str> = label.split_whitespace().collect();
            let capital = |i: usize| {
                tokens
                    .get(i)
                    .is_some_and(|t| t.starts_with(|c: char| c.is_uppercase()))
            };
            // Only a name that opens the label is whose the figure is; one
            // after a preposition says what (`rank in the Global
            // Innovation Index`).
            let run = (0..tokens.len()).take_while(|&i| capital(i)).count();
            if run < 2 {
                continue;
            }
            for token in &tokens[..run] {
                let w = token
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase();
                names.push(synonyms::answer_term(&w, &stem(&w)));
            }
        }
        let named = |w: &Word| in_terms(w, terms, 1.0, 1.0) > 0.0;
        let matched: Vec<&Word> = words.iter().filter(|w| named(w)).collect();
        !matched.is_empty()
            && matched.iter().all(|w| names.contains(&w.term))
            && words.iter().any(|w| w.weight > 0.0 && !named(w))
    }

    /// Whether measure `m` counts an alternative to what the question asks
    /// for ([`super::contrast`]): it lacks a word of the question (a scope
    /// word too: "the fee for a trademark") and names the word's
    /// alternative instead.
    pub(crate) fn contradicted(&self, m: usize, words: &[Word]) -> bool {
        let terms = self.answer_words().terms(m);
        let mut query_terms: Vec<String> = words.iter().map(|w| w.term.clone()).collect();
        query_terms.sort_unstable();
        let contrasts = self.contrasts();
        // Every word counts, even one no passage holds (it weighs nothing
        // in the match, but "patent agencies" still are not trademark ones).
        (words.iter())
            .filter(|w| in_terms(w, terms, 1.0, 1.0) == 0.0)
            .any(|w| contrasts.contradicts(terms, &w.term, &query_terms))
    }

    /// `(measure, named share, wording share)` of the measures that name
    /// some query word, best named first, at most [`MAX_CANDIDATE_MEASURES`].
    pub(crate) fn candidate_measures(&self, words: &[Word], total: f32) -> Vec<(usize, f32, f32)> {
        let tables = self.answer_words();
        let mut query_terms: Vec<String> = words.iter().map(|w| w.term.clone()).collect();
        tables.widen(&mut query_terms);
        let mut candidates: Vec<u32> = Vec::new();
        for w in words.iter().filter(|w| w.weight > 0.0) {
            candidates.extend(tables.measures_with(&w.term));
            if let Some(first) = w.expansion.first() {
                candidates.extend(tables.measures_with(first));
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        // Scope words ("at the Nansha centre") say where the figure holds,
        // and the question's subject ("does the Marlow bureau have") whose
        // it is, not what it counts: a measure need not name them.
        let counted = |w: &&Word| !w.scope && !w.whose;
        let scoped_total: f32 = words.iter().filter(counted).map(|w| w.weight).sum();
        let (named_words, named_total): (Vec<&Word>, f32) = if scoped_total > 0.0 {
            (words.iter().filter(counted).collect(), scoped_total)
        } else {
            (words.iter().collect(), total)
        };
        let mut out: Vec<(usize, f32, f32)> = Vec::new();
        let measures = tables.measures(self.corpus());
        // "How many people work at …" is named by a count of people in
        // any words (`team of …`, `staff employed by …`, `headcount`).
        // So is "how many staff …" (`employees`, `workforce`, `headcount`).
        let people: Vec<String> = GENERAL_PEOPLE
            .iter()
            .map(|p| synonyms::answer_term(p, &stem(p)))
            .collect();
        for m in candidates.into_iter().map(|m| m as usize) {
            let terms = tables.terms(m);
            let of_people = measures.get(m).is_some_and(|x| x.unit == "people");
            let credit = |w: &Word| {
                let named = in_terms(w, terms, IN_MEASURE, IN_MEASURE_LOOSELY);
                let named = if of_people && people.contains(&w.term) {
                    named.max(IN_MEASURE_LOOSELY)
                } else {
                    named
                };
                w.weight * named
            };
            // A scope can be what a measure names too ("rank in the Global
            // Innovation Index"): the better share counts.
            let named = ((named_words.iter()).map(|w| credit(w)).sum::<f32>() / named_total)
                .max(words.iter().map(credit).sum::<f32>() / total);
            if named <= 0.0 {
                continue;
            }
            let wording = (tables.wordings(m).iter())
                .map(|wording| wording_share(wording, &query_terms))
                .fold(0.0, f32::max);
            out.push((m, named, wording));
        }
        sort_by(&mut out, |a, b| {
            (b.1 + b.2).total_cmp(&(a.1 + a.2)).then(a.0.cmp(&b.0))
        });
        out.truncate(MAX_CANDIDATE_MEASURES);
        out
    }

    /// The query weight a figure covers: each word's best credit from the
    /// measure, the source sentences (read only when `sentences` is true:
    /// tokenizing them is the costly part, so each figure's are read once
    /// and kept, see [`super::sentence_terms`]), the source passages (any form
    /// of the word in the index), or the source documents' titles and
    /// passages' sections (from the index's field postings).
    pub(crate) fn covered(
        &self,
        figure: &Figure,
        idx: FigureIdx,
        measure_terms: &[String],
        words: &[Word],
        sentences: bool,
    ) -> (f32, u8) {
        let corpus = self.corpus();
        let index = self.index();
        let facts: Vec<&ipx_corpus::Fact> = (figure.facts.iter())
            .filter_map(|&f| corpus.facts.get(f as usize))
            .collect();
        let read = || {
            let mut terms: Vec<String> = Vec::new();
            for fact in facts.iter().take(MAX_SENTENCES_PER_FIGURE) {
                terms.extend(content_terms(near_the_quantity(fact)));
            }
            self.answer_words().widen(&mut terms);
            terms
        };
        let kept;
        let sentence_terms: &[String] = if sentences {
            kept = self.sentence_terms().get_or_read(idx, read);
            &kept
        } else {
            &[]
        };
        let sections = &index.field_values[Field::Section as usize].of_passage;
        let in_passage = |terms: &[TermId]| {
            (facts.iter()).any(|f| {
                terms
                    .iter()
                    .any(|&t| !index.positions_in(t, f.passage).is_empty())
            })
        };
        let all_in_passage = |terms: &[TermId]| {
            (facts.iter()).any(|f| {
                terms
                    .iter()
                    .all(|&t| !index.positions_in(t, f.passage).is_empty())
            })
        };
        let in_title = |fields: &[(Field, u32)]| {
            facts.iter().any(|f| {
                fields.binary_search(&(Field::Title, f.doc)).is_ok()
                    || (sections.get(f.passage as usize))
                        .is_some_and(|&v| fields.binary_search(&(Field::Section, v)).is_ok())
            })
        };
        // How closely the scope words hold: 2 when the measure names every
        // one, 1 when the source sentences or the titles do, else 0.
        let mut scope = 2;
        let covered = (words.iter())
            .map(|w| {
                let in_measure = in_terms(w, measure_terms, IN_MEASURE, IN_MEASURE_LOOSELY);
                let in_sentence = in_terms(w, sentence_terms, IN_SENTENCE, IN_PASSAGE);
                let mut credit = in_measure.max(in_sentence);
                if credit < IN_PASSAGE
                    && (in_passage(&w.forms)
                        || (!w.expansion_ids.is_empty() && all_in_passage(&w.expansion_ids)))
                {
                    credit = IN_PASSAGE;
                }
                let titled = in_title(&w.fields);
                if credit < IN_TITLE && titled {
                    credit = IN_TITLE;
                }
                if w.scope && w.weight > 0.0 {
                    let held = if in_measure > 0.0 {
                        2
                    } else if in_sentence > 0.0 || titled {
                        1
                    } else {
                        0
                    };
                    scope = scope.min(held);
                }
                w.weight * credit
            })
            .sum();
        (covered, scope)
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

    /// The sort key of a figure (larger first).
    pub(crate) fn key(&self, figure: &Figure, idx: FigureIdx, score: f32, intent: &Intent) -> Key {
        let span = self.figure_years(figure);
        let kind = match (intent.asked, figure.kind) {
            (Some(Asked::Target), FactKind::Target) | (Some(Asked::Change), FactKind::Change) => 2,
            (Some(Asked::Target | Asked::Change), _) => 0,
            (_, FactKind::Actual) => 2,
            (_, FactKind::Target) => 1,
            (_, FactKind::Change) => 0,
        };
        // A question that hints no unit and names no length of time is
        // answered by a length of time only when nothing else matches.
        let unit = match intent.unit {
            Some(hint) => unit_fits(hint, &figure.unit),
            None => !unit_fits(UnitHint::Duration, &figure.unit) || asks_time(intent),
        };
        // An undated figure is as of its document's date at most: it fits
        // a period no better than a figure overlapping it.
        let period = match (intent.period, span) {
            (Some(period), Some(span)) if figure.date.is_some() => {
                period_fit(period, span, self.doc_year(figure))
            }
            (Some(period), Some(span)) => period_fit(period, span, self.doc_year(figure)).min(1),
            _ => 0,
        };
        // "in the third quarter", "at the end of April": the figure for
        // those months first, within the period's fit.
        let months =
            intent.months.is_some() && intent.months == figure.date.as_deref().and_then(months_of);
        let period = period * 2 + u8::from(months);
        // With no figure of the period asked, the nearest period's answers.
        let nearness = match (intent.period, span) {
            (Some(asked), Some(span)) if period < 2 => {
                -i32::from(years_apart(asked, span, self.doc_year(figure)))
            }
            _ => 0,
        };
        // A figure dated by its own text is as of that date; an undated one
        // is as of its document's date at most, and often a baseline the
        // text compares with ("doubled from 84.85 billion"), so it counts
        // as older than every dated figure.
        let date = span.map_or(0, |(_, end, month)| i32::from(end) * 13 + i32::from(month))
            + if figure.date.is_some() { DATED } else { 0 };
        let when = if intent.when == When::Earlier {
            -date
        } else {
            date
        };
        // "What is the goal for …?": a target is the answer even when an
        // actual figure names the measure a step better (`600 patent
        // applications` as the goal for 2026 against `412 patent
        // applications filed by Northstar`).
        let goal = intent.asked == Some(Asked::Target) && figure.kind == FactKind::Target;
        Key {
            unit_first: u8::from(unit),
            score: (score * SCORE_STEPS).floor() as i32 + i32::from(goal),
            scope: 0,
            kind,
            named: 1,
            period,
            nearness,
            asked_when: if intent.when == When::Any { 0 } else { when },
            when,
            fine: (score * 1000.0).round() as i32,
            sources: figure.facts.len(),
            order: std::cmp::Reverse(idx),
        }
    }

    /// `(first year, last year, month of the last or 0)` of a figure: its
    /// own date, else its first source document's date.
    fn figure_years(&self, figure: &Figure) -> Option<(u16, u16, u8)> {
        if let Some(span) = figure.date.as_deref().and_then(parse_span) {
            return Some(span);
        }
        let fact = self.corpus().facts.get(*figure.facts.first()? as usize)?;
        let date = self.corpus().documents[fact.doc as usize].date?;
        Some((date.year, date.year, date.month.unwrap_or(0)))
    }

    /// The year of the figure's first source document.
    fn doc_year(&self, figure: &Figure) -> Option<u16> {
        let fact = self.corpus().facts.get(*figure.facts.first()? as usize)?;
        Some(self.corpus().documents[fact.doc as usize].date?.year)
    }

    /// The measure's other figures in the answer's unit (see [`Answer::series`]).
    fn series(&self, answer: FigureIdx) -> Vec<FigureIdx> {
        let tables = self.answer_words();
        let figures = tables.figures(self.corpus());
        let figure = &figures[answer as usize];
        let mut series: Vec<(bool, i32, FigureIdx)> = (tables.figures_of[figure.measure as usize]
            .iter())
        .filter(|&&f| f != answer && figures[f as usize].unit == figure.unit)
        .map(|&f| {
            let other = &figures[f as usize];
            let date = (self.figure_years(other)).map_or(i32::MAX, |(_, end, month)| {
                i32::from(end) * 13 + i32::from(month)
            });
            (other.kind == FactKind::Target, date, f)
        })
        .collect();
        sort_by(&mut series, Ord::cmp);
        series.into_iter().map(|(_, _, f)| f).collect()
    }
}

/// Added to the date key of a figure with a date of its own: more than any
/// year · 13 + month.
const DATED: i32 = 1 << 20;

/// The part of a fact's sentence within [`SENTENCE_WINDOW`] bytes of its
/// quantity, cut at character boundaries.
fn near_the_quantity(fact: &ipx_corpus::Fact) -> &str {
    let sentence = fact.sentence.as_str();
    let at = (fact.span.start.saturating_sub(fact.sentence_span.start)) as usize;
    let end_at = (fact.span.end.saturating_sub(fact.sentence_span.start)) as usize;
    let mut start = at.saturating_sub(SENTENCE_WINDOW).min(sentence.len());
    let mut end = end_at.saturating_add(SENTENCE_WINDOW).min(sentence.len());
    while !sentence.is_char_boundary(start) {
        start -= 1;
    }
    while !sentence.is_char_boundary(end) {
        end += 1;
    }
    &sentence[start..end.max(start)]
}

/// How a figure sorts; compared field by field, larger first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Key {
    /// A unit hint ("how many days", "how much money") is explicit: only
    /// figures in such a unit can answer it, so they come first. Without
    /// one, a length of time comes last unless the question names a time
    /// ("examination time", "review period").
    unit_first: u8,
    pub(crate) score: i32,
    /// How closely the figure holds the question's scope words (see
    /// [`Engine::covered`]): a figure at the place or in the group asked
    /// about before one that only shares its passage.
    pub(crate) scope: u8,
    kind: u8,
    /// 1 for a canonical figure, 0 for a sentence figure
    /// ([`super::sentence_answers`]): of figures that match as well, with
    /// the scope and kind asked, the canonical one comes first.
    pub(crate) named: u8,
    pub(crate) period: u8,
    /// Minus the years between the period asked and a figure outside it
    /// (0 for one inside it): "in 2022" is answered by 2023's figure
    /// before 2025's when no figure of 2022 is stated.
    nearness: i32,
    /// `when` for a question that says "now" or "before": then the date
    /// asked outranks a finer measure match.
    asked_when: i32,
    /// The measure match itself, finer than `score`: figures of one
    /// measure share their best's, so this only orders measures, and a
    /// clearly better named measure is not beaten by a newer date.
    fine: i32,
    when: i32,
    sources: usize,
    order: std::cmp::Reverse<FigureIdx>,
}

/// The credit `word` earns from `terms` (sorted): `exact` when they hold it
/// or, for an acronym, every word of its full name; `loose` when they hold
/// another form of it.
pub(crate) fn in_terms(word: &Word, terms: &[String], exact: f32, loose: f32) -> f32 {
    if terms.binary_search(&word.term).is_ok()
        || (!word.expansion.is_empty()
            && (word.expansion.iter()).all(|t| terms.binary_search(t).is_ok()))
    {
        return exact;
    }
    if terms.iter().any(|t| loosely_same(t, &word.term)) {
        return loose;
    }
    0.0
}

/// The share of a wording's terms that the query's terms (widened by
/// acronyms, sorted) hold.
pub(crate) fn wording_share(wording: &[String], query_terms: &[String]) -> f32 {
    if wording.is_empty() {
        return 0.0;
    }
    let covered = (wording.iter())
        .filter(|t| {
            query_terms.binary_search(t).is_ok() || query_terms.iter().any(|q| loosely_same(q, t))
        })
        .count();
    covered as f32 / wording.len() as f32
}

/// Whether `wording` holds the query's content words, at least two, as one
/// run of consecutive terms in any order.
fn holds_phrase(wording: &[String], words: &[Word]) -> bool {
    let n = words.len();
    n >= 2
        && wording.windows(n).any(|window| {
            words.iter().all(|w| {
                window
                    .iter()
                    .any(|t| *t == w.term || loosely_same(&w.term, t))
            })
        })
}

/// Whether a plural noun as typed counts people: a word for people
/// (`judges`, `staff`) or an agent noun (`mediators`, `engineers`,
/// `trainees`, `specialists`) that is no thing (`numbers`, `fees`).
pub(crate) fn is_personal(word: &str) -> bool {
    const PEOPLE: &[&str] = &[
        "people",
        "persons",
        "staff",
        "personnel",
        "judges",
        "members",
        "experts",
        "pupils",
        "children",
        "talents",
        "professionals",
        "officials",
        "delegates",
        "graduates",
        "candidates",
        "clerks",
        "scholars",
        "fellows",
        "police",
        "attorneys",
        "agents",
        "students",
        "applicants",
        "participants",
        "residents",
        "individuals",
        "witnesses",
        "academics",
        "faculty",
        "scientists",
        "engineers",
        "employees",
        "trainees",
        "volunteers",
    ];
    const THINGS: &[&str] = &[
        "numbers",
        "letters",
        "orders",
        "papers",
        "centers",
        "transfers",
        "containers",
        "sectors",
        "factors",
        "fees",
        "degrees",
        "committees",
        "grants",
        "lists",
        "plants",
        "computers",
        "markers",
        "monitors",
        "matters",
        "chapters",
        "registers",
        "headquarters",
        "quarters",
        "filters",
        "offers",
        "layers",
        "clusters",
        "vectors",
        "motors",
        "meters",
        "dollars",
        "colors",
        "colours",
        "errors",
        "chambers",
        "borders",
        "towers",
        "corridors",
        "folders",
        "posters",
        "servers",
        "printers",
        "rivers",
        "mirrors",
        "covers",
        "members'",
    ];
    PEOPLE.contains(&word)
        || (["ers", "ors", "ists", "ians", "ees"]
            .iter()
            .any(|e| word.ends_with(e))
            && !THINGS.contains(&word))
}

/// Whether one of the three words after the fact's quantity is `word`
/// (`63 witnesses`, `500 IP clinic visits`): the sentence counts it,
/// whatever unit the compiler gave the figure.
pub(crate) fn noun_after(fact: &ipx_corpus::Fact, word: &Word) -> bool {
    let end = (fact.span.end.saturating_sub(fact.sentence_span.start)) as usize;
    let Some(after) = fact.sentence.get(end..) else {
        return false;
    };
    (after.split_whitespace().take(3))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .any(|w| {
            let term = synonyms::answer_term(&w, &stem(&w));
            term == word.term || loosely_same(&term, &word.term)
        })
}

/// Whether a figure's `unit` counts the question's counted noun `word`:
/// it names the noun (`judges`), it is a person's noun (`people`,
/// `volunteers`) and the noun is a word for people in general ("how many
/// people sit on …", "how many staff"), it is `people` of a measure that
/// names people in general and the noun is a person's (`people trained`
/// for "how many trainees"), or it is a bare `count`.
fn unit_counts(word: &Word, asked: &str, unit: &str, measure_terms: &[String]) -> bool {
    let unit = unit.to_lowercase();
    // `people trained`, `staff of the office` count the trainees or
    // examiners asked for.
    let generic_measure = unit == "people"
        && ([
            "people",
            "person",
            "staff",
            "employee",
            "personnel",
            "worker",
            "workforce",
            "headcount",
        ]
        .iter())
        .any(|p| {
            measure_terms
                .binary_search(&synonyms::answer_term(p, &stem(p)))
                .is_ok()
        });
    let general = ([
        "people",
        "person",
        "individual",
        "member",
        "staff",
        "employee",
        "worker",
    ]
    .iter())
    .any(|p| word.term == synonyms::answer_term(p, &stem(p)));
    // A person's noun: `volunteers`, `arbitrators`, `specialists`; not a
    // count of occasions or effort (`person-times`, `man-days`).
    let personal = ([
        "people", "ers", "ors", "ists", "ants", "ents", "ees", "ians",
    ]
    .iter()
    .any(|e| unit.ends_with(e))
        || unit.contains("person"))
        && !counts_occasions(&unit);
    // A count of things the compiler could not name is not ruled out.
    let asked_personal = is_personal(asked);
    unit == "count"
        || (general && personal)
        || (generic_measure && asked_personal)
        || unit.split(' ').any(|u| {
            let term = synonyms::answer_term(u, &stem(u));
            term == word.term || loosely_same(&term, &word.term)
        })
}

/// Whether a unit counts occasions or effort of people, not heads:
/// `person-times` (attendances), `person-days`, `man-hours`.
pub(crate) fn counts_occasions(unit: &str) -> bool {
    (unit.split([' ', '-']).skip(1)).any(|w| {
        matches!(
            w,
            "time" | "times" | "day" | "days" | "hour" | "hours" | "year" | "years"
        )
    })
}

/// Whether a unit is of the kind hinted.
/// Words that ask for a length of time without a "how long".
#[rustfmt::skip]
const TIME_WORDS: &[&str] = &["time", "times", "period", "periods", "wait", "waiting", "cycle", "duration", "pendency", "delay", "delays", "long", "take", "takes", "took", "quickly", "fast", "faster", "speed"];

/// Whether the question names a length of time (`the average examination
/// time`, `the review period`) though it hints no unit.
pub(crate) fn asks_time(intent: &Intent) -> bool {
    (intent.words.iter()).any(|w| TIME_WORDS.contains(&w.word.as_str()))
}

pub(crate) fn unit_fits(hint: UnitHint, unit: &str) -> bool {
    let unit = unit.to_lowercase();
    match hint {
        UnitHint::Duration => ["day", "week", "month", "year"]
            .iter()
            .any(|u| unit.starts_with(u)),
        UnitHint::Money => ipx_corpus::currency::is_money(&unit),
        UnitHint::Share => unit == "%" || unit.contains("percent"),
        // Percentage points count ("how many percentage points"); a
        // percentage, a multiple ("four times the 2015 figure"), a sum or
        // a length of time does not.
        UnitHint::Count => {
            let share = unit == "%" || (unit.contains("percent") && !unit.contains("point"));
            let multiple = unit == "times" || unit.starts_with("times ");
            !share
                && !multiple
                && !unit_fits(UnitHint::Money, &unit)
                && !unit_fits(UnitHint::Duration, &unit)
        }
    }
}

/// How well a figure spanning `(from, to, month)` fits the period asked:
/// 3 exactly, 2 inside it, 1 overlapping it, 0 not at all. A relative
/// period is read against `doc_year`, the stating document's year.
fn period_fit(period: Period, (a, b, _): (u16, u16, u8), doc_year: Option<u16>) -> u8 {
    let (from, to, edge) = match period {
        Period::Years { from, to, edge } => (from, to, edge),
        Period::Since(y) => {
            return match () {
                _ if a == y => 3,
                _ if a > y => 2,
                _ if b >= y => 1,
                _ => 0,
            }
        }
        Period::Relative(back) => {
            let year = doc_year.and_then(|y| u16::try_from(i32::from(y) - i32::from(back)).ok());
            let Some(year) = year else {
                return 0;
            };
            (year, year, Edge::Whole)
        }
    };
    match edge {
        Edge::End if b == to => 3,
        Edge::Start if a == from || b + 1 == from => 3,
        Edge::Whole if (a, b) == (from, to) || (from == to && a <= from && from <= b) => 3,
        _ if from <= a && b <= to => 2,
        _ if a <= to && from <= b => 1,
        _ => 0,
    }
}

/// Years between the period asked and a figure spanning `(from, to, _)`:
/// 0 when they meet. A relative period is read against `doc_year`.
fn years_apart(period: Period, (a, b, _): (u16, u16, u8), doc_year: Option<u16>) -> u16 {
    let (from, to) = match period {
        Period::Years { from, to, .. } => (from, to),
        Period::Since(year) => (year, u16::MAX),
        Period::Relative(back) => {
            let year = doc_year.and_then(|y| u16::try_from(i32::from(y) - i32::from(back)).ok());
            match year {
                Some(year) => (year, year),
                None => return 0,
            }
        }
    };
    if b < from {
        from - b
    } else {
        a.saturating_sub(to)
    }
}

/// `(first year, last year, month of the last or 0)` of a date or period as
/// the corpus writes it: `2023`, `2023-12`, `2023-12-31`, `2016/2020`,
/// `2016..2020`; `None` when it starts with no year.
fn parse_span(date: &str) -> Option<(u16, u16, u8)> {
    let year = |s: &str| -> Option<u16> {
        let digits = s.get(..4)?;
        (digits.bytes().all(|b| b.is_ascii_digit())).then(|| digits.parse().ok())?
    };
    let first = year(date)?;
    let rest = &date[4..];
    // `2024-01/2024-09`: a part of a year, ending in its last month.
    if let Some((_, end)) = date.split_once('/').filter(|(start, _)| start.len() > 4) {
        if let Some(last) = year(end) {
            return Some((first, last.max(first), month_of(&end[4..])));
        }
    }
    let second = rest.trim_start_matches(['/', '.', '-', ' ']);
    if let Some(last) = year(second).filter(|_| second.len() >= 4 && !rest.starts_with('-')) {
        let month = month_of(&second[4..]);
        return Some((first, last.max(first), month));
    }
    Some((first, first, month_of(rest)))
}

/// The months of a year a date or period covers: `2025-07/2025-09` →
/// `(7, 9)`, `2025-08` and `2025-08-31` → `(8, 8)`; `None` for a year, a
/// range of years or an open period.
fn months_of(date: &str) -> Option<(u8, u8)> {
    let (start, end) = date.split_once('/').unwrap_or((date, date));
    let (first, last) = (month_of(start.get(4..)?), month_of(end.get(4..)?));
    let same_year = start.get(..4) == end.get(..4);
    (first > 0 && last >= first && same_year).then_some((first, last))
}

/// The month of `-12` or `-12-31`, else 0.
fn month_of(rest: &str) -> u8 {
    (rest.strip_prefix('-'))
        .and_then(|m| m.get(..2))
        .and_then(|m| m.parse().ok())
        .filter(|m| (1..=12).contains(m))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    /// The answers to `query` over the fixture with figures, as
    /// `value unit date kind`, best first.
    fn answers(query: &str) -> Vec<String> {
        answers_with(query, BTreeMap::new())
    }

    fn answers_with(query: &str, filters: BTreeMap<Facet, Vec<String>>) -> Vec<String> {
        let engine = fixture::engine_with_figures();
        let mut request = SearchRequest::new(query);
        request.filters = filters;
        let figures = engine.answer_figures();
        (engine.answers(&request).iter())
            .map(|a| show(&figures[a.figure as usize]))
            .collect()
    }

    fn show(f: &Figure) -> String {
        format!(
            "{} {} {} {}",
            f.value,
            f.unit,
            f.date.as_deref().unwrap_or("-"),
            f.kind.as_str()
        )
    }

    fn first(query: &str) -> String {
        answers(query).into_iter().next().unwrap_or_default()
    }

    /// The first answer to `query` over one document of `text`.
    fn first_over(text: &str, query: &str) -> String {
        let file = ipx_corpus::SourceFile {
            name: "note.txt".into(),
            bytes: text.as_bytes().to_vec(),
        };
        let (corpus, _) = ipx_corpus::compile(&[file]);
        let engine = Engine::new(corpus);
        let figures = engine.answer_figures();
        (engine.answers(&SearchRequest::new(query)).first())
            .map_or("nothing".into(), |a| show(&figures[a.figure as usize]))
    }

    #[test]
    fn a_goal_asked_is_answered_by_a_target_a_step_less_well_named() {
        let note = "Seed Company Summary\n\nDate: 28 January 2025\n\nSeed variety applications filed by Northfield declined to 412 in 2024. The goal for 2026 is 600 seed variety applications.\n";
        for query in [
            "What is Northfield's goal for seed variety applications?",
            "How many seed variety applications does Northfield aim for?",
            "What is the target for seed variety applications?",
        ] {
            assert_eq!(
                first_over(note, query),
                "600 applications 2026 target",
                "{query}"
            );
        }
        assert_eq!(
            first_over(
                note,
                "How many seed variety applications did Northfield file?"
            ),
            "412 applications 2024 actual"
        );
    }

    #[test]
    fn latest_actual_figure_first_when_no_period_is_asked() {
        assert_eq!(
            first("How many IP professionals does China have?"),
            "860000 people 2023-12 actual"
        );
        assert_eq!(first("IP professionals"), "860000 people 2023-12 actual");
    }

    #[test]
    fn the_asked_period_beats_the_latest() {
        assert_eq!(
            first("How many IP professionals were there in 2020?"),
            "690000 people 2020 actual"
        );
        assert_eq!(
            first("How many IP professionals were there at the end of the 13th Five-Year Plan?"),
            "690000 people 2020 actual"
        );
        assert_eq!(
            first("How many invention patents were granted last year?"),
            "920000 patents 2023 actual"
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

    #[test]
    fn the_asked_kind_beats_the_latest() {
        assert_eq!(
            first("What is the target for IP professionals?"),
            "1000000 people 2025 target"
        );
        assert_eq!(
            first("By how much did invention patent grants grow?"),
            "15 % 2023 change"
        );
        assert_eq!(
            first("How much has the examination period been cut since 2019?"),
            "6 months 2019/2023 change"
        );
    }

    #[test]
    fn measure_match_beats_kind() {
        // Only invention patents have a change; utility models are named.
        assert_eq!(
            first("How fast did utility model patents grow?"),
            "2100000 patents 2023 actual"
        );
    }

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
    fn a_measure_of_the_alternative_does_not_answer() {
        let note = "Agency Survey\n\nDate: 3 March 2025\n\nThe bureau interviewed 2,950 trademark agencies in 2024. Imports of royalties reached 41 billion yuan.\n";
        let fees =
            "Fee Notice\n\nDate: 3 March 2025\n\nThe annual fee for design patents is 900 yuan.\n";
        // Trademark agencies are not patent agencies, imports not exports,
        // design patents not utility models.
        for question in [
            "How many patent agencies are there?",
            "How many copyright agencies were interviewed?",
            "How much were exports of royalties?",
        ] {
            assert_eq!(first_over(note, question), "nothing", "{question}");
        }
        assert_eq!(
            first_over(fees, "What is the annual fee for utility model patents?"),
            "nothing"
        );
        assert_eq!(
            first_over(fees, "What is the annual fee for design patents?"),
            "900 yuan 2025-03-03 actual"
        );
        // Asked for, or asked beside its alternative, it answers.
        assert_eq!(
            first_over(note, "How many trademark agencies were interviewed?"),
            "2950 agencies 2024 actual"
        );
        assert_eq!(
            first_over(note, "How many patent and trademark agencies are there?"),
            "2950 agencies 2024 actual"
        );
        assert_eq!(
            first_over(note, "How much were imports of royalties?"),
            "41000000000 yuan - actual"
        );
    }

    #[test]
    fn how_many_is_answered_by_a_count_of_the_noun_asked() {
        let roster = "Centre Roster\n\nDate: 3 March 2025\n\nThe roster of the centre lists 140 arbitrators. The centre's secretariat has 16 case managers. A panel of 9 reviewers, drawn from industry, scores every bid.\n";
        assert_eq!(
            first_over(roster, "How many arbitrators are on the roster?"),
            "140 arbitrators - actual"
        );
        // Neither the measure nor the unit counts mediators.
        assert_eq!(
            first_over(roster, "How many mediators are on the centre's roster?"),
            "nothing"
        );
        // People in general are counted by any person's noun.
        assert_eq!(
            first_over(roster, "How many people are on the review panel?"),
            "9 reviewers - actual"
        );
    }

    #[test]
    fn a_body_of_people_is_named_by_staff_words_and_by_its_agents() {
        let note = "Registry Annual Note\n\nDate: 3 March 2025\n\nThe registry hired 14 new examiners in 2024, bringing its examining staff to 132. Its legal team numbers 8 lawyers.\n";
        assert_eq!(
            first_over(note, "How many examiners does the registry have?"),
            "132 people 2024 actual"
        );
        assert_eq!(
            first_over(note, "How many employees does the examining staff have?"),
            "132 people 2024 actual"
        );
    }

    #[test]
    fn sums_in_pounds_and_other_currencies_answer_how_much() {
        let note = "Fund Note\n\nDate: 3 March 2025\n\nThe innovation fund's licensing income reached £3.4m in 2024. The fund employed 12 licensing managers.\n";
        assert_eq!(
            first_over(note, "How much licensing income did the fund earn?"),
            "3400000 pounds 2024 actual"
        );
        assert!(unit_fits(UnitHint::Money, "NZ dollars"));
        assert!(unit_fits(UnitHint::Money, "pounds"));
    }

    #[test]
    fn how_many_people_is_not_answered_by_a_count_of_attendances() {
        let note = "Training Report\n\nDate: 3 March 2025\n\nThe academy's courses drew 4,200 person-times in 2024. Its staff put in 900 person-days of mentoring.\n";
        for question in [
            "How many people work at the academy?",
            "How many people did the academy train?",
        ] {
            assert_eq!(first_over(note, question), "nothing", "{question}");
        }
        // Asked as such, attendances are still answered.
        assert_eq!(
            first_over(
                note,
                "How many person-times did the academy's courses draw?"
            ),
            "4200 person-times 2024 actual"
        );
        assert!(counts_occasions("person-times") && counts_occasions("man hours"));
        assert!(!counts_occasions("people") && !counts_occasions("times"));
    }

    #[test]
    fn how_many_things_is_not_answered_by_a_count_of_people() {
        let note = "Unit Report\n\nDate: 3 March 2025\n\nThe trade secret unit has 18 investigators. The enforcement office employs 40 inspectors.\n";
        for question in [
            "How many trade secret cases did the unit handle?",
            "How many raids did the enforcement office carry out?",
        ] {
            assert_eq!(first_over(note, question), "nothing", "{question}");
        }
        // People asked are still answered, and so is a thing the measure names.
        assert_eq!(
            first_over(
                note,
                "How many investigators does the trade secret unit have?"
            ),
            "18 investigators 2025-03-03 actual"
        );
        let cases = format!("{note}The unit opened 57 trade secret cases in 2024.\n");
        assert_eq!(
            first_over(&cases, "How many trade secret cases did the unit open?"),
            "57 cases 2024 actual"
        );
    }

    #[test]
    fn a_measure_naming_only_whose_the_figure_is_does_not_answer() {
        let letter = "Fund Letter\n\nDate: 3 March 2025\n\nBright Harbour Fund II closed at 1.5 billion yuan. The fund invested 420 million yuan in robotics start-ups.\n";
        for question in [
            "How much did Bright Harbour pay for Lumaq Robotics?",
            "What did Bright Harbour pay for Lumaq Robotics?",
        ] {
            assert_eq!(first_over(letter, question), "nothing", "{question}");
        }
        // The name alone, or a word of what is counted, still answers.
        assert_eq!(
            first_over(letter, "How big is Bright Harbour Fund II?"),
            "1500000000 yuan - actual"
        );
    }

    #[test]
    fn how_many_is_not_answered_by_a_sum_or_a_share() {
        let note = "Agency Survey\n\nDate: 3 March 2025\n\nFees paid by patent agencies came to 900 yuan. Patent agencies grew 12% in 2024. Patent agencies took 4 months to register. The city has 310 patent agencies.\n";
        assert_eq!(
            first_over(note, "How many patent agencies are there?"),
            "310 agencies 2025-03-03 actual"
        );
        let multiple = note.replace(
            "The city has 310 patent agencies.",
            "The city has 310 patent agencies, roughly four times the 2015 figure of 80 patent agencies.",
        );
        assert_eq!(
            first_over(&multiple, "How many patent agencies are there?"),
            "310 agencies 2025-03-03 actual"
        );
        let without_count = note.replace("The city has 310 patent agencies.", "");
        assert_eq!(
            first_over(&without_count, "How many patent agencies are there?"),
            "nothing"
        );
        assert_eq!(
            first_over(&without_count, "How much did patent agencies pay in fees?"),
            "900 yuan - actual"
        );
    }

    #[test]
    fn a_figure_without_its_own_date_is_not_the_latest() {
        // 690,000 loses its date: its report is dated 2024-05, later than
        // 860,000's 2023-12, but an undated figure counts as older.
        let mut corpus = fixture::with_figures();
        corpus.figures[0].date = None;
        let engine = Engine::new(corpus);
        let answers = engine.answers(&SearchRequest::new("How many IP professionals are there?"));
        let first = &engine.answer_figures()[answers[0].figure as usize];
        assert_eq!(show(first), "860000 people 2023-12 actual");
        let before = engine.answers(&SearchRequest::new("IP professionals before"));
        let first = &engine.answer_figures()[before[0].figure as usize];
        assert_eq!(show(first), "690000 people - actual");
    }

    #[test]
    fn a_unit_hint_comes_before_the_measure_match() {
        // Invention patents are named better by "invention patents", but
        // only the examination period is counted in months.
        assert_eq!(
            first("How many months for invention patents granted?"),
            "16 months 2023 actual"
        );
        assert_eq!(
            first("invention patents granted"),
            "920000 patents 2023 actual"
        );
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
    fn one_answer_per_measure_with_its_series() {
        let engine = fixture::engine_with_figures();
        let answers = engine.answers(&SearchRequest::new("IP professionals"));
        let figures = engine.answer_figures();
        let measures: Vec<u32> = (answers.iter())
            .map(|a| figures[a.figure as usize].measure)
            .collect();
        let mut unique = measures.clone();
        unique.dedup();
        assert_eq!(measures, unique);
        let series: Vec<String> = (answers[0].series.iter())
            .map(|&f| show(&figures[f as usize]))
            .collect();
        assert_eq!(
            series,
            ["690000 people 2020 actual", "1000000 people 2025 target"]
        );
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

    #[test]
    fn kept_sentence_words_answer_as_freshly_read_ones() {
        // One engine ranks every query in turn, so later queries read the
        // sentence words earlier ones kept; each must answer as on a fresh
        // engine, in either order.
        let queries = [
            "How many IP professionals does China have?",
            "What is the target for IP professionals?",
            "By how much did invention patent grants grow?",
            "How many months for invention patents granted?",
            "IP talent now",
            "invention patents granted doc:briefing",
        ];
        let fresh: Vec<Vec<Answer>> = (queries.iter())
            .map(|q| fixture::engine_with_figures().answers(&SearchRequest::new(q)))
            .collect();
        assert!(fresh.iter().all(|a| !a.is_empty()));
        let shared = fixture::engine_with_figures();
        for (q, want) in queries
            .iter()
            .zip(&fresh)
            .chain(queries.iter().zip(&fresh).rev())
        {
            assert_eq!(&shared.answers(&SearchRequest::new(q)), want, "{q}");
        }
    }

    #[test]
    fn periods_fit_exactly_inside_or_overlapping() {
        let years = |from, to, edge| Period::Years { from, to, edge };
        assert_eq!(
            period_fit(years(2020, 2020, Edge::Whole), (2020, 2020, 0), None),
            3
        );
        assert_eq!(
            period_fit(years(2016, 2020, Edge::End), (2020, 2020, 12), None),
            3
        );
        assert_eq!(
            period_fit(years(2016, 2020, Edge::Whole), (2018, 2018, 0), None),
            2
        );
        assert_eq!(
            period_fit(years(2016, 2020, Edge::Start), (2015, 2015, 12), None),
            3
        );
        assert_eq!(
            period_fit(years(2018, 2020, Edge::Whole), (2019, 2021, 0), None),
            1
        );
        assert_eq!(
            period_fit(years(2018, 2020, Edge::Whole), (2022, 2022, 0), None),
            0
        );
        assert_eq!(period_fit(Period::Since(2019), (2019, 2023, 0), None), 3);
        assert_eq!(
            period_fit(Period::Relative(1), (2023, 2023, 0), Some(2024)),
            3
        );
        assert_eq!(period_fit(Period::Relative(1), (2023, 2023, 0), None), 0);
        assert_eq!(
            period_fit(Period::Relative(-1), (2026, 2026, 0), Some(2025)),
            3
        );
    }

    #[test]
    fn years_apart_measure_a_figure_outside_the_period_asked() {
        let years = |from, to| Period::Years {
            from,
            to,
            edge: Edge::Whole,
        };
        assert_eq!(years_apart(years(2022, 2022), (2023, 2023, 0), None), 1);
        assert_eq!(years_apart(years(2022, 2022), (2025, 2025, 12), None), 3);
        assert_eq!(years_apart(years(2022, 2022), (2019, 2020, 0), None), 2);
        assert_eq!(years_apart(years(2016, 2020), (2018, 2018, 0), None), 0);
        assert_eq!(years_apart(Period::Since(2021), (2019, 2019, 0), None), 2);
        assert_eq!(years_apart(Period::Since(2021), (2030, 2030, 0), None), 0);
        assert_eq!(
            years_apart(Period::Relative(1), (2021, 2021, 0), Some(2025)),
            3
        );
        assert_eq!(years_apart(Period::Relative(1), (2021, 2021, 0), None), 0);
    }

    #[test]
    fn dates_and_periods_parse_at_their_precision() {
        assert_eq!(parse_span("2023"), Some((2023, 2023, 0)));
        assert_eq!(parse_span("2023-12"), Some((2023, 2023, 12)));
        assert_eq!(parse_span("2022-03-30"), Some((2022, 2022, 3)));
        assert_eq!(parse_span("2016/2020"), Some((2016, 2020, 0)));
        assert_eq!(parse_span("2016..2020"), Some((2016, 2020, 0)));
        assert_eq!(parse_span("2021.."), Some((2021, 2021, 0)));
        assert_eq!(parse_span("soon"), None);
        assert_eq!(parse_span("20"), None);
        assert_eq!(parse_span("2023-ab"), Some((2023, 2023, 0)));
        assert_eq!(parse_span("2024-01/2024-09"), Some((2024, 2024, 9)));
        assert_eq!(parse_span("2024-03/.."), Some((2024, 2024, 3)));
        assert_eq!(months_of("2025-07/2025-09"), Some((7, 9)));
        assert_eq!(months_of("2025-08"), Some((8, 8)));
        assert_eq!(months_of("2025-08-31"), Some((8, 8)));
        assert_eq!(months_of("2025"), None);
        assert_eq!(months_of("2016/2020"), None);
        assert_eq!(months_of("2024-03/.."), None);
        assert_eq!(months_of("2023-11/2024-02"), None);
    }
}
