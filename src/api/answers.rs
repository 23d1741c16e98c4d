//! `ipExplorer.search()`'s `answers`: the figures that answer the query,
//! best first, as plain records (DESIGN.md, "Answer"): the figure with its
//! canonical measure, every passage that states it, the measure's other
//! figures as its series, and the same amount in another unit when the text
//! gives one in brackets.

use serde::Serialize;

use crate::corpus::{Corpus, Figure};
use crate::engine::intent::Period;
use crate::engine::{Answer, Engine};

/// One answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerRecord {
    /// The value, fully scaled.
    pub value: f64,
    /// Its unit.
    pub unit: String,
    /// The canonical measure's name.
    pub measure: String,
    /// The quantity as written in its first source.
    pub text: String,
    /// As-of date or period, or null.
    pub date: Option<String>,
    /// `actual`, `target` or `change`.
    pub kind: &'static str,
    /// Every passage that states it.
    pub sources: Vec<SourceRecord>,
    /// The measure's other figures in the same unit: actual and change
    /// figures by date, then targets.
    pub series: Vec<SeriesRecord>,
    /// The same amount in another unit, given beside it in brackets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub converted: Option<ConvertedRecord>,
    /// The period the question asked for (`2019`, `the end of 2021`,
    /// `last year`), when no figure of the measure was stated for it and
    /// this one is from another period.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outside: Option<String>,
}

/// A passage that states a figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceRecord {
    /// Document id.
    pub doc: String,
    /// Passage id.
    pub passage: String,
    /// The sentence that states it.
    pub sentence: String,
}

/// Another figure of the same measure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeriesRecord {
    /// The value, fully scaled.
    pub value: f64,
    /// Its unit.
    pub unit: String,
    /// As-of date or period, or null.
    pub date: Option<String>,
    /// `actual`, `target` or `change`.
    pub kind: &'static str,
    /// The quantity as written in its first source.
    pub text: String,
}

/// A figure's amount in another unit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConvertedRecord {
    /// The value, fully scaled.
    pub value: f64,
    /// Its unit.
    pub unit: String,
    /// The amount as written.
    pub text: String,
}

/// The records of `answers`.
pub fn answer_records(engine: &Engine, answers: &[Answer]) -> Vec<AnswerRecord> {
    let corpus = engine.corpus();
    let figures = engine.answer_figures();
    let measures = engine.answer_measures();
    (answers.iter())
        .filter_map(|answer| {
            let figure = figures.get(answer.figure as usize)?;
            Some(AnswerRecord {
                value: figure.value,
                unit: figure.unit.clone(),
                measure: (measures.get(figure.measure as usize))
                    .map_or_else(String::new, |m| m.name.clone()),
                text: first_text(corpus, figure),
                date: figure.date.clone(),
                kind: figure.kind.as_str(),
                sources: (figure.facts.iter())
                    .filter_map(|&f| corpus.facts.get(f as usize))
                    .map(|fact| SourceRecord {
                        doc: corpus.documents[fact.doc as usize].id.clone(),
                        passage: corpus.passages[fact.passage as usize].id.clone(),
                        sentence: fact.sentence.clone(),
                    })
                    .collect(),
                series: (answer.series.iter())
                    .filter_map(|&f| figures.get(f as usize))
                    .map(|other| SeriesRecord {
                        value: other.value,
                        unit: other.unit.clone(),
                        date: other.date.clone(),
                        kind: other.kind.as_str(),
                        text: first_text(corpus, other),
                    })
                    .collect(),
                converted: (figure.converted)
                    .and_then(|f| corpus.facts.get(f as usize))
                    .map(|fact| ConvertedRecord {
                        value: fact.value,
                        unit: fact.unit.clone(),
                        text: fact.text.clone(),
                    }),
                outside: answer.outside.map(Period::words),
            })
        })
        .collect()
}

/// The quantity as its first source writes it.
fn first_text(corpus: &Corpus, figure: &Figure) -> String {
    (figure.facts.first())
        .and_then(|&f| corpus.facts.get(f as usize))
        .map_or_else(String::new, |fact| fact.text.clone())
}
