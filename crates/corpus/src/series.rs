//! Metric series: facts about the same measure, unit and kind of figure
//! (levels — actuals and targets — apart from changes), across documents,
//! in time order. Measures match when their content words match after
//! acronyms are expanded and word forms normalised (`IP professionals in
//! China` = `China's intellectual property talent`).
//!
//! A series needs a measure of two or more content words and facts from two
//! or more documents; a fact 50 times off the series median is left out, as
//! it counts something else under the same words.
//!
//! Invariant: a series has at least two facts, facts are ordered by their
//! as-of date (else their document's date, undated last, then corpus order),
//! and the series list is sorted by id.

use std::collections::BTreeMap;

use super::entities::slug;
use super::model::{Corpus, FactIdx, FactKind, Series};

/// Words that do not change what is measured.
#[rustfmt::skip]
const NEUTRAL: &[&str] = &["the", "a", "an", "of", "in", "national", "total", "china", "chinese", "nationwide", "and", "for", "at", "by", "to", "on", "its", "their"];

/// Groups the corpus facts into series.
pub fn group_series(corpus: &Corpus) -> Vec<Series> {
    let mut groups: BTreeMap<(String, String, bool), Vec<FactIdx>> = BTreeMap::new();
    for (idx, fact) in corpus.facts.iter().enumerate() {
        let key = measure_key(&fact.measure);
        if key.is_empty() {
            continue;
        }
        let is_change = fact.kind == FactKind::Change;
        groups
            .entry((key, fact.unit.clone(), is_change))
            .or_default()
            .push(idx as FactIdx);
    }
    let mut out: Vec<Series> = groups
        .into_iter()
        .map(|(key, facts)| (key, drop_outliers(corpus, facts)))
        .filter(|((key, _, _), facts)| key.contains(' ') && n_docs(corpus, facts) >= 2)
        .map(|((key, unit, is_change), mut facts)| {
            facts.sort_by_key(|f| (when(corpus, *f).is_none(), when(corpus, *f), *f));
            let change = if is_change { "-change" } else { "" };
            Series {
                id: slug(&format!("{key} {unit}{change}")),
                measure: corpus.facts[facts[0] as usize].measure.clone(),
                unit,
                facts,
            }
        })
        .collect();
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

/// The normalised content words of a measure, sorted: the grouping key.
pub fn measure_key(measure: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    for raw in measure.split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')')) {
        let word = raw.to_lowercase();
        let word = word.trim_end_matches("'s").trim_end_matches("’s");
        match word {
            "ip" => words.extend(["intellectual".into(), "property".into()]),
            "ipr" | "iprs" => {
                words.extend(["intellectual".into(), "property".into(), "right".into()])
            }
            "talent" | "talents" => words.push("professional".into()),
            w if w.is_empty() || NEUTRAL.contains(&w) => {}
            w => words.push(singular(w)),
        }
    }
    words.sort();
    words.dedup();
    words.join(" ")
}

/// Leaves out facts more than 50 times away from the median value.
fn drop_outliers(corpus: &Corpus, facts: Vec<FactIdx>) -> Vec<FactIdx> {
    let mut values: Vec<f64> = facts
        .iter()
        .map(|f| corpus.facts[*f as usize].value)
        .collect();
    values.sort_by(f64::total_cmp);
    let median = values.get(values.len() / 2).copied().unwrap_or(0.0);
    facts
        .into_iter()
        .filter(|f| {
            let value = corpus.facts[*f as usize].value;
            value * 50.0 >= median && value <= median * 50.0
        })
        .collect()
}

fn n_docs(corpus: &Corpus, facts: &[FactIdx]) -> usize {
    let mut docs: Vec<u32> = facts
        .iter()
        .map(|f| corpus.facts[*f as usize].doc)
        .collect();
    docs.sort_unstable();
    docs.dedup();
    docs.len()
}

/// The date a fact is about: its own as-of date, else its document's date.
fn when(corpus: &Corpus, fact: FactIdx) -> Option<String> {
    let fact = &corpus.facts[fact as usize];
    fact.date
        .clone()
        .or_else(|| corpus.documents[fact.doc as usize].date.map(|d| d.iso()))
}

fn singular(word: &str) -> String {
    match word.strip_suffix('s') {
        Some(stem) if word.len() > 3 && !word.ends_with("ss") => stem.to_string(),
        _ => word.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, Document, Fact};

    fn fact(measure: &str, value: f64, date: Option<&str>, doc: u32) -> Fact {
        Fact {
            id: format!("f{value}"),
            value,
            unit: "people".into(),
            measure: measure.into(),
            text: String::new(),
            sentence: String::new(),
            span: 0..0,
            sentence_span: 0..0,
            doc,
            passage: 0,
            date: date.map(str::to_string),
            kind: FactKind::Actual,
        }
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
        let corpus = Corpus {
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
        let series = group_series(&corpus);
        assert_eq!(series.len(), 1);
        assert_eq!(series[0].id, "intellectual-professional-property-people");
        assert_eq!(series[0].facts, [1, 0, 2]);
        assert_eq!(series[0].measure, "IP professionals in China");
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
