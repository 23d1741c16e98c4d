//! The answer card: the figure that best answers a query, as a reader sees it.
//! The value in words, what it counts, as of when and of which kind; where it
//! was stated (the first source, and how many passages state it); the same
//! amount in another currency when the text gave one; the measure's series
//! from the earliest figure to the latest and on to its targets; and the
//! runner-up answers, each a line.
//!
//! Invariant: built from the engine's answers and the corpus alone, never
//! failing: a figure or passage index that does not resolve is skipped.

use super::chart::{series_chart, SeriesChart};
use super::number::{format_compact, format_exact};
use super::period::as_of_label;
use crate::corpus::{Corpus, FactKind, Figure, FigureIdx};
use crate::engine::answers::Answer;
use crate::engine::intent::Period;
use crate::engine::sort::sort_by;
use crate::engine::{facet_filters, Engine, SearchRequest};
use crate::view_state::ViewState;

/// One passage that states a figure.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceView {
    /// Document id.
    pub doc: String,
    /// Document title.
    pub doc_title: String,
    /// Document date (ISO), when known.
    pub doc_date: Option<String>,
    /// Passage id.
    pub passage: String,
    /// Who was speaking, in a transcript.
    pub speaker: Option<String>,
    /// The sentence that states the figure.
    pub sentence: String,
}

/// One step of a measure's series: a figure with its date.
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesStep {
    /// Value and unit in words.
    pub compact: String,
    /// The date as a reader sees it (`2020`, `2018–2020`), or empty.
    pub when: String,
    /// `actual`, `target` or `change`.
    pub kind: &'static str,
    /// Whether this is the answer's own figure.
    pub current: bool,
    /// Where it was first stated.
    pub source: Option<SourceView>,
}

/// One answer as its card shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerView {
    /// The value, fully scaled.
    pub value: f64,
    /// Value and unit in words: `860,000 people`, `218 billion yuan`.
    pub compact: String,
    /// Value and unit in full digits.
    pub exact: String,
    /// The quantity as its first source writes it.
    pub text: String,
    /// The same amount in another unit, as given in brackets, in words.
    pub converted: Option<String>,
    /// The canonical measure: what is counted.
    pub measure: String,
    /// `actual`, `target` or `change`.
    pub kind: &'static str,
    /// `("As of", "2023-12")` or `("Period", "2016–2020")`, when dated.
    pub as_of: Option<(&'static str, String)>,
    /// Every passage that states it, the best-worded first.
    pub sources: Vec<SourceView>,
    /// The measure's figures in order (actuals and changes by date, then
    /// targets), the answer's own marked current; empty when it has no other.
    pub series: Vec<SeriesStep>,
    /// The series as a chart, when it has two or more dated levels.
    pub chart: Option<SeriesChart>,
    /// The period the question asked for, in words, when this figure is
    /// from another one (no figure of the measure was stated for it).
    pub outside: Option<String>,
}

/// Answers shown at most: the best as a card, the others as a line each.
pub const ANSWER_LIMIT: usize = 3;

/// The answers for a view's query under its filters, as cards.
pub fn answers_for_view(engine: &Engine, view: &ViewState) -> Vec<AnswerView> {
    if view.query.trim().is_empty() || view.doc.is_some() {
        return Vec::new();
    }
    let request = SearchRequest {
        filters: facet_filters(&view.filters),
        ..SearchRequest::new(&view.query)
    };
    answer_views(engine, &request, ANSWER_LIMIT)
}

/// The answers to `request`, as cards: the best first, at most `limit`.
pub fn answer_views(engine: &Engine, request: &SearchRequest, limit: usize) -> Vec<AnswerView> {
    engine
        .answers(request)
        .iter()
        .take(limit)
        .filter_map(|answer| answer_view(engine, answer))
        .collect()
}

/// The card of one answer; `None` when its figure does not resolve.
pub fn answer_view(engine: &Engine, answer: &Answer) -> Option<AnswerView> {
    let corpus = engine.corpus();
    let figures = engine.answer_figures();
    let figure = figures.get(answer.figure as usize)?;
    let measure = engine.answer_measures().get(figure.measure as usize)?;
    let sources: Vec<SourceView> = figure
        .facts
        .iter()
        .filter_map(|&f| source_view(corpus, f))
        .collect();
    let first = figure
        .facts
        .first()
        .and_then(|&f| corpus.facts.get(f as usize));
    let converted = figure
        .converted
        .and_then(|f| corpus.facts.get(f as usize))
        .map(|f| format_compact(f.value, &f.unit));
    Some(AnswerView {
        value: figure.value,
        compact: format_compact(figure.value, &figure.unit),
        exact: format_exact(figure.value, &figure.unit),
        text: first.map(|f| f.text.clone()).unwrap_or_default(),
        converted,
        measure: measure.name.clone(),
        kind: figure.kind.as_str(),
        as_of: figure.date.as_deref().map(as_of_label),
        sources,
        series: series_steps(corpus, figures, answer),
        chart: figure.facts.iter().find_map(|&f| series_chart(corpus, f)),
        outside: answer.outside.map(Period::words),
    })
}

/// The answer's figure and its series in reading order: actual and change
/// figures by date, then targets by date; a single figure has no series.
fn series_steps(corpus: &Corpus, figures: &[Figure], answer: &Answer) -> Vec<SeriesStep> {
    if answer.series.is_empty() {
        return Vec::new();
    }
    let mut members: Vec<FigureIdx> = answer.series.clone();
    members.push(answer.figure);
    let mut dated: Vec<(FigureIdx, &Figure)> = members
        .into_iter()
        .filter_map(|idx| figures.get(idx as usize).map(|f| (idx, f)))
        .collect();
    sort_by(&mut dated, |a, b| {
        let target = |f: &Figure| f.kind == FactKind::Target;
        target(a.1)
            .cmp(&target(b.1))
            .then_with(|| date_key(a.1).cmp(&date_key(b.1)))
            .then(a.0.cmp(&b.0))
    });
    dated
        .into_iter()
        .map(|(idx, figure)| SeriesStep {
            compact: format_compact(figure.value, &figure.unit),
            when: figure
                .date
                .as_deref()
                .map(|d| as_of_label(d).1)
                .unwrap_or_default(),
            kind: figure.kind.as_str(),
            current: idx == answer.figure,
            source: figure.facts.first().and_then(|&f| source_view(corpus, f)),
        })
        .collect()
}

/// Sorts dated figures by their date's start, undated last.
fn date_key(figure: &Figure) -> (bool, String) {
    match figure.date.as_deref() {
        Some(date) => (false, date.to_string()),
        None => (true, String::new()),
    }
}

fn source_view(corpus: &Corpus, fact: u32) -> Option<SourceView> {
    let fact = corpus.facts.get(fact as usize)?;
    let passage = corpus.passages.get(fact.passage as usize)?;
    let doc = corpus.documents.get(fact.doc as usize)?;
    Some(SourceView {
        doc: doc.id.clone(),
        doc_title: doc.title.clone(),
        doc_date: doc.date.map(|d| d.iso()),
        passage: passage.id.clone(),
        speaker: passage.speaker.clone(),
        sentence: fact.sentence.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::compiled;

    fn engine(files: &[(&str, &str)]) -> Engine {
        Engine::new(compiled(files))
    }

    fn two_reports() -> Engine {
        engine(&[
            (
                "a.txt",
                "---\ntitle: Talent report 2021\ndate: 2021-05-01\nkind: report\n---\n\n\
                 By the end of 2020, China had 690,000 IP professionals. By 2025 the number \
                 of IP professionals will exceed one million.\n",
            ),
            (
                "b.txt",
                "---\ntitle: Talent report 2024\ndate: 2024-04-01\nkind: report\n---\n\n\
                 As of the end of 2023, the number of IP professionals in China reached 860,000.\n",
            ),
        ])
    }

    #[test]
    fn a_question_gets_the_latest_actual_figure_with_its_series() {
        let engine = two_reports();
        let views = answer_views(
            &engine,
            &SearchRequest::new("how many IP professionals does China have"),
            3,
        );
        let first = views.first().expect("an answer");
        assert_eq!(first.compact, "860,000 people");
        assert_eq!(first.kind, "actual");
        assert_eq!(first.as_of, Some(("As of", "2023-12".to_string())));
        assert_eq!(first.sources.len(), 1);
        assert_eq!(first.sources[0].doc, "b");
        let steps: Vec<(&str, &str, bool)> = first
            .series
            .iter()
            .map(|s| (s.compact.as_str(), s.kind, s.current))
            .collect();
        assert_eq!(
            steps,
            [
                ("690,000 people", "actual", false),
                ("860,000 people", "actual", true),
                ("1 million people", "target", false),
            ]
        );
    }

    #[test]
    fn a_card_from_another_period_names_the_period_asked() {
        let engine = two_reports();
        let first = |q: &str| answer_views(&engine, &SearchRequest::new(q), 1).remove(0);
        let asked_2021 = first("How many IP professionals were there at the end of 2021?");
        assert_eq!(asked_2021.outside.as_deref(), Some("the end of 2021"));
        let asked_2023 = first("How many IP professionals were there at the end of 2023?");
        assert_eq!(asked_2023.compact, "860,000 people");
        assert_eq!(asked_2023.outside, None);
    }

    #[test]
    fn a_query_nothing_answers_has_no_card() {
        let engine = two_reports();
        let views = answer_views(&engine, &SearchRequest::new("weather in spring"), 3);
        assert!(views.is_empty());
    }
}
