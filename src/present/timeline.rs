//! The overview's timeline: the documents and the dated figures, year by
//! year, oldest first, each one a link into the reader. A document sits in
//! the year of its date; a figure in the year it is about (its as-of date or
//! the end of its period), which may differ from its document's year. A
//! figure over an open period ("13 years since 2009") is counted up to the
//! day it was stated, so it sits at its document's date.
//!
//! Invariant: years are ascending and unique; undated documents and figures
//! are left out; the view's `kind`, `year`, `doc` and `speaker` filters apply
//! to documents, and a figure shows only when its document does.

use super::canonical::Figures;
use super::chart::fractional_year;
use super::number::value_beside;
use super::overview::document_passes;
use super::period::is_open_ended;
use crate::corpus::Corpus;
use crate::engine::sort::sort_by;
use crate::view_state::ViewState;

/// One year of the timeline.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TimelineYear {
    /// The year.
    pub year: i32,
    /// Documents dated in this year, by date then id.
    pub documents: Vec<TimelineDoc>,
    /// The first figures about this year, by date then corpus order.
    pub facts: Vec<TimelineFact>,
    /// Figures about this year left out by the per-year limit.
    pub more_facts: usize,
}

/// A document on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineDoc {
    /// Document id.
    pub id: String,
    /// Title.
    pub title: String,
    /// ISO date.
    pub date: String,
    /// Kind (`transcript`, `news`, ...).
    pub kind: String,
}

/// A figure on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineFact {
    /// Fact id.
    pub id: String,
    /// Document id.
    pub doc: String,
    /// Passage id the link opens.
    pub passage: String,
    /// The date or period it is about, as written in ISO form.
    pub date: String,
    /// Value and unit in words.
    pub value: String,
    /// What it counts.
    pub measure: String,
    /// `actual`, `target` or `change`.
    pub kind: &'static str,
}

/// The timeline for `view`, with at most `facts_per_year` figures a year.
pub fn timeline(corpus: &Corpus, view: &ViewState, facts_per_year: usize) -> Vec<TimelineYear> {
    // Whether each document (by index) passes the view's filters.
    let shown: Vec<bool> = (corpus.documents.iter())
        .map(|d| document_passes(d, view))
        .collect();
    // Years in a sorted vector rather than a map: a handful of entries, and
    // no map code for this type in the wasm bundle.
    let mut years: Vec<TimelineYear> = Vec::new();
    for (doc, _) in corpus.documents.iter().zip(&shown).filter(|(_, &s)| s) {
        let Some(date) = doc.date.map(|d| d.iso()) else {
            continue;
        };
        let Some(year) = fractional_year(&date) else {
            continue;
        };
        year_of(&mut years, year).documents.push(TimelineDoc {
            id: doc.id.clone(),
            title: doc.title.clone(),
            date,
            kind: doc.kind.as_str().to_string(),
        });
    }
    // Each canonical figure once, by its best-worded statement.
    let figures = Figures::new(corpus);
    for idx in figures.leads(0..corpus.facts.len()) {
        let Some(fact) = corpus.facts.get(idx) else {
            continue;
        };
        let Some(doc) = corpus.documents.get(fact.doc as usize) else {
            continue;
        };
        if !shown.get(fact.doc as usize).copied().unwrap_or(false) {
            continue;
        }
        let Some(date) = fact.date.as_deref() else {
            continue;
        };
        let stated = match is_open_ended(date) {
            true => doc.date.as_ref().map(|d| d.iso()),
            false => Some(date.to_string()),
        };
        let Some(year) = stated.as_deref().and_then(fractional_year) else {
            continue;
        };
        let measure = figures
            .about(idx)
            .map_or(fact.measure.as_str(), |about| about.measure);
        year_of(&mut years, year).facts.push(TimelineFact {
            id: fact.id.clone(),
            doc: doc.id.clone(),
            passage: corpus
                .passages
                .get(fact.passage as usize)
                .map(|p| p.id.clone())
                .unwrap_or_default(),
            date: date.to_string(),
            value: value_beside(fact.value, &fact.unit, measure),
            measure: measure.to_string(),
            kind: fact.kind.as_str(),
        });
    }
    years
        .into_iter()
        .map(|mut year| {
            // The shared sort: each standard `sort_by` call site would add
            // its own copy of the sort to the bundle.
            sort_by(&mut year.documents, |a, b| {
                a.date.cmp(&b.date).then(a.id.cmp(&b.id))
            });
            // A stable sort keeps corpus order among figures of one date.
            sort_by(&mut year.facts, |a, b| a.date.cmp(&b.date));
            year.more_facts = year.facts.len().saturating_sub(facts_per_year);
            year.facts.truncate(facts_per_year);
            year
        })
        .collect()
}

/// The entry of the year `when` (a fractional year) falls in, kept in year order.
fn year_of(years: &mut Vec<TimelineYear>, when: f64) -> &mut TimelineYear {
    let year = when.floor() as i32;
    let at = match years.binary_search_by_key(&year, |y| y.year) {
        Ok(at) => at,
        Err(at) => {
            years.insert(
                at,
                TimelineYear {
                    year,
                    ..TimelineYear::default()
                },
            );
            at
        }
    };
    &mut years[at]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    fn render(years: &[TimelineYear]) -> String {
        let mut out = String::new();
        for year in years {
            out += &format!("{}\n", year.year);
            for doc in &year.documents {
                out += &format!("  doc {} {} ({})\n", doc.date, doc.id, doc.kind);
            }
            for fact in &year.facts {
                out += &format!(
                    "  fact {} {} {} [{}] -> {}\n",
                    fact.date, fact.value, fact.measure, fact.kind, fact.passage
                );
            }
            if year.more_facts > 0 {
                out += &format!("  and {} more\n", year.more_facts);
            }
        }
        out
    }

    #[test]
    fn documents_and_figures_by_year_oldest_first() {
        let corpus = fixture::corpus_with_series();
        let years = timeline(&corpus, &ViewState::default(), 5);
        expect_test::expect![[r#"
            2021
              fact 2021 218 billion yuan pledge financing [actual] -> conf#p2
            2022
              doc 2022-04-24 conf (transcript)
            2023
              fact 2023 320 billion yuan pledge financing [actual] -> report#p1
            2024
              doc 2024-03 report (report)
            2025
              fact 2025 12 patents per 10,000 people high-value invention patents [target] -> conf#p2
              fact 2025 500 billion yuan pledge financing [target] -> report#p1
        "#]]
        .assert_eq(&render(&years));
    }

    #[test]
    fn a_figure_over_an_open_period_sits_at_its_documents_date() {
        let mut corpus = fixture::corpus_with_series();
        let last = corpus.facts.len() - 1;
        corpus.facts[last].date = Some("2009/..".to_string());
        let years = timeline(&corpus, &ViewState::default(), 5);
        let placed: Vec<(i32, &str)> = years
            .iter()
            .flat_map(|y| y.facts.iter().map(move |f| (y.year, f.date.as_str())))
            .filter(|(_, date)| date.starts_with("2009"))
            .collect();
        // The report is dated 2024-03; the label keeps the period as written.
        assert_eq!(placed, vec![(2024, "2009/..")]);
        assert!(years.iter().all(|y| y.year != 2009));
    }

    #[test]
    fn a_closed_period_sits_at_its_end() {
        let mut corpus = fixture::corpus_with_series();
        let last = corpus.facts.len() - 1;
        corpus.facts[last].date = Some("2018/2020".to_string());
        let years = timeline(&corpus, &ViewState::default(), 5);
        let year_of_period = years
            .iter()
            .find(|y| y.facts.iter().any(|f| f.date == "2018/2020"))
            .map(|y| y.year);
        assert_eq!(year_of_period, Some(2020));
    }

    #[test]
    fn the_per_year_limit_counts_what_it_leaves_out() {
        let years = timeline(&fixture::corpus_with_series(), &ViewState::default(), 1);
        let last = years.last().expect("a year");
        assert_eq!((last.year, last.facts.len(), last.more_facts), (2025, 1, 1));
    }

    #[test]
    fn filters_narrow_documents_and_their_figures() {
        let corpus = fixture::corpus_with_series();
        let reports = timeline(&corpus, &ViewState::from_query_string("?kind=report"), 5);
        let years: Vec<i32> = reports.iter().map(|y| y.year).collect();
        assert_eq!(years, [2023, 2024, 2025]);
        assert!(reports
            .iter()
            .flat_map(|y| &y.facts)
            .all(|f| f.doc == "report"));
        let nothing = timeline(&corpus, &ViewState::from_query_string("?kind=notice"), 5);
        assert!(nothing.is_empty());
    }
}
