//! Dates and periods as people read them. The corpus stores a fact's as-of
//! date in ISO 8601 form, including intervals (`2018/2020`) and open-ended
//! ones (`2009/..` for "since 2009"); that form stays in the API and exports,
//! and this module words it for the fact cards.

/// The card's label and text for an as-of date or period: `("As of", "2023-12")`,
/// `("Period", "2018–2020")`, `("Period", "since 2009")`, `("Period", "until 2025")`.
pub fn as_of_label(iso: &str) -> (&'static str, String) {
    let Some((start, end)) = iso.split_once('/') else {
        return ("As of", iso.to_string());
    };
    let open = |bound: &str| bound.is_empty() || bound == "..";
    match (open(start), open(end)) {
        (false, true) => ("Period", format!("since {start}")),
        (true, false) => ("Period", format!("until {end}")),
        (false, false) => ("Period", format!("{start}–{end}")),
        (true, true) => ("As of", iso.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::as_of_label;

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
}
