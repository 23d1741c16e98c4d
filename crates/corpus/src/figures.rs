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
        // `3.18 billion yuan (31.8 yi yuan)`: the same amount in another
        // scale is a conversion too.
        let same_amount = (main.value - bracketed.value).abs() <= main.value.abs() * 1e-6;
        if main.passage != bracketed.passage
            || main.sentence_span != bracketed.sentence_span
            || main.unit == bracketed.unit && !same_amount
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

/// A figure's identity: measure, value bits, unit, date, kind.
type Key = (MeasureIdx, u64, String, Option<String>, FactKind);

/// True when every fact of a group is dated by its own document's date
/// alone (`The panel, which has 38 mediators, …` in a news item): the text
/// states no date for it.
fn dated_by_documents(corpus: &Corpus, key: &Key, facts: &[FactIdx]) -> bool {
    key.3.is_some()
        && facts.iter().all(|f| {
            let fact = &corpus.facts[*f as usize];
            let doc_date = (corpus.documents.get(fact.doc as usize)).and_then(|d| d.date);
            doc_date.map(|d| d.iso()) == fact.date
        })
}

/// The ISO date of a fact's document.
fn doc_date(corpus: &Corpus, fact: FactIdx) -> Option<String> {
    let fact = corpus.facts.get(fact as usize)?;
    let doc = corpus.documents.get(fact.doc as usize)?;
    doc.date.map(|d| d.iso())
}

/// A value a later document restates with no date of its own joins the
/// figure of the same measure, value, unit and kind that an earlier date
/// states in words (`38 mediators at the end of October 2025`, then `its
/// panel, which has 38 mediators` in a news item of January 2026): one
/// figure with both sources and the earlier, stated date, so a series
/// shows the value once. With several earlier dates, the latest joins.
fn join_restatements(corpus: &Corpus, groups: &mut BTreeMap<Key, Vec<FactIdx>>) {
    let mut moves: Vec<(Key, Key)> = Vec::new();
    for (key, facts) in groups.iter() {
        let Some(date) = key.3.as_deref() else {
            continue;
        };
        if !dated_by_documents(corpus, key, facts) {
            continue;
        }
        let same = |k: &Key| k.0 == key.0 && k.1 == key.1 && k.2 == key.2 && k.4 == key.4;
        // Restated by documents later than every one stating it before:
        // `up to now, 690,000` in a 2022 document is that year's own count,
        // whatever a 2024 document says of 2020.
        let restating = facts.iter().map(|f| doc_date(corpus, *f)).min().flatten();
        let later = |f: &[FactIdx]| {
            let stated = f.iter().map(|f| doc_date(corpus, *f)).max().flatten();
            restating.as_ref().zip(stated).is_some_and(|(r, s)| *r > s)
        };
        let earlier = (groups.iter())
            .filter(|(k, f)| {
                same(k)
                    && k.3.as_deref().is_some_and(|d| d < date)
                    && !dated_by_documents(corpus, k, f)
                    && later(f)
            })
            .map(|(k, _)| k)
            .max_by(|a, b| a.3.cmp(&b.3));
        if let Some(to) = earlier {
            moves.push((key.clone(), to.clone()));
        }
    }
    for (from, to) in moves {
        let facts = groups.remove(&from).unwrap_or_default();
        groups.entry(to).or_default().extend(facts);
    }
}

/// Groups the facts that have a measure into figures.
pub fn group_figures(
    corpus: &Corpus,
    of_fact: &[Option<MeasureIdx>],
    conversion_of: &[Option<FactIdx>],
) -> Vec<Figure> {
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
    join_restatements(corpus, &mut groups);
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
            // A fact stating the figure's own date is shown first (a
            // series dates its point by it), then the one worded like the
            // measure's name.
            facts.sort_by_key(|f| {
                let fact = &corpus.facts[*f as usize];
                let label = fact.measure.trim_start_matches("the ");
                (fact.date != date, Some(label) != *name, *f)
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

    /// Each figure as `(value, date, facts)`, in the corpus's order.
    fn shown(corpus: &Corpus) -> Vec<(f64, Option<&str>, &[FactIdx])> {
        (corpus.figures.iter())
            .map(|f| (f.value, f.date.as_deref(), f.facts.as_slice()))
            .collect()
    }

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
    fn a_later_document_restating_a_value_joins_the_earlier_stated_figure() {
        use crate::model::{Date, DocKind, Document};
        let doc = |id: &str, year: u16, month: u8| Document {
            id: id.into(),
            title: String::new(),
            kind: DocKind::News,
            date: Some(Date {
                year,
                month: Some(month),
                day: Some(10),
            }),
            source: None,
            words: 0,
            sections: Vec::new(),
            speakers: Vec::new(),
            passages: 0..0,
        };
        let on = |f: Fact, doc: u32| Fact { doc, ..f };
        let mut corpus = Corpus {
            documents: vec![
                doc("minutes", 2025, 11),
                doc("news", 2026, 1),
                doc("report", 2026, 3),
            ],
            facts: vec![
                // 38 at the end of October 2025, stated in words.
                on(fact("a", 38.0, "mediators", 0..1, Some("2025-10")), 0),
                // 38 in a news item, dated by the item alone.
                on(fact("b", 38.0, "mediators", 0..1, Some("2026-01-10")), 1),
                // 38 again, dated by another document alone: both join.
                on(fact("c", 38.0, "mediators", 0..1, Some("2026-03-10")), 2),
                // 41 dated by its document: nothing earlier states 41.
                on(fact("d", 41.0, "mediators", 0..1, Some("2026-03-10")), 2),
                // 12 stated for 2024 and for a document's date of 2025:
                // both dated by words, so two figures.
                on(fact("e", 12.0, "mediators", 0..1, Some("2024")), 0),
                on(fact("f", 12.0, "mediators", 0..1, Some("2025-06")), 1),
                // 7 counted `up to now` by the news item of January 2026,
                // and said of 2025 by the later report: the news item's
                // own count, no restatement.
                on(fact("g", 7.0, "mediators", 0..1, Some("2026-01-10")), 1),
                on(fact("h", 7.0, "mediators", 0..1, Some("2025")), 2),
            ],
            ..Corpus::default()
        };
        let of_fact = vec![Some(0); 8];
        corpus.figures = group_figures(&corpus, &of_fact, &[None; 8]);
        let shown = shown(&corpus);
        assert_eq!(
            shown,
            [
                (12.0, Some("2024"), &[4][..]),
                (7.0, Some("2025"), &[7][..]),
                (12.0, Some("2025-06"), &[5][..]),
                (38.0, Some("2025-10"), &[0, 1, 2][..]),
                (7.0, Some("2026-01-10"), &[6][..]),
                (41.0, Some("2026-03-10"), &[3][..]),
            ]
        );
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
        let shown = shown(&corpus);
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
