//! The year a document reports on, when it is not the year it was published:
//! `Statistical Bulletin 2023`, or `Annual Review of Copyright Work, 2023`
//! issued in January 2024. Its undated figures are for that year, and its
//! `at the end of the year`, `at year-end`, `for the year` and `during the
//! year` mean that year, not the publication date.
//!
//! Invariant: a document has a report year only when its title names exactly
//! one year and the document is a report or is dated in a later year; a
//! plan's range (`2025-2027`) or a title that names a year still to come
//! gives none.

use super::model::{DocKind, Document};
use super::periods::{find_periods, is_comparison_base, Period};
use super::split_years::{financial_year_periods, split_year_periods};

/// The one year the title names, when the document reports on it.
pub fn report_year(doc: &Document) -> Option<u16> {
    // `# Office for Origin Names` over `## Annual Report 2024`: a heading
    // at the top that calls the document an annual one names its year.
    let year = one_year(&doc.title).or_else(|| {
        (doc.sections.iter().take(HEAD_SECTIONS))
            .filter(|s| is_annual_title(s))
            .find_map(|s| one_year(s))
    })?;
    let published_later = doc.date.is_some_and(|d| d.year > year);
    (doc.kind == DocKind::Report || published_later).then_some(year)
}

/// The first headings of a document that may name its report year.
const HEAD_SECTIONS: usize = 2;

/// The one year a title names.
fn one_year(title: &str) -> Option<u16> {
    let years: Vec<u16> = title
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
        .filter_map(|w| w.parse().ok())
        .collect();
    match years[..] {
        [year] => Some(year),
        _ => None,
    }
}

fn is_annual_title(title: &str) -> bool {
    let title = title.to_ascii_lowercase();
    ANNUAL_TITLES.iter().any(|t| title.contains(t))
}

/// Title words of a document written about its year as the year it is in.
const ANNUAL_TITLES: &[&str] = &[
    "annual report",
    "annual review",
    "year in review",
    "yearbook",
    "annual statement",
    "work report",
];

/// Whether `this year`, `last year` and `next year` in the document's text
/// are read from its report year: a report, or a document whose title calls
/// it an annual one (`Seed Ombudsman Annual Report 2024`, issued in March
/// 2025, means 2025 by `next year`). News about a year speaks from its own
/// date.
pub fn speaks_from_report_year(doc: &Document) -> bool {
    doc.kind == DocKind::Report
        || is_annual_title(&doc.title)
        || (doc.sections.iter().take(HEAD_SECTIONS)).any(|s| is_annual_title(s))
}

/// The period a document's undated figures are for, in ISO form: a year
/// its title splits over two calendar years (`Annual Review 2024/25`,
/// `Budget FY2025-26` → `2024/2025`) or months it names by their end
/// (`Interim results for the six months ended 30 June 2025` →
/// `2025-01/2025-06`), whatever the document's kind, since such a title
/// names a reporting period; else its [`report_year`].
pub fn report_period(doc: &Document) -> Option<String> {
    let mut split = Vec::new();
    financial_year_periods(&doc.title, &mut split);
    split_year_periods(&doc.title, &mut split);
    // `Interim results for the six months ended 30 June 2025`.
    super::ended::ended_periods(&doc.title, &mut split);
    split.retain(|p| p.iso.contains('/'));
    match &split[..] {
        [one] => Some(one.iso.clone()),
        _ => report_part(doc).or_else(|| report_year(doc).map(|y| y.to_string())),
    }
}

/// Title words of a document that reports on a quarter or half it names.
const PERIODIC_TITLES: &[&str] = &[
    "quarterly",
    "notes",
    "report",
    "review",
    "bulletin",
    "update",
    "statistics",
    "figures",
    "results",
    "summary",
    "dashboard",
];

/// The one quarter or half of a year a periodic document's title names
/// (`Examination Unit — quarterly notes, Q3 2025` → `2025-07/2025-09`).
fn report_part(doc: &Document) -> Option<String> {
    let lower = doc.title.to_lowercase();
    if !PERIODIC_TITLES.iter().any(|w| lower.contains(w)) {
        return None;
    }
    let parts: Vec<Period> = find_periods(&doc.title, doc.date)
        .into_iter()
        .filter(|p| is_part_of_year(&p.iso))
        .collect();
    match &parts[..] {
        [one] => Some(one.iso.clone()),
        _ => None,
    }
}

/// `2025-07/2025-09`, `2024-01/2024-06`: a quarter or half of one year.
pub fn is_part_of_year(iso: &str) -> bool {
    let Some((from, to)) = iso.split_once('/') else {
        return false;
    };
    let month = |d: &str| d.get(5..7).and_then(|m| m.parse::<u8>().ok());
    let (Some(a), Some(b)) = (month(from), month(to)) else {
        return false;
    };
    from.get(..4) == to.get(..4)
        && from.len() == 7
        && to.len() == 7
        && [2, 5].contains(&(b - a.min(b)))
}

/// Phrases that name the quarter or half a document reports on without
/// saying it, and whether they mean its end.
const THE_PART: &[(&str, bool)] = &[
    ("at quarter end", true),
    ("at quarter-end", true),
    ("at the end of the quarter", true),
    ("at the quarter end", true),
    ("in the quarter", false),
    ("for the quarter", false),
    ("during the quarter", false),
    ("over the quarter", false),
    ("in the half-year", false),
    ("in the half year", false),
    ("for the half-year", false),
];

/// The periods of `lower` that mean the part of a year `part` a document
/// reports on (`2025-07/2025-09`): `in the quarter`, `at quarter end`.
pub fn report_part_periods(lower: &str, part: &str) -> Vec<Period> {
    let end = part.split_once('/').map_or(part, |(_, e)| e);
    let mut out = Vec::new();
    for (phrase, at_end) in THE_PART {
        for pos in super::text::whole_word_matches(lower, phrase) {
            out.push(Period {
                span: pos..pos + phrase.len(),
                iso: if *at_end { end } else { part }.to_string(),
            });
        }
    }
    out
}

/// Phrases that name the report year without saying it, and the ISO form of
/// the part of it they mean: the year's end, or the whole year.
const THE_YEAR: &[(&str, bool)] = &[
    ("at the end of the year", true),
    ("by the end of the year", true),
    ("at the year-end", true),
    ("at year-end", true),
    ("at year end", true),
    ("for the year", false),
    ("for the whole year", false),
    ("for the full year", false),
    ("during the year", false),
    ("over the year", false),
    ("in the year", false),
];

/// The periods of `lower` (the sentence lower-cased in ASCII, so byte
/// offsets match) that mean the report year, and with `relative` (a
/// report's own text) the years named from it.
pub fn report_year_periods(lower: &str, year: u16, relative: bool) -> Vec<Period> {
    let mut out = Vec::new();
    for (phrase, end) in THE_YEAR {
        for (pos, _) in lower.match_indices(phrase) {
            let after = lower[pos + phrase.len()..].chars().next();
            // `in the year before`, `for the year 2022`: another year.
            let rest = lower[pos + phrase.len()..].trim_start();
            let elsewhere = ["before", "after", "ago", "earlier", "of ", "19", "20"]
                .iter()
                .any(|w| rest.starts_with(w));
            let bounded = (pos == 0 || !lower.as_bytes()[pos - 1].is_ascii_alphanumeric())
                && !after.is_some_and(|c| c.is_alphanumeric() || c == '-');
            let longer = out.iter().any(|p: &Period| p.span.contains(&pos));
            if bounded && !elsewhere && !longer {
                let iso = if *end {
                    format!("{year}-12")
                } else {
                    year.to_string()
                };
                out.push(Period {
                    span: pos..pos + phrase.len(),
                    iso,
                });
            }
        }
    }
    // `this year`, `last year`, `next year` in a report (`relative`)
    // speak from the report year: an annual report for 2024 issued in
    // March 2025 means 2025 by `next year`.
    for (phrase, shift) in RELATIVE_YEARS.iter().filter(|_| relative) {
        for pos in super::text::whole_word_matches(lower, phrase) {
            let end = pos + phrase.len();
            let longer = out.iter().any(|p: &Period| p.span.contains(&pos));
            let period = Period {
                span: pos..end,
                iso: (i32::from(year) + shift).to_string(),
            };
            // `up 9.6% on last year`: the base of a change, as the
            // sentence's own periods read it.
            if !longer && !is_comparison_base(lower, &period) {
                out.push(period);
            }
        }
    }
    out.sort_by_key(|p| p.span.start);
    out
}

/// Years named relative to the one a text speaks from, and how far from it.
const RELATIVE_YEARS: &[(&str, i32)] = &[("this year", 0), ("last year", -1), ("next year", 1)];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Date;

    fn doc(title: &str, kind: DocKind, year: Option<u16>) -> Document {
        Document {
            id: "d".into(),
            title: title.into(),
            kind,
            date: year.map(|year| Date {
                year,
                month: Some(1),
                day: Some(16),
            }),
            source: None,
            words: 0,
            sections: vec![],
            speakers: vec![],
            passages: 0..0,
        }
    }

    #[test]
    fn a_title_year_split_over_two_calendar_years_is_the_reporting_period() {
        let period = |title, kind, date| report_period(&doc(title, kind, date));
        let split = Some("2024/2025".to_string());
        assert_eq!(
            period(
                "Seed University - Annual Review 2024/25",
                DocKind::News,
                None
            ),
            split
        );
        assert_eq!(
            period("Budget FY2024-25", DocKind::Notice, Some(2024)),
            split
        );
        assert_eq!(
            period("Seed Bulletin 2023", DocKind::Report, None),
            Some("2023".into())
        );
        assert_eq!(
            period("Review 2023/24 and 2024/25", DocKind::Report, None),
            None
        );
        assert_eq!(period("Seed Week", DocKind::News, None), None);
        assert_eq!(
            period(
                "Seedco: Interim results for the six months ended 30 June 2025",
                DocKind::News,
                Some(2025)
            ),
            Some("2025-01/2025-06".into())
        );
    }

    #[test]
    fn a_title_year_is_reported_on_by_reports_and_by_what_came_out_later() {
        let year = |title, kind, date| report_year(&doc(title, kind, date));
        assert_eq!(
            year("Seed Bulletin 2023", DocKind::Report, None),
            Some(2023)
        );
        assert_eq!(
            year("Seed Report 2024 (excerpt)", DocKind::Report, None),
            Some(2024)
        );
        assert_eq!(
            year(
                "Annual Review of Copyright Work, 2023",
                DocKind::News,
                Some(2024)
            ),
            Some(2023)
        );
        assert_eq!(year("Seed Plan (2025-2027)", DocKind::Report, None), None);
        assert_eq!(year("The 2021 Seed Week", DocKind::News, None), None);
        assert_eq!(year("Preparing for 2026", DocKind::News, Some(2025)), None);
        assert_eq!(year("Work in 2024", DocKind::News, Some(2024)), None);
        assert_eq!(
            year(
                "Seed Court: Summary of Work in 2024",
                DocKind::News,
                Some(2025)
            ),
            Some(2024)
        );
        assert_eq!(year("The 2025 Seed Week", DocKind::News, Some(2025)), None);
    }

    #[test]
    fn a_heading_at_the_top_that_calls_the_document_annual_names_its_year() {
        let with_sections = |sections: &[&str]| Document {
            sections: sections.iter().map(|s| s.to_string()).collect(),
            ..doc("Seed Registry", DocKind::News, Some(2025))
        };
        let annual = with_sections(&["Annual Review 2024", "Foreword"]);
        assert_eq!(report_year(&annual), Some(2024));
        assert!(speaks_from_report_year(&annual));
        // A year in a later heading, or in a heading of another kind, is no report year.
        let later = with_sections(&["Foreword", "Highlights", "Annual Report 2024"]);
        assert_eq!(report_year(&later), None);
        assert_eq!(report_year(&with_sections(&["Plans for 2026"])), None);
    }

    #[test]
    fn a_periodic_title_that_names_a_quarter_gives_its_months_and_the_quarter_means_them() {
        let period = |title| report_period(&doc(title, DocKind::News, Some(2025)));
        assert_eq!(
            period("Design Unit — quarterly notes, Q3 2025"),
            Some("2025-07/2025-09".into())
        );
        assert_eq!(
            period("Seed statistics, first half of 2024"),
            Some("2024-01/2024-06".into())
        );
        assert_eq!(period("Filings jump in Q3 2025"), None);
        let said = report_part_periods(
            "filed in the quarter: 41; backlog at quarter end: 9",
            "2025-07/2025-09",
        );
        let isos: Vec<&str> = said.iter().map(|p| p.iso.as_str()).collect();
        assert_eq!(isos, ["2025-09", "2025-07/2025-09"]);
    }

    #[test]
    fn an_annual_report_speaks_from_its_year_and_news_from_its_date() {
        assert!(speaks_from_report_year(&doc(
            "Seed Ombudsman Annual Report 2024",
            DocKind::News,
            Some(2025)
        )));
        assert!(!speaks_from_report_year(&doc(
            "Seed filings rise in 2024",
            DocKind::News,
            Some(2025)
        )));
    }

    #[test]
    fn the_year_phrases_mean_the_report_year() {
        let shown = |sentence: &str| {
            let lower = sentence.to_ascii_lowercase();
            report_year_periods(&lower, 2023, true)
                .iter()
                .map(|p| format!("{} = {}", &sentence[p.span.clone()], p.iso))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            shown("At the end of the year, works totalled 6.4 million; registrations for the year reached 2.5 million."),
            ["At the end of the year = 2023-12", "for the year = 2023"]
        );
        assert_eq!(
            shown("Loans at year-end came to 3 billion, up 5% during the year."),
            ["at year-end = 2023-12", "during the year = 2023"]
        );
        assert!(shown(
            "In the year before, 12 cases; for the year 2021, 9; in the yearly count, 4."
        )
        .is_empty());
        assert_eq!(
            shown("This year we closed 1,240 seed complaints, up from 1,100 last year; next year we aim for 1,500."),
            ["This year = 2023", "last year = 2022", "next year = 2024"]
        );
        assert!(shown("Seed complaints rose 9% on last year.").is_empty());
    }
}
