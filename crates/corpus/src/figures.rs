//! Canonical figures: one [`Figure`] per measure, value, unit, as-of date and
//! kind, however many passages state it, with every stating fact as its
//! source; and bracketed conversions (`84.85 billion yuan ($13.07 billion)`)
//! shown with the figure they convert instead of as figures of their own.
//!
//! An undated statement of a value joins the one dated figure of its measure
//! with that value, unit and kind, when there is exactly one: it states the
//! same figure without saying when.
//!
//! Invariant: no two figures share measure, value, unit, date and kind; a
//! fact is in at most one figure's `facts`, and a conversion is in none;
//! figures are sorted by measure, then date (undated last), then kind and
//! value.

use std::collections::BTreeMap;

use super::model::{Corpus, FactIdx, FactKind, Figure, FigureIdx, MeasureIdx};

/// Words that may open a bracketed conversion before its amount.
const CONVERSION_OPENERS: &[&str] = &[
    "",
    "about",
    "around",
    "approximately",
    "roughly",
    "or",
    "some",
    "nearly",
    "over",
];

/// For each fact, the fact it is a bracketed conversion of: an amount in
/// another unit right after another amount of the same sentence, in
/// brackets of its own (`5.2 billion yuan (about $730 million)`).
pub fn conversions(corpus: &Corpus) -> Vec<Option<FactIdx>> {
    let mut out = vec![None; corpus.facts.len()];
    for (idx, pair) in corpus.facts.windows(2).enumerate() {
        let (main, bracketed) = (&pair[0], &pair[1]);
        if main.passage != bracketed.passage
            || main.sentence_span != bracketed.sentence_span
            || main.unit == bracketed.unit
            || main.unit == "%"
            || bracketed.unit == "%"
        {
            continue;
        }
        let Some(text) = corpus.passages.get(main.passage as usize).map(|p| &p.text) else {
            continue;
        };
        let (gap, rest) = (main.span.end as usize, bracketed.span.start as usize);
        let after = bracketed.span.end as usize;
        let (Some(between), Some(tail)) = (text.get(gap..rest), text.get(after..)) else {
            continue;
        };
        let opener = between.trim().strip_prefix('(').map(str::trim);
        if opener.is_some_and(|o| CONVERSION_OPENERS.contains(&o))
            && tail.trim_start().starts_with(')')
        {
            out[idx + 1] = Some(idx as FactIdx);
        }
    }
    out
}

/// Groups the facts that have a measure into figures.
pub fn group_figures(
    corpus: &Corpus,
    of_fact: &[Option<MeasureIdx>],
    conversion_of: &[Option<FactIdx>],
) -> Vec<Figure> {
    // (measure, value bits, unit, date, kind) → facts
    type Key = (MeasureIdx, u64, String, Option<String>, FactKind);
    let mut groups: BTreeMap<Key, Vec<FactIdx>> = BTreeMap::new();
    for (idx, fact) in corpus.facts.iter().enumerate() {
        let Some(measure) = of_fact.get(idx).copied().flatten() else {
            continue;
        };
        let key = (
            measure,
            fact.value.to_bits(),
            fact.unit.clone(),
            fact.date.clone(),
            fact.kind,
        );
        groups.entry(key).or_default().push(idx as FactIdx);
    }
    // (measure, value bits, unit, kind) → the dates it is stated for
    let mut dates: BTreeMap<(MeasureIdx, u64, &str, FactKind), Vec<&Option<String>>> =
        BTreeMap::new();
    for key in groups.keys() {
        dates
            .entry((key.0, key.1, key.2.as_str(), key.4))
            .or_default()
            .push(&key.3);
    }
    let mut moves: Vec<(Key, Key)> = Vec::new();
    for (&(measure, value, unit, kind), stated) in &dates {
        if let [None, Some(date)] | [Some(date), None] = stated[..] {
            let key = |date: Option<String>| (measure, value, unit.to_string(), date, kind);
            moves.push((key(None), key(Some(date.clone()))));
        }
    }
    for (from, to) in moves {
        let facts = groups.remove(&from).unwrap_or_default();
        groups.entry(to).or_default().extend(facts);
    }
    let mut converted_by: Vec<Option<FactIdx>> = vec![None; corpus.facts.len()];
    for (idx, main) in conversion_of.iter().enumerate() {
        if let Some(slot) = main.and_then(|m| converted_by.get_mut(m as usize)) {
            *slot = Some(idx as FactIdx);
        }
    }
    let mut figures: Vec<Figure> = groups
        .into_iter()
        .map(|((measure, _, unit, date, kind), mut facts)| {
            facts.sort_unstable();
            let name = &corpus
                .measures
                .get(measure as usize)
                .map(|m| m.name.as_str());
            // The fact worded like the measure's name is shown first.
            facts.sort_by_key(|f| {
                let label = corpus.facts[*f as usize].measure.trim_start_matches("the ");
                (Some(label) != *name, *f)
            });
            let converted = facts.iter().find_map(|f| converted_by[*f as usize]);
            Figure {
                measure,
                value: corpus.facts[facts[0] as usize].value,
                unit,
                date,
                kind,
                facts,
                converted,
            }
        })
        .collect();
    figures.sort_by(|a, b| {
        (a.measure, a.date.is_none(), &a.date, a.kind)
            .cmp(&(b.measure, b.date.is_none(), &b.date, b.kind))
            .then(a.value.total_cmp(&b.value))
    });
    figures
}

/// For each fact of the corpus, the figure that lists it in `facts` or
/// shows it as its conversion.
pub fn figure_of_facts(corpus: &Corpus) -> Vec<Option<FigureIdx>> {
    let mut out = vec![None; corpus.facts.len()];
    for (idx, figure) in corpus.figures.iter().enumerate() {
        for fact in figure.facts.iter().chain(&figure.converted) {
            if let Some(slot) = out.get_mut(*fact as usize) {
                *slot = Some(idx as FigureIdx);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Fact, Passage};

    fn fact(
        id: &str,
        value: f64,
        unit: &str,
        span: std::ops::Range<u32>,
        date: Option<&str>,
    ) -> Fact {
        Fact {
            id: id.into(),
            value,
            unit: unit.into(),
            measure: "seed exports".into(),
            text: String::new(),
            sentence: String::new(),
            span,
            sentence_span: 0..60,
            doc: 0,
            passage: 0,
            date: date.map(str::to_string),
            kind: FactKind::Actual,
        }
    }

    #[test]
    fn a_bracketed_amount_in_another_unit_is_a_conversion() {
        // "Seed exports: 7 billion yuan (about $1 billion), 7 billion yuan"
        let text = "Seed exports: 7 billion yuan (about $1 billion), 7 billion yuan";
        let corpus = Corpus {
            passages: vec![Passage {
                id: "d#p1".into(),
                doc: 0,
                section: None,
                speaker: None,
                text: text.into(),
            }],
            facts: vec![
                fact("a", 7e9, "yuan", 14..28, None),
                fact("b", 1e9, "US dollars", 30..46, None),
                fact("c", 7e9, "yuan", 49..63, None),
            ],
            ..Corpus::default()
        };
        assert_eq!(&text[30..46], "about $1 billion");
        assert_eq!(conversions(&corpus), [None, Some(0), None]);
    }

    #[test]
    fn one_figure_per_value_date_and_kind_and_undated_statements_join_it() {
        let mut corpus = Corpus {
            facts: vec![
                fact("a", 5.0, "tonnes", 0..1, Some("2020")),
                fact("b", 5.0, "tonnes", 0..1, None),
                fact("c", 5.0, "tonnes", 0..1, Some("2020")),
                fact("d", 5.0, "tonnes", 0..1, Some("2021")),
                fact("e", 6.0, "tonnes", 0..1, None),
            ],
            ..Corpus::default()
        };
        let of_fact = vec![Some(0); 5];
        corpus.figures = group_figures(&corpus, &of_fact, &[None; 5]);
        let shown: Vec<(f64, Option<&str>, &[FactIdx])> = corpus
            .figures
            .iter()
            .map(|f| (f.value, f.date.as_deref(), f.facts.as_slice()))
            .collect();
        // 5 tonnes undated is stated for two dates: it joins neither.
        assert_eq!(
            shown,
            [
                (5.0, Some("2020"), &[0, 2][..]),
                (5.0, Some("2021"), &[3][..]),
                (5.0, None, &[1][..]),
                (6.0, None, &[4][..])
            ]
        );
        // Fact `c` (index 2) is stated by the 5-tonne figure.
        let of_c = figure_of_facts(&corpus)[2].map(|f| corpus.figures[f as usize].value);
        assert_eq!(of_c, Some(5.0));
        assert_eq!(
            figure_of_facts(&corpus),
            [Some(0), Some(2), Some(0), Some(1), Some(3)]
        );
    }
}
