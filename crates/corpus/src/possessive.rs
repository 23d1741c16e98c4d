//! Periods named in the possessive before a value (`double last year's 24`,
//! `up on 2023's 1,180`, `the previous year's 7.2%`): the value is the
//! earlier point of the figure it follows, as of the period the possessive
//! names. A relative period counts back from the compared figure's own year,
//! not from the document's date: a post of January 2026 saying "48 in 2025,
//! double last year's 24" means 24 in 2024.

/// The period a possessive right before a value names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PossessivePeriod {
    /// `2023's`: that year.
    Year(u16),
    /// `last year's`, `the previous year's`: this many years before the
    /// compared figure's year.
    YearsBefore(u16),
}

/// Words before `year's` that make it the year before the compared one.
const YEAR_BEFORE: &[&str] = &["last", "previous", "prior", "preceding", "past"];

/// The possessive period `before` (the text before a value) ends with.
pub fn possessive_period(before: &str) -> Option<PossessivePeriod> {
    let lower = before.trim_end().to_ascii_lowercase().replace('’', "'");
    let stem = lower.strip_suffix("'s")?;
    let mut words = stem.split_whitespace().rev();
    let last = words.next()?;
    if last.len() == 4 && last.bytes().all(|b| b.is_ascii_digit()) {
        return last.parse().ok().map(PossessivePeriod::Year);
    }
    let (last, before_last) = match last {
        // `the year before's`
        "before" => (words.next()?, "previous"),
        other => (other, words.next()?),
    };
    (last == "year" && YEAR_BEFORE.contains(&before_last))
        .then_some(PossessivePeriod::YearsBefore(1))
}

/// The ISO year of `period`, given the compared figure's date.
pub fn possessive_date(period: PossessivePeriod, compared: Option<&str>) -> Option<String> {
    match period {
        PossessivePeriod::Year(year) => Some(year.to_string()),
        PossessivePeriod::YearsBefore(back) => {
            let year: u16 = compared?.get(..4)?.parse().ok()?;
            Some((year.checked_sub(back)?).to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn possessive_periods_before_a_value() {
        use PossessivePeriod::*;
        let cases = [
            (
                "filed 48 in 2025 — double last year's ",
                Some(YearsBefore(1)),
            ),
            ("up 9% on the previous year’s ", Some(YearsBefore(1))),
            ("well above the year before's ", Some(YearsBefore(1))),
            ("against 2023's ", Some(Year(2023))),
            ("the company's ", None),
            ("this year's ", None),
            ("last year ", None),
            ("'s ", None),
        ];
        for (before, want) in cases {
            assert_eq!(possessive_period(before), want, "{before:?}");
        }
    }

    #[test]
    fn a_relative_possessive_counts_back_from_the_compared_figure() {
        let last_year = PossessivePeriod::YearsBefore(1);
        assert_eq!(
            possessive_date(last_year, Some("2025")).as_deref(),
            Some("2024")
        );
        assert_eq!(
            possessive_date(last_year, Some("2025-06")).as_deref(),
            Some("2024")
        );
        assert_eq!(possessive_date(last_year, None), None);
        assert_eq!(
            possessive_date(PossessivePeriod::Year(2019), None).as_deref(),
            Some("2019")
        );
    }
}
