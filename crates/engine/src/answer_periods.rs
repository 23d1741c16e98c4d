//! The dates of answer figures and how they meet the period a question
//! asks: a figure's span of years (its own date, else its first source
//! document's), how well that span fits a period (exactly, inside it,
//! overlapping it), how many years lie between them, and the months of a
//! year a date covers. The corpus writes dates and periods as `2023`,
//! `2023-12`, `2023-12-31`, `2016/2020`, `2016..2020` or `2024-01/2024-09`.

use super::intent::{Edge, Period};
use super::search::Engine;
use ipx_corpus::Figure;

impl Engine {
    /// `(first year, last year, month of the last or 0)` of a figure: its
    /// own date, else its first source document's date.
    pub(crate) fn figure_years(&self, figure: &Figure) -> Option<(u16, u16, u8)> {
        if let Some(span) = figure.date.as_deref().and_then(parse_span) {
            return Some(span);
        }
        let fact = self.corpus().facts.get(*figure.facts.first()? as usize)?;
        let date = self.corpus().documents[fact.doc as usize].date?;
        Some((date.year, date.year, date.month.unwrap_or(0)))
    }

    /// The year of the figure's first source document.
    pub(crate) fn doc_year(&self, figure: &Figure) -> Option<u16> {
        let fact = self.corpus().facts.get(*figure.facts.first()? as usize)?;
        Some(self.corpus().documents[fact.doc as usize].date?.year)
    }
}

/// How well a figure spanning `(from, to, month)` fits the period asked:
/// 3 exactly, 2 inside it, 1 overlapping it, 0 not at all. A relative
/// period is read against `doc_year`, the stating document's year.
pub(crate) fn period_fit(period: Period, (a, b, _): (u16, u16, u8), doc_year: Option<u16>) -> u8 {
    let (from, to, edge) = match period {
        Period::Years { from, to, edge } => (from, to, edge),
        Period::Since(y) => {
            return match () {
                _ if a == y => 3,
                _ if a > y => 2,
                _ if b >= y => 1,
                _ => 0,
            }
        }
        Period::Relative(back) => {
            let year = doc_year.and_then(|y| u16::try_from(i32::from(y) - i32::from(back)).ok());
            let Some(year) = year else {
                return 0;
            };
            (year, year, Edge::Whole)
        }
    };
    match edge {
        Edge::End if b == to => 3,
        Edge::Start if a == from || b + 1 == from => 3,
        Edge::Whole if (a, b) == (from, to) || (from == to && a <= from && from <= b) => 3,
        _ if from <= a && b <= to => 2,
        _ if a <= to && from <= b => 1,
        _ => 0,
    }
}

/// Years between the period asked and a figure spanning `(from, to, _)`:
/// 0 when they meet. A relative period is read against `doc_year`.
pub(crate) fn years_apart(period: Period, (a, b, _): (u16, u16, u8), doc_year: Option<u16>) -> u16 {
    let (from, to) = match period {
        Period::Years { from, to, .. } => (from, to),
        Period::Since(year) => (year, u16::MAX),
        Period::Relative(back) => {
            let year = doc_year.and_then(|y| u16::try_from(i32::from(y) - i32::from(back)).ok());
            match year {
                Some(year) => (year, year),
                None => return 0,
            }
        }
    };
    if b < from {
        from - b
    } else {
        a.saturating_sub(to)
    }
}

/// `(first year, last year, month of the last or 0)` of a date or period as
/// the corpus writes it: `2023`, `2023-12`, `2023-12-31`, `2016/2020`,
/// `2016..2020`; `None` when it starts with no year.
fn parse_span(date: &str) -> Option<(u16, u16, u8)> {
    let year = |s: &str| -> Option<u16> {
        let digits = s.get(..4)?;
        (digits.bytes().all(|b| b.is_ascii_digit())).then(|| digits.parse().ok())?
    };
    let first = year(date)?;
    let rest = &date[4..];
    // `2024-01/2024-09`: a part of a year, ending in its last month.
    if let Some((_, end)) = date.split_once('/').filter(|(start, _)| start.len() > 4) {
        if let Some(last) = year(end) {
            return Some((first, last.max(first), month_of(&end[4..])));
        }
    }
    let second = rest.trim_start_matches(['/', '.', '-', ' ']);
    if let Some(last) = year(second).filter(|_| second.len() >= 4 && !rest.starts_with('-')) {
        let month = month_of(&second[4..]);
        return Some((first, last.max(first), month));
    }
    Some((first, first, month_of(rest)))
}

/// The months of a year a date or period covers: `2025-07/2025-09` →
/// `(7, 9)`, `2025-08` and `2025-08-31` → `(8, 8)`; `None` for a year, a
/// range of years or an open period.
pub(crate) fn months_of(date: &str) -> Option<(u8, u8)> {
    let (start, end) = date.split_once('/').unwrap_or((date, date));
    let (first, last) = (month_of(start.get(4..)?), month_of(end.get(4..)?));
    let same_year = start.get(..4) == end.get(..4);
    (first > 0 && last >= first && same_year).then_some((first, last))
}

/// The day a date or period ends on: `2025-10-31` and `2025-10-01/2025-10-31`
/// → 31; 0 for a month, a year or a range of them.
pub(crate) fn day_of(date: &str) -> u8 {
    let end = date.rsplit('/').next().unwrap_or(date);
    (end.get(7..8) == Some("-"))
        .then(|| end.get(8..10)?.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
        .unwrap_or(0)
}

/// The month of `-12` or `-12-31`, else 0.
fn month_of(rest: &str) -> u8 {
    (rest.strip_prefix('-'))
        .and_then(|m| m.get(..2))
        .and_then(|m| m.parse().ok())
        .filter(|m| (1..=12).contains(m))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_day_a_date_ends_on() {
        assert_eq!(day_of("2025-10-31"), 31);
        assert_eq!(day_of("2025-10-01/2025-10-30"), 30);
        assert_eq!(day_of("2025-10"), 0);
        assert_eq!(day_of("2024/2025"), 0);
        assert_eq!(day_of("2025-10-3x"), 0);
        assert_eq!(day_of(""), 0);
    }

    #[test]
    fn periods_fit_exactly_inside_or_overlapping() {
        let years = |from, to, edge| Period::Years { from, to, edge };
        assert_eq!(
            period_fit(years(2020, 2020, Edge::Whole), (2020, 2020, 0), None),
            3
        );
        assert_eq!(
            period_fit(years(2016, 2020, Edge::End), (2020, 2020, 12), None),
            3
        );
        assert_eq!(
            period_fit(years(2016, 2020, Edge::Whole), (2018, 2018, 0), None),
            2
        );
        assert_eq!(
            period_fit(years(2016, 2020, Edge::Start), (2015, 2015, 12), None),
            3
        );
        assert_eq!(
            period_fit(years(2018, 2020, Edge::Whole), (2019, 2021, 0), None),
            1
        );
        assert_eq!(
            period_fit(years(2018, 2020, Edge::Whole), (2022, 2022, 0), None),
            0
        );
        assert_eq!(period_fit(Period::Since(2019), (2019, 2023, 0), None), 3);
        assert_eq!(
            period_fit(Period::Relative(1), (2023, 2023, 0), Some(2024)),
            3
        );
        assert_eq!(period_fit(Period::Relative(1), (2023, 2023, 0), None), 0);
        assert_eq!(
            period_fit(Period::Relative(-1), (2026, 2026, 0), Some(2025)),
            3
        );
    }

    #[test]
    fn years_apart_measure_a_figure_outside_the_period_asked() {
        let years = |from, to| Period::Years {
            from,
            to,
            edge: Edge::Whole,
        };
        assert_eq!(years_apart(years(2022, 2022), (2023, 2023, 0), None), 1);
        assert_eq!(years_apart(years(2022, 2022), (2025, 2025, 12), None), 3);
        assert_eq!(years_apart(years(2022, 2022), (2019, 2020, 0), None), 2);
        assert_eq!(years_apart(years(2016, 2020), (2018, 2018, 0), None), 0);
        assert_eq!(years_apart(Period::Since(2021), (2019, 2019, 0), None), 2);
        assert_eq!(years_apart(Period::Since(2021), (2030, 2030, 0), None), 0);
        assert_eq!(
            years_apart(Period::Relative(1), (2021, 2021, 0), Some(2025)),
            3
        );
        assert_eq!(years_apart(Period::Relative(1), (2021, 2021, 0), None), 0);
    }

    #[test]
    fn dates_and_periods_parse_at_their_precision() {
        assert_eq!(parse_span("2023"), Some((2023, 2023, 0)));
        assert_eq!(parse_span("2023-12"), Some((2023, 2023, 12)));
        assert_eq!(parse_span("2022-03-30"), Some((2022, 2022, 3)));
        assert_eq!(parse_span("2016/2020"), Some((2016, 2020, 0)));
        assert_eq!(parse_span("2016..2020"), Some((2016, 2020, 0)));
        assert_eq!(parse_span("2021.."), Some((2021, 2021, 0)));
        assert_eq!(parse_span("soon"), None);
        assert_eq!(parse_span("20"), None);
        assert_eq!(parse_span("2023-ab"), Some((2023, 2023, 0)));
        assert_eq!(parse_span("2024-01/2024-09"), Some((2024, 2024, 9)));
        assert_eq!(parse_span("2024-03/.."), Some((2024, 2024, 3)));
        assert_eq!(months_of("2025-07/2025-09"), Some((7, 9)));
        assert_eq!(months_of("2025-08"), Some((8, 8)));
        assert_eq!(months_of("2025-08-31"), Some((8, 8)));
        assert_eq!(months_of("2025"), None);
        assert_eq!(months_of("2016/2020"), None);
        assert_eq!(months_of("2024-03/.."), None);
        assert_eq!(months_of("2023-11/2024-02"), None);
    }
}
