//! Sentence answers: the sentence figures ([`super::sentence_figures`]) that
//! answer a question, matched through their sentence rather than a measure
//! name, ranked with the canonical figures by [`super::answers`].
//!
//! A sentence figure answers only when the question points at it:
//! - **what is counted**: the noun a "how many" question counts is the
//!   figure's unit or one of the three words after its quantity (`63
//!   witnesses`), or its label when the unit says nothing of what (`Its
//!   examiners numbered 61`, unit `people`); any other question names a
//!   word of the figure's label or unit (`contract` for "how much is the
//!   contract worth");
//! - **the unit hinted** fits, as for any figure (a sum for "how much", no
//!   length of time unless one is asked for, no percentage unless a share
//!   is asked for), and a length of time says the time a "how long"
//!   question leaves implied (`about six weeks`);
//! - **the kind and period asked** are met: a target for a goal, a change
//!   for a rise or fall and no change otherwise, a figure meeting the
//!   period asked (another year's figure of a sentence is a guess);
//! - **the rest of the question** is found around the quantity: each word
//!   earns [`IN_CLAUSE`] in the clause that holds the quantity,
//!   [`IN_SENTENCE`] elsewhere in the sentence, [`IN_PASSAGE`] in the text
//!   just before a sentence that points back by a pronoun ("they saw 212
//!   visitors") or elsewhere in the passage, [`IN_HEADING`] in the
//!   document title or the passage's section (the organisation a note is
//!   about); together they cover
//!   [`MIN_SENTENCE_COVERED`] of the query's weight, every scope word
//!   ("at the Nansha centre") and every heavy word (at least the mean
//!   weight) is found in the sentence, the text a pronoun points back to,
//!   a name the passage gave before the sentence (`Young Inventors Prize:
//!   … final count 356 entries`) or the headings, and no word is
//!   contradicted by its alternative in the sentence (`patent disputes` for
//!   "trademark disputes", [`super::contrast`]).
//!
//! Its key is a figure's ([`Engine::key`]), so dates, kinds and units rank
//! as for any figure (its scope as a canonical figure's: 2 when its label
//! names every scope word, 1 when its sentence or a heading does), but with
//! `named` 0: a canonical figure that matches as well, at the scope and of
//! the kind asked, comes first.

use super::answer_match::{in_terms, wording_share, Word};
use super::answer_rank::Key;
use super::answer_units::{asks_time, counts_occasions, noun_after, unit_fits};
use super::answer_words::content_terms;
use super::facets::Selection;
use super::fold::stem;
use super::index::Field;
use super::intent::{Asked, Intent, UnitHint};
use super::search::Engine;
use super::sentence_figures::clause_range;
use super::sort::sort_by;
use super::synonyms::answer_term;
use ipx_corpus::lower::Lowercase;
use ipx_corpus::{Fact, FactKind, Figure, FigureIdx};

/// Least share of the query's content weight a sentence figure's context
/// must cover.
pub const MIN_SENTENCE_COVERED: f32 = 0.7;
/// Slack for float rounding in the covered share.
const COVER_ROUNDING: f32 = 1e-4;
/// Credit of a word of the figure's label or unit: what a measure name
/// would hold.
pub const IN_LABEL: f32 = 1.0;
/// Credit of a word in the clause that holds the quantity.
pub const IN_CLAUSE: f32 = 0.8;
/// Credit of a word elsewhere in the sentence (as a canonical figure's
/// source sentence).
pub const IN_SENTENCE: f32 = 0.7;
/// Credit of a word elsewhere in the passage.
pub const IN_PASSAGE: f32 = 0.6;
/// Credit of a word in the document title or the passage's section only:
/// the organisation a note is about is named there, not in each sentence.
pub const IN_HEADING: f32 = 0.6;
/// Words by which a sentence points back to what the one before named.
const POINTING_BACK: &[&str] = &[
    "it", "its", "they", "their", "them", "we", "our", "us", "this", "that", "these", "those",
    "he", "she", "his", "her",
];
/// Bytes of the sentence before read at most.
const ANTECEDENT_BYTES: usize = 300;
/// Sentence figures read closely per query, best covered passages first.
const MAX_SENTENCE_CANDIDATES: usize = 48;

/// The query's terms, sorted and without repeats, and its mean weight
/// (what makes a word heavy), read once per query.
pub(crate) struct QueryTerms {
    terms: Vec<String>,
    heavy: f32,
}

impl QueryTerms {
    pub(crate) fn of(words: &[Word]) -> QueryTerms {
        let mut terms: Vec<String> = words.iter().map(|w| w.term.clone()).collect();
        sort_by(&mut terms, Ord::cmp);
        terms.dedup();
        let heavy = words.iter().map(|w| w.weight).sum::<f32>() / words.len().max(1) as f32;
        QueryTerms { terms, heavy }
    }
}

/// Why a sentence figure is no answer (for [`Engine::explain_answers`];
/// the answers only drop it).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum NoAnswer {
    /// The query's filters leave it out.
    Filtered,
    /// Its unit is not the one hinted.
    Unit,
    /// Its kind is not the one asked.
    Kind,
    /// No fact states it.
    NoFact,
    /// It does not count the noun a "how many" question counts.
    Counts(String),
    /// Its passage and headings hold this share of the query, too little.
    Passage(f32),
    /// Its sentence says the alternative of this query term.
    Contradicted(String),
    /// This heavy or scope term is not said in its sentence or headings.
    Unsaid(String),
    /// Its context covers this share of the query, too little.
    Covers(f32),
    /// It is not of the period asked.
    Period,
}

impl Engine {
    /// The sentence figures that answer the question, as `(key, figure,
    /// score)` for [`Engine::answers`] to rank (see the module
    /// documentation).
    pub(crate) fn sentence_answers(
        &self,
        intent: &Intent,
        words: &[Word],
        total: f32,
        selection: &Selection,
        hard: &Selection,
    ) -> Vec<(Key, FigureIdx, f32)> {
        let tables = self.answer_words();
        let counted = counted_word(intent, words);
        let heads: Vec<&Word> = match counted {
            Some(w) => vec![w],
            None => (words.iter())
                .filter(|w| !w.scope && w.weight > 0.0)
                .collect(),
        };
        let mut candidates: Vec<FigureIdx> = (heads.iter())
            .flat_map(|w| tables.sentence_figures_with(&w.term))
            .collect();
        // A bare number (`plans to issue 5,000 this year`, unit `count`)
        // may count the noun its clause names.
        if counted.is_some() {
            candidates.extend(tables.sentence_figures_with(&answer_term("count", "count")));
        }
        candidates.sort_unstable();
        candidates.dedup();
        // Cheap first: how much of the query the passages and headings hold.
        let mut near: Vec<(f32, FigureIdx)> = (candidates.into_iter())
            .filter_map(|f| {
                let held = self.sentence_gate(f, intent, words, total, selection, hard);
                held.ok().map(|held| (held, f))
            })
            .collect();
        sort_by(&mut near, |a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        near.truncate(MAX_SENTENCE_CANDIDATES);
        let query = QueryTerms::of(words);
        (near.into_iter())
            .filter_map(|(_, f)| {
                let (key, score) = self.sentence_score(f, intent, words, total, &query).ok()?;
                Some((key, f, score))
            })
            .collect()
    }

    /// The cheap checks of a sentence figure (selection, unit, kind, the
    /// noun counted, the share of the query its passage holds): that share,
    /// or why it fails.
    pub(crate) fn sentence_gate(
        &self,
        f: FigureIdx,
        intent: &Intent,
        words: &[Word],
        total: f32,
        selection: &Selection,
        hard: &Selection,
    ) -> Result<f32, NoAnswer> {
        let tables = self.answer_words();
        let figure = &tables.figures(self.corpus())[f as usize];
        if !self.passes(figure, selection, hard) {
            return Err(NoAnswer::Filtered);
        }
        if !fits_unit(intent, &figure.unit) {
            return Err(NoAnswer::Unit);
        }
        if !fits_kind(intent, figure.kind) {
            return Err(NoAnswer::Kind);
        }
        let fact = self.first_fact(figure).ok_or(NoAnswer::NoFact)?;
        if let Some(w) = counted_word(intent, words) {
            let before = || self.antecedent(fact).map_or_else(Vec::new, content_terms);
            if !counts_noun(fact, w, tables.terms(figure.measure as usize), before) {
                return Err(NoAnswer::Counts(w.term.clone()));
            }
        }
        // At most: any word of the passage may be in the clause.
        let held: f32 = (words.iter())
            .filter(|w| self.passage_credit(fact, w) > 0.0 || names_the_unit(w, &figure.unit))
            .map(|w| w.weight * IN_LABEL)
            .sum();
        if held / total < MIN_SENTENCE_COVERED {
            return Err(NoAnswer::Passage(held / total));
        }
        Ok(held)
    }

    /// The close reading of a sentence figure: its key and score, or why
    /// it is no answer.
    pub(crate) fn sentence_score(
        &self,
        f: FigureIdx,
        intent: &Intent,
        words: &[Word],
        total: f32,
        query: &QueryTerms,
    ) -> Result<(Key, f32), NoAnswer> {
        let tables = self.answer_words();
        let figure = &tables.figures(self.corpus())[f as usize];
        let fact = self.first_fact(figure).ok_or(NoAnswer::NoFact)?;
        let (query_terms, heavy) = (&query.terms, query.heavy);
        let sentence_terms = self.sentence_terms().get_or_read(f, || {
            let mut terms = content_terms(&fact.sentence);
            tables.widen(&mut terms);
            terms
        });
        let (start, end) = clause_range(fact);
        let mut clause_terms = content_terms(&fact.sentence[start..end]);
        tables.widen(&mut clause_terms);
        let contrasts = self.contrasts();
        let contradicted = (words.iter())
            .filter(|w| in_terms(w, &sentence_terms, 1.0, 1.0) == 0.0)
            .find(|w| contrasts.contradicts(&sentence_terms, &w.term, query_terms));
        if let Some(w) = contradicted {
            return Err(NoAnswer::Contradicted(w.term.clone()));
        }
        let labels = &tables.measures(self.corpus())[figure.measure as usize].labels;
        let label_terms = tables.terms(figure.measure as usize);
        // "Its examiners numbered 61": the sentence before names whose.
        let mut before = self.antecedent(fact).map_or_else(Vec::new, content_terms);
        tables.widen(&mut before);
        // A name the passage gave before the sentence is whose it is
        // ("Young Inventors Prize: … final count 356 entries"), as a
        // title's would be; a common word there is another subject's.
        let mut topic = (self.passage_before(fact))
            .map_or_else(Vec::new, |text| content_terms(&names_in(text)));
        tables.widen(&mut topic);
        let mut covered = 0.0;
        let mut lacking = None;
        let mut scope = 2;
        for w in words {
            let unit = if names_the_unit(w, &figure.unit) {
                IN_LABEL
            } else {
                0.0
            };
            let said = (in_terms(w, label_terms, IN_LABEL, IN_CLAUSE))
                .max(unit)
                .max(in_terms(w, &clause_terms, IN_CLAUSE, IN_SENTENCE))
                .max(in_terms(w, &sentence_terms, IN_SENTENCE, IN_PASSAGE))
                .max(in_terms(w, &before, IN_PASSAGE, IN_PASSAGE));
            let titled = self.titled(fact, w);
            // A heavy word or a scope word is said in the sentence or
            // names whose the document is.
            let must = w.scope || w.weight >= heavy;
            let on_topic = in_terms(w, &topic, 1.0, 1.0) > 0.0;
            if w.weight > 0.0 && must && said == 0.0 && !titled && !on_topic {
                lacking.get_or_insert(&w.term);
            }
            // As for a canonical figure: 2 when the label names every
            // scope word, 1 when the sentence or a heading does.
            if w.scope && w.weight > 0.0 {
                let held = if in_terms(w, label_terms, 1.0, 1.0) > 0.0 {
                    2
                } else if said > 0.0 || titled {
                    1
                } else {
                    0
                };
                scope = scope.min(held);
            }
            // A scope or subject word ("does the Orvanne pool have") a
            // title or heading holds says whose the whole document or
            // section is, as the sentence would.
            let whose = if (w.scope || w.whose) && titled {
                IN_SENTENCE
            } else {
                0.0
            };
            let credit = said.max(self.passage_credit(fact, w)).max(whose);
            covered += w.weight * credit;
        }
        let covered = covered / total;
        if let Some(term) = lacking {
            return Err(NoAnswer::Unsaid(term.clone()));
        }
        // Every word said elsewhere in the sentence covers the minimum
        // exactly; rounding must not fail it.
        if covered + COVER_ROUNDING < MIN_SENTENCE_COVERED {
            return Err(NoAnswer::Covers(covered));
        }
        let wording = (labels.iter())
            .map(|l| wording_share(&content_terms(l), query_terms))
            .fold(0.0, f32::max);
        let score = 0.75 * covered + 0.25 * wording;
        let mut key = self.key(figure, f, score, intent);
        // A period asked is met or the figure is no answer: another
        // year's figure of a sentence is a guess.
        if intent.period.is_some() && key.period < 2 {
            return Err(NoAnswer::Period);
        }
        key.named = 0;
        key.scope = scope;
        Ok((key, score))
    }

    /// The text before the fact's sentence (at most [`ANTECEDENT_BYTES`]
    /// of its passage, from a word's start), when the sentence points back
    /// by a pronoun ("Its examiners numbered 61", "they saw 212 visitors"):
    /// a reply's "Yes." may stand between the pronoun and what it names.
    fn antecedent(&self, fact: &Fact) -> Option<&str> {
        let points_back = (fact.sentence.split_whitespace())
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).lowercase())
            .any(|w| POINTING_BACK.contains(&w.as_str()));
        if !points_back {
            return None;
        }
        let text = self.passage_text(fact.passage)?;
        let before = text.get(..fact.sentence_span.start as usize)?;
        let from = before.len().saturating_sub(ANTECEDENT_BYTES);
        let start = (from..=before.len()).find(|&i| {
            before.is_char_boundary(i) && (i == 0 || before[..i].ends_with(char::is_whitespace))
        })?;
        Some(&before[start..])
    }

    /// The passage text before the fact's sentence.
    fn passage_before(&self, fact: &Fact) -> Option<&str> {
        let text = self.passage_text(fact.passage)?;
        text.get(..fact.sentence_span.start as usize)
    }

    /// The first fact that states `figure`.
    fn first_fact(&self, figure: &Figure) -> Option<&Fact> {
        self.corpus().facts.get(*figure.facts.first()? as usize)
    }

    /// The credit `w` earns from the fact's passage: [`IN_PASSAGE`] when
    /// the passage holds it, else [`IN_HEADING`] when the document title or
    /// the passage's section does, else 0.
    fn passage_credit(&self, fact: &Fact, w: &Word) -> f32 {
        let index = self.index();
        if (w.forms.iter()).any(|&t| !index.positions_in(t, fact.passage).is_empty()) {
            IN_PASSAGE
        } else if self.titled(fact, w) {
            IN_HEADING
        } else {
            0.0
        }
    }

    /// Whether the fact's document title or passage section holds `w`.
    fn titled(&self, fact: &Fact, w: &Word) -> bool {
        let sections = &self.index().field_values[Field::Section as usize].of_passage;
        w.fields.binary_search(&(Field::Title, fact.doc)).is_ok()
            || (sections.get(fact.passage as usize))
                .is_some_and(|&v| w.fields.binary_search(&(Field::Section, v)).is_ok())
    }
}

/// Whether a figure in `unit` can answer the question's unit hint; with no
/// hint, a length of time answers only a question about time, and a
/// percentage only one about a rate or share ("what is the grant rate")
/// or a rise or fall ("how much did sales grow"): `fund 70%` is no answer
/// to "how large is the fund".
fn fits_unit(intent: &Intent, unit: &str) -> bool {
    match intent.unit {
        Some(hint) => unit_fits(hint, unit),
        None => {
            (!unit_fits(UnitHint::Duration, unit) || asks_time(intent))
                && (!unit_fits(UnitHint::Share, unit)
                    || asks_rate(intent)
                    || intent.asked == Some(Asked::Change))
        }
    }
}

/// Words of a question about a rate or share.
const RATE_WORDS: &[&str] = &[
    "rate",
    "rates",
    "share",
    "proportion",
    "percentage",
    "percent",
    "ratio",
];

/// Whether the question names a rate or a share (`the grant rate`, `the
/// share of cases`) though it hints no unit.
fn asks_rate(intent: &Intent) -> bool {
    (intent.words.iter()).any(|w| RATE_WORDS.contains(&w.word.as_str()))
}

/// Whether a figure of `kind` answers the kind asked: a target for a goal,
/// a change for a rise or fall, and otherwise no change (a sentence's
/// `rose by 40` is no answer to "how many").
fn fits_kind(intent: &Intent, kind: FactKind) -> bool {
    match intent.asked {
        Some(Asked::Target) => kind == FactKind::Target,
        Some(Asked::Change) => kind == FactKind::Change,
        _ => kind != FactKind::Change,
    }
}

/// Whether the fact counts the noun a "how many" question counts: its unit
/// is that noun (in any form), or one of the three words after its quantity
/// is (`63 witnesses`, whatever unit the compiler gave it), or its unit says
/// nothing of what (`people`, `count`) and its label, its sentence or the
/// text its pronoun points back to names the noun (`Its examiners numbered
/// 61`, label `examiners`; `issued 3,600 certificates and plans to issue
/// 5,000`; `received 1,204 design applications, bringing the year-to-date
/// total to 3,377`; `Q: How many examiners do you have? A: 260 at the end
/// of January, and we are recruiting`).
fn counts_noun(
    fact: &Fact,
    w: &Word,
    label_terms: &[String],
    before: impl Fn() -> Vec<String>,
) -> bool {
    // Attendances or effort (`person-days`) count no heads.
    if counts_occasions(&fact.unit.lowercase()) {
        return false;
    }
    let mut unit_terms = content_terms(&fact.unit);
    sort_by(&mut unit_terms, Ord::cmp);
    let generic = GENERIC_UNITS.contains(&fact.unit.lowercase().as_str());
    let held = |mut terms: Vec<String>| {
        sort_by(&mut terms, Ord::cmp);
        in_terms(w, &terms, 1.0, 1.0) > 0.0
    };
    in_terms(w, &unit_terms, 1.0, 1.0) > 0.0
        || noun_after(fact, w)
        || (generic
            && (in_terms(w, label_terms, 1.0, 1.0) > 0.0
                || held(content_terms(&fact.sentence))
                || held(before())))
}

/// The capitalised words of `text` that do not open a sentence or line
/// (names: `Eastbay`, `Young Inventors Prize`), joined by spaces.
fn names_in(text: &str) -> String {
    let mut out = String::new();
    let mut opening = true;
    for token in text.split_whitespace() {
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        if !opening && word.starts_with(|c: char| c.is_uppercase()) {
            out.push_str(word);
            out.push(' ');
        }
        opening = token.ends_with(['.', ':', '!', '?', ']']) || word.is_empty();
    }
    out
}

/// Whether `w` is the length of time a "how long" question implies
/// (`period`) and the figure's unit is one: the unit says it.
fn names_the_unit(w: &Word, unit: &str) -> bool {
    unit_fits(UnitHint::Duration, unit) && w.term == answer_term("period", &stem("period"))
}

/// The word a "how many" question counts, when the query has one.
fn counted_word<'w>(intent: &Intent, words: &'w [Word]) -> Option<&'w Word> {
    (intent.counted.as_deref())
        .filter(|_| intent.unit == Some(UnitHint::Count))
        .and_then(|c| words.iter().find(|w| w.term == c))
}

/// Units that say nothing of what is counted.
const GENERIC_UNITS: &[&str] = &["count", "people", "persons", "items", "times"];

#[cfg(test)]
mod tests {
    use crate::search::{Engine, SearchRequest};

    /// The engine over one document of `text`, its figures of the values
    /// `bare` left out, as if their labels said too little (so the tests
    /// hold whatever labels the compiler gives).
    fn engine_over(text: &str, bare: &[f64]) -> Engine {
        let file = ipx_corpus::SourceFile {
            name: "note.txt".into(),
            bytes: text.as_bytes().to_vec(),
        };
        let mut corpus = ipx_corpus::compile(&[file]).0;
        corpus.figures.retain(|f| !bare.contains(&f.value));
        assert!(!corpus.figures.is_empty(), "a figure is left");
        Engine::new(corpus)
    }

    /// The first answer to `query`: value, unit, date, kind, and whether it
    /// is a sentence figure.
    fn first(engine: &Engine, query: &str) -> String {
        let figures = engine.answer_figures();
        (engine.answers(&SearchRequest::new(query)).first()).map_or("nothing".into(), |a| {
            let f = &figures[a.figure as usize];
            let from = if engine.answer_words().is_sentence_figure(a.figure) {
                "sentence"
            } else {
                "figure"
            };
            format!(
                "{} {} {} {} ({from})",
                f.value,
                f.unit,
                f.date.as_deref().unwrap_or("-"),
                f.kind.as_str()
            )
        })
    }

    const SOCIETY: &str = "Riverside Philatelic Society: Secretary's Report\n\nDate: 3 March 2025\n\nAt the autumn fair the society sold 640 catalogues and admitted 58 newcomers, most of them students.\n\nThe society's library lent 1,320 albums over the year, a record.\n";

    const RADIO: &str = "Seedvale Registry on air\n\nDate: 8 April 2025\n\nHOST: And the approval rate? GUEST: Last year the approval rate went up by 3.2 points, to 58.7 percent. In 2026 we want the turnaround cut to 15 working days.\n\nThe registry has 120 examiners.\n";

    #[test]
    fn a_percentage_answers_a_question_about_a_rate_and_a_time_one_about_turnaround() {
        let engine = engine_over(RADIO, &[58.7, 15.0, 3.2]);
        assert_eq!(
            first(&engine, "What is the approval rate at Seedvale?"),
            "58.7 % 2024 actual (sentence)"
        );
        assert_eq!(
            first(&engine, "What turnaround is Seedvale planning for 2026?"),
            "15 days 2026 target (sentence)"
        );
        assert_eq!(first(&engine, "How big are Seedvale approvals?"), "nothing");
    }

    #[test]
    fn a_bare_noun_stated_in_a_sentence_answers_the_question_that_counts_it() {
        let engine = engine_over(SOCIETY, &[58.0]);
        assert_eq!(
            first(
                &engine,
                "How many newcomers did the Riverside society admit?"
            ),
            "58 newcomers - actual (sentence)"
        );
    }

    #[test]
    fn a_sentence_figure_says_what_it_counts_in_the_words_of_its_clause() {
        let engine = engine_over(SOCIETY, &[58.0]);
        let answers = engine.answers(&SearchRequest::new(
            "How many newcomers did the Riverside society admit?",
        ));
        let figure = &engine.answer_figures()[answers[0].figure as usize];
        let measure = &engine.answer_measures()[figure.measure as usize];
        // The label (whatever words the compiler gives it), then the clause.
        let (label, clause) = measure.name.split_once(": ").expect("a label");
        assert!(label.contains("newcomers"), "{}", measure.name);
        assert_eq!(
            clause,
            "“…fair the society sold 640 catalogues and admitted 58 newcomers…”"
        );
        assert!(answers[0].series.is_empty());
    }

    #[test]
    fn a_sentence_figure_needs_the_noun_counted_and_the_rest_of_the_question() {
        let engine = engine_over(SOCIETY, &[58.0]);
        for (query, why) in [
            (
                "How many students did the society admit?",
                "another noun counted: the students are among the newcomers",
            ),
            (
                "How many newcomers did the library admit?",
                "a word the sentence lacks: the library is only in the next one",
            ),
            (
                "How many newcomers did the society admit in 2019?",
                "a year asked that the sentence is not of",
            ),
            (
                "How many newcomers does the society aim to admit?",
                "a goal asked: the sentence states what was done",
            ),
        ] {
            assert_eq!(first(&engine, query), "nothing", "{why}");
        }
    }

    #[test]
    fn a_pronoun_reads_what_the_text_before_named() {
        let note = "Greenfield Seed Registry: Director's Letter\n\nDate: 10 January 2025\n\nThe plant variety section moved to a new building in May. Its inspectors numbered 23 at the end of the year. The library next door lent 400 books.\n";
        let engine = engine_over(note, &[23.0]);
        assert_eq!(
            first(
                &engine,
                "How many inspectors does the plant variety section have?"
            ),
            "23 inspectors - actual (sentence)"
        );
        // The library is not what "its" points back to.
        assert_eq!(
            first(&engine, "How many inspectors does the library have?"),
            "nothing"
        );
    }

    #[test]
    fn a_generic_unit_counts_the_noun_its_label_names() {
        use super::{counts_noun, Word};
        let sentence = "Its examiners numbered 61 at the end of 2024.";
        let at = sentence.find("61").unwrap() as u32;
        let fact = |unit: &str| ipx_corpus::Fact {
            id: "d#p0/f0".into(),
            value: 61.0,
            unit: unit.into(),
            measure: "examiners".into(),
            text: "61".into(),
            sentence: sentence.into(),
            span: at..at + 2,
            sentence_span: 0..sentence.len() as u32,
            doc: 0,
            passage: 0,
            date: None,
            kind: ipx_corpus::FactKind::Actual,
        };
        let word = |w: &str| Word {
            term: crate::synonyms::answer_term(w, &crate::fold::stem(w)),
            weight: 1.0,
            expansion: Vec::new(),
            forms: Vec::new(),
            expansion_ids: Vec::new(),
            fields: Vec::new(),
            scope: false,
            whose: false,
            counted: false,
            implied_time: false,
        };
        let label = super::content_terms("examiners");
        assert!(counts_noun(
            &fact("people"),
            &word("examiners"),
            &label,
            Vec::new
        ));
        assert!(!counts_noun(
            &fact("people"),
            &word("judges"),
            &label,
            Vec::new
        ));
        // A unit that says what it counts is what is counted.
        assert!(!counts_noun(
            &fact("files"),
            &word("examiners"),
            &label,
            Vec::new
        ));
        // The sentence, or the text a pronoun points back to, names it.
        let none = super::content_terms("total");
        assert!(counts_noun(
            &fact("count"),
            &word("examiners"),
            &none,
            Vec::new
        ));
        assert!(!counts_noun(
            &fact("count"),
            &word("judges"),
            &none,
            Vec::new
        ));
        let asked = || super::content_terms("Q: How many judges do you have?");
        assert!(counts_noun(&fact("count"), &word("judges"), &none, asked));
    }

    #[test]
    fn names_are_capitalised_words_that_open_no_sentence() {
        assert_eq!(
            super::names_in("Morning all. The Young Inventors Prize closed. Courts were shut."),
            "Young Inventors Prize "
        );
    }

    #[test]
    fn a_name_the_passage_gave_before_says_whose_a_bare_count_is() {
        let note = "Allotment news\n\nDate: 2 June 2025\n\nThe Harbour Seed Bank drive closed on Sunday. Volunteers sorted what came in for a week: final tally 412 packets, from 37 allotments. The library will take 20 boxes of them.\n\nThe seed bank held 2,300 seed varieties in 2024.\n";
        let engine = engine_over(note, &[412.0]);
        assert_eq!(
            first(
                &engine,
                "How many packets did the Harbour Seed Bank collect?"
            ),
            "412 packets - actual (sentence)"
        );
        // A common word said only after the sentence is another subject's.
        assert_eq!(
            first(&engine, "How many packets did the library take?"),
            "nothing"
        );
    }

    #[test]
    fn a_length_of_time_answers_how_long_by_its_unit() {
        let note = "Northvale Design Registry: Service Note\n\nDate: 2 September 2025\n\nA straightforward application is registered in about five weeks. The registry answered 1,200 enquiries in 2024.\n";
        let engine = engine_over(note, &[5.0]);
        assert_eq!(
            first(
                &engine,
                "How long does it take to register a design at Northvale?"
            ),
            "5 weeks - actual (sentence)"
        );
    }

    #[test]
    fn a_goal_asked_is_a_bare_target_whose_clause_names_the_noun() {
        let note = "Eastfield Registry News\n\nDate: 14 February 2025\n\nThe Eastfield registry issued 3,600 design certificates in 2024 and plans to issue 5,000 this year.\n";
        let engine = engine_over(note, &[5000.0]);
        let answer = first(
            &engine,
            "How many design certificates does the Eastfield registry aim to issue this year?",
        );
        assert!(
            answer.starts_with("5000 ") && answer.ends_with("target (sentence)"),
            "{answer}"
        );
        // Without a goal asked, the figure reached answers.
        assert_eq!(
            first(
                &engine,
                "How many design certificates did the Eastfield registry issue in 2024?"
            ),
            "3600 certificates 2024 actual (figure)"
        );
    }

    #[test]
    fn a_canonical_figure_still_answers_beside_a_bare_count() {
        let note = "Northgate Patent Office Note\n\nDate: 5 March 2025\n\nThe Northgate Patent Office had 212 patent examiners in 2024. Its training unit now counts 14 examiners.\n";
        let engine = engine_over(note, &[]);
        assert_eq!(
            first(
                &engine,
                "How many patent examiners does the Northgate office have?"
            ),
            "212 people 2024 actual (figure)"
        );
    }
}
