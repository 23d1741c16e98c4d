//! Why a query's answers are what they are: the query's weighed words, and
//! for each measure that holds a figure of a given value, how it fared
//! against the answer thresholds of [`super::answers`]. For the judged-set
//! harness and for developers; the app never calls it, so the wasm bundle
//! drops it.

use super::answers::{MIN_COVERED, MIN_NAMED, MIN_WORDING_QUESTION};
use super::facets::Selection;
use super::intent::read;
use super::search::Engine;
use super::sentence_answers::{NoAnswer, QueryTerms, MIN_SENTENCE_COVERED};

impl Engine {
    /// Lines that explain `query`'s answers as they bear on the figures of
    /// `value`: its words and weights, then per measure holding such a
    /// figure its name, whether it was a candidate, and its shares.
    pub fn explain_answers(&self, query: &str, value: f64) -> Vec<String> {
        let parsed = self.parse(query);
        let intent = read(&parsed);
        let words = self.weighted(&intent);
        let total: f32 = words.iter().map(|w| w.weight).sum();
        let mut out = vec![format!(
            "words: {} (question {}, unit {:?}, counted {:?}, asked {:?}, when {:?})",
            (words.iter())
                .map(|w| format!(
                    "{}{}={:.2}",
                    w.term,
                    if w.scope { "@" } else { "" },
                    w.weight
                ))
                .collect::<Vec<_>>()
                .join(" "),
            intent.question,
            intent.unit,
            intent.counted,
            intent.asked,
            intent.when,
        )];
        if total <= 0.0 {
            return out;
        }
        let tables = self.answer_words();
        let figures = tables.figures(self.corpus());
        let measures = tables.measures(self.corpus());
        let candidates = self.candidate_measures(&words);
        let same = |v: f64| (v - value).abs() <= 1e-6 * value.abs().max(1e-9);
        for (m, measure) in measures.iter().enumerate() {
            let Some(&f) =
                (tables.figures_of[m].iter()).find(|&&f| same(figures[f as usize].value))
            else {
                continue;
            };
            if tables.is_sentence_figure(f) {
                let none = Selection::default();
                let verdict = self
                    .sentence_gate(f, &intent, &words, total, &none, &none)
                    .and_then(|_| {
                        self.sentence_score(f, &intent, &words, total, &QueryTerms::of(&words))
                    })
                    .map_or_else(why_not, |(_, score)| format!("answers, score {score:.2}"));
                out.push(format!(
                    "  sentence figure {:?} [{}]: {verdict}",
                    measure.name, measure.unit
                ));
                continue;
            }
            let Some(&(_, named, wording)) = candidates.iter().find(|c| c.0 == m) else {
                out.push(format!(
                    "  {:?} [{}]: no candidate",
                    measure.name, measure.unit
                ));
                continue;
            };
            let (covered, scope) =
                self.covered(&figures[f as usize], f, tables.terms(m), &words, true);
            out.push(format!(
                "  {:?} [{}]: named {named:.2} (min {MIN_NAMED}), wording {wording:.2} (min {MIN_WORDING_QUESTION}), covered {:.2} (min {MIN_COVERED}), scope {scope}, contradicted {}, names only whose {}; terms {:?}",
                measure.name,
                measure.unit,
                covered / total,
                self.contradicted(m, &words),
                self.names_only_whose(m, &words),
                tables.terms(m),
            ));
        }
        out
    }
}

/// Why a sentence figure is no answer, in words.
fn why_not(no: NoAnswer) -> String {
    match no {
        NoAnswer::Filtered => "filtered out".into(),
        NoAnswer::Unit => "its unit does not fit".into(),
        NoAnswer::Kind => "its kind is not asked".into(),
        NoAnswer::NoFact => "no fact states it".into(),
        NoAnswer::Counts(term) => format!("does not count {term:?}"),
        NoAnswer::Passage(share) => {
            format!("passage holds {share:.2} of the query (min {MIN_SENTENCE_COVERED})")
        }
        NoAnswer::Contradicted(term) => format!("{term:?} contradicted by the sentence"),
        NoAnswer::Unsaid(term) => format!("{term:?} is not in the sentence or its headings"),
        NoAnswer::Covers(share) => format!("covers {share:.2} (min {MIN_SENTENCE_COVERED})"),
        NoAnswer::Period => "not of the period asked".into(),
    }
}
