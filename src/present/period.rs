//! Dates and periods as people read them. The corpus stores a fact's as-of
//! date in ISO 8601 form, including intervals (`2018/2020`) and open-ended
//! ones (`2009/..` for "since 2009"); that form stays in the API and exports,
//! and this module words it for the fact cards.

/// The card's label and text for an as-of date or period: `("As of", "2023-12")`,
/// `("Period", "2018–2020")`, `("Period", "since 2009")`, `("Period", "until 2025")`.
pub fn as_of_label(iso: &str) -> (&'static str, String) {
    if !iso.contains('/') {
        return ("As of", iso.to_string());
    }
    match bounds(iso) {
        (Some(start), None) => ("Period", format!("since {start}")),
        (None, Some(end)) => ("Period", format!("until {end}")),
        (Some(start), Some(end)) => ("Period", format!("{start}–{end}")),
        (None, None) => ("As of", iso.to_string()),
    }
}

/// The start and end of an ISO date or interval, `None` for an open bound
/// (`..` or empty); a single date is its own start and end.
pub fn bounds(iso: &str) -> (Option<&str>, Option<&str>) {
    fn known(bound: &str) -> Option<&str> {
        (!bound.is_empty() && bound != "..").then_some(bound)
    }
    match iso.split_once('/') {
        Some((start, end)) => (known(start), known(end)),
        None => (Some(iso), Some(iso)),
    }
}

/// Whether `iso` runs from a known start up to now (`2009/..`).
pub fn is_open_ended(iso: &str) -> bool {
    matches!(bounds(iso), (Some(_), None))
}

#[cfg(test)]
mod tests {
    use super::{as_of_label, bounds, is_open_ended};
    #[test]
    fn words_iso_dates_and_intervals() {
        let cases = [
            ("2023", ("As of", "2023")),
            ("2023-12", ("As of", "2023-12")),
            ("2018/2020", ("Period", "2018–2020")),
            ("2021-01/2021-06", ("Period", "2021-01–2021-06")),
            ("2009/..", ("Period", "since 2009")),
            ("../2025", ("Period", "until 2025")),
            ("/", ("As of", "/")),
            ("../..", ("As of", "../..")),
        ];
        for (iso, (label, text)) in cases {
            assert_eq!(as_of_label(iso), (label, text.to_string()), "{iso}");
        }
    }

    #[test]
    fn bounds_of_dates_and_intervals() {
        assert_eq!(bounds("2021-04"), (Some("2021-04"), Some("2021-04")));
        assert_eq!(bounds("2018/2020"), (Some("2018"), Some("2020")));
        assert_eq!(bounds("2009/.."), (Some("2009"), None));
        assert_eq!(bounds("../2025"), (None, Some("2025")));
        assert!(is_open_ended("2009/.."));
        assert!(!is_open_ended("../2025") && !is_open_ended("2018/2020"));
    }
}
