//! How much of a query a figure covers: each query word earns its best
//! credit from the figure's measure, the source sentence around its
//! quantity, its source passages, or its documents' titles, sources
//! (publishers) and passages' sections, or other passages of its documents (the `IN_*` credits of [`super::answer_match`]); and how closely
//! the question's scope words hold, which the rank key compares
//! ([`super::answer_rank`]).
//!
//! Reading a source sentence is the costly part: only the figures the caller
//! picks read theirs, only `SENTENCE_WINDOW` bytes either side of the
//! quantity count, and each figure's words are read once and kept
//! ([`super::sentence_terms`]).
//!
//! Invariant: the sentence words read for a figure depend on the figure
//! alone, never on the query, so kept and freshly read words agree.

use super::answer_match::{
    in_terms, names_implied_time, Word, IN_DOCUMENT, IN_MEASURE, IN_MEASURE_LOOSELY, IN_PASSAGE,
    IN_SENTENCE, IN_TITLE,
};
use super::answer_words::content_terms;
use super::index::{Field, TermId};
use super::search::Engine;
use ipx_corpus::{Figure, FigureIdx};

/// Source sentences read per figure (its first source).
const MAX_SENTENCES_PER_FIGURE: usize = 1;
/// Bytes of a sentence read on each side of the quantity: a "sentence" of
/// text without full stops (a list, a table) can run for pages.
const SENTENCE_WINDOW: usize = 120;

impl Engine {
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
        let in_document = |terms: &[TermId]| {
            (facts.iter()).any(|f| {
                let Some(doc) = corpus.documents.get(f.doc as usize) else {
                    return false;
                };
                terms.iter().any(|&t| {
                    let passages = index.body_passages(t);
                    let from = passages.partition_point(|&p| p < doc.passages.start);
                    passages.get(from).is_some_and(|&p| p < doc.passages.end)
                })
            })
        };
        let in_title = |fields: &[(Field, u32)]| {
            facts.iter().any(|f| {
                fields.binary_search(&(Field::Title, f.doc)).is_ok()
                    || (sections.get(f.passage as usize))
                        .is_some_and(|&v| fields.binary_search(&(Field::Section, v)).is_ok())
            })
        };
        // `the Brevonian register`: the words of who published the figure's
        // document (its `source`) name whose figure it is, as its title's
        // words do. Read only for a word nothing closer credits.
        let source_terms = std::cell::OnceCell::new();
        let in_source = |w: &Word| {
            let terms: &Vec<String> = source_terms.get_or_init(|| {
                let mut terms = Vec::new();
                for fact in facts.iter().take(1) {
                    let doc = corpus.documents.get(fact.doc as usize);
                    if let Some(source) = doc.and_then(|d| d.source.as_deref()) {
                        terms.extend(content_terms(source));
                    }
                }
                self.answer_words().widen(&mut terms);
                terms
            });
            in_terms(w, terms, IN_TITLE, 0.0) > 0.0
        };
        // How closely the scope words hold: 2 when the measure names every
        // one, 1 when the source sentences or the titles do, else 0.
        let mut scope = 2;
        let covered = (words.iter())
            .map(|w| {
                let mut in_measure = in_terms(w, measure_terms, IN_MEASURE, IN_MEASURE_LOOSELY);
                if names_implied_time(w, &figure.unit) {
                    in_measure = in_measure.max(IN_MEASURE_LOOSELY);
                }
                let in_sentence = in_terms(w, sentence_terms, IN_SENTENCE, IN_PASSAGE);
                let mut credit = in_measure.max(in_sentence);
                if credit < IN_PASSAGE
                    && (in_passage(&w.forms)
                        || (!w.expansion_ids.is_empty() && all_in_passage(&w.expansion_ids)))
                {
                    credit = IN_PASSAGE;
                }
                let titled = in_title(&w.fields) || (credit < IN_TITLE && in_source(w));
                if credit < IN_TITLE && titled {
                    credit = IN_TITLE;
                }
                if credit < IN_DOCUMENT && w.whose && in_document(&w.forms) {
                    credit = IN_DOCUMENT;
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
}

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

#[cfg(test)]
mod tests {
    use crate::answers::Answer;
    use crate::fixture;
    use crate::search::{Engine, SearchRequest};

    #[test]
    fn the_publisher_a_question_names_covers_its_word() {
        let files = [
            ipx_corpus::SourceFile {
                name: "a.txt".into(),
                bytes: b"---\nsource: \"Brevonian Trade Mark Office\"\n---\nActivity note\n\nOn 30 January 2025 the register held 412,507 marks in force.\n".to_vec(),
            },
            // Both names occur in the corpus, so both weigh.
            ipx_corpus::SourceFile {
                name: "c.txt".into(),
                bytes: b"Trade news\n\nDate: 3 February 2025\n\nBrevonian and Kestrian firms met in Castelbrev.\n".to_vec(),
            },
        ];
        let engine = Engine::new(ipx_corpus::compile(&files).0);
        let covered = |q: &str| -> f32 {
            let lines = engine.explain_answers(q, 412_507.0);
            let line = lines.iter().find(|l| l.contains("covered ")).expect(q);
            let at = line.find("covered ").unwrap() + "covered ".len();
            line[at..].split(' ').next().unwrap().parse().unwrap()
        };
        let own = covered("How many marks does the Brevonian office hold in force?");
        let other = covered("How many marks does the Kestrian office hold in force?");
        assert!(own > other, "own publisher {own}, another {other}");
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
}
