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
use super::periods::Period;
use super::split_years::{financial_year_periods, split_year_periods};

/// The one year the title names, when the document reports on it.
pub fn report_year(doc: &Document) -> Option<u16> {
    let years: Vec<u16> = doc
        .title
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
        .filter_map(|w| w.parse().ok())
        .collect();
    let [year] = years[..] else {
        return None;
    };
    let published_later = doc.date.is_some_and(|d| d.year > year);
    (doc.kind == DocKind::Report || published_later).then_some(year)
}

/// The period a document's undated figures are for, in ISO form: a year
/// its title splits over two calendar years (`Annual Review 2024/25`,
/// `Budget FY2025-26` → `2024/2025`), whatever the document's kind, since
/// such a year names a reporting period; else its [`report_year`].
pub fn report_period(doc: &Document) -> Option<String> {
    let mut split = Vec::new();
    financial_year_periods(&doc.title, &mut split);
    split_year_periods(&doc.title, &mut split);
    split.retain(|p| p.iso.contains('/'));
    match &split[..] {
        [one] => Some(one.iso.clone()),
        _ => report_year(doc).map(|y| y.to_string()),
    }
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
/// offsets match) that mean the report year.
pub fn report_year_periods(lower: &str, year: u16) -> Vec<Period> {
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
    out.sort_by_key(|p| p.span.start);
    out
}

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
    fn the_year_phrases_mean_the_report_year() {
        let shown = |sentence: &str| {
            let lower = sentence.to_ascii_lowercase();
            report_year_periods(&lower, 2023)
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
    }
}
