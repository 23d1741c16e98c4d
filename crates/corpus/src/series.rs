//! Metric series: the level figures (actuals and targets) of one canonical
//! measure, across documents, in time order, so a chart can connect
//! `690,000 (2020) → 860,000 (2023-12) → 1,000,000 (target, 2025)` however
//! each document words the measure. Changes (rises, growth rates) are not
//! levels and stay out.
//!
//! A series is built on [`Corpus::measures`] and [`Corpus::figures`]: each
//! figure appears once, through its first (best-worded) fact.
//!
//! Invariant: a series has figures at two or more distinct dates (a figure's
//! as-of date, else its document's date); its facts are ordered by that
//! date, undated last, then corpus order; the series list is sorted by id.

use std::collections::BTreeMap;

use super::entities::slug;
use super::model::{Corpus, FactIdx, FactKind, MeasureIdx, Series};

pub use super::measure_key::measure_key;

/// Derives the series from the corpus's measures and figures.
pub fn group_series(corpus: &Corpus) -> Vec<Series> {
    let mut levels: BTreeMap<MeasureIdx, Vec<FactIdx>> = BTreeMap::new();
    for figure in &corpus.figures {
        if figure.kind == FactKind::Change {
            continue;
        }
        if let Some(first) = figure.facts.first() {
            levels.entry(figure.measure).or_default().push(*first);
        }
    }
    let mut out: Vec<Series> = levels
        .into_iter()
        .filter_map(|(measure, mut facts)| {
            let measure = corpus.measures.get(measure as usize)?;
            facts.sort_by_key(|f| (when(corpus, *f).is_none(), when(corpus, *f), *f));
            let mut dates: Vec<Option<String>> = facts.iter().map(|f| when(corpus, *f)).collect();
            dates.dedup();
            (dates.iter().flatten().count() >= 2).then(|| Series {
                id: slug(&format!("{} {}", measure_key(&measure.name), measure.unit)),
                measure: measure.name.clone(),
                unit: measure.unit.clone(),
                facts,
            })
        })
        .collect();
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out.dedup_by(|a, b| a.id == b.id);
    out
}

/// The date a fact is about: its own as-of date, else its document's date.
fn when(corpus: &Corpus, fact: FactIdx) -> Option<String> {
    let fact = &corpus.facts[fact as usize];
    fact.date
        .clone()
        .or_else(|| corpus.documents[fact.doc as usize].date.map(|d| d.iso()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, Document, Fact};

    fn fact(measure: &str, value: f64, date: Option<&str>, doc: u32) -> Fact {
        Fact::sample(measure, value, "people", date, doc)
    }

    fn doc(year: u16) -> Document {
        Document {
            id: year.to_string(),
            title: String::new(),
            kind: crate::model::DocKind::News,
            date: Some(Date {
                year,
                month: None,
                day: None,
            }),
            source: None,
            words: 0,
            sections: Vec::new(),
            speakers: Vec::new(),
            passages: 0..0,
        }
    }

    #[test]
    fn same_measure_in_other_words_is_one_series_in_time_order() {
        let mut corpus = Corpus {
            documents: vec![doc(2024), doc(2022)],
            facts: vec![
                fact(
                    "China's intellectual property (IP) talent",
                    860.0,
                    Some("2023-12"),
                    0,
                ),
                fact("IP professionals in China", 690.0, None, 1),
                fact("IP professionals", 1000.0, Some("2025"), 1),
                fact("IP talents", 1.0, None, 0),
                fact("patent agents", 5.0, None, 0),
                fact("patent agents", 7.0, None, 0),
            ],
            ..Corpus::default()
        };
        crate::compile::fill_canonical(&mut corpus);
        let series = &corpus.series;
        assert_eq!(series.len(), 1);
        assert_eq!(series[0].id, "intellectual-professional-property-people");
        assert_eq!(series[0].facts, [1, 0, 2]);
        // The canonical name: the shortest wording any fact used.
        assert_eq!(series[0].measure, "IP professionals");
    }

    #[test]
    fn keys_expand_acronyms_and_ignore_word_order() {
        assert_eq!(
            measure_key("patent and trademark pledge financing in China"),
            measure_key("pledge financing of patents and trademarks")
        );
        assert_eq!(measure_key("IPR cases"), "case intellectual property right");
    }
}
