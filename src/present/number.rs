//! Numbers as people read them: a fully scaled value with its unit, in words
//! (`218 billion yuan`) or in grouped digits (`218,000,000,000 yuan`).

use crate::corpus::lower::Lowercase;
use crate::decimal;

/// A value in words with its unit: `218 billion yuan`, `12.5%`, `480,000 cases`.
pub fn format_compact(value: f64, unit: &str) -> String {
    let abs = value.abs();
    let number = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")]
        .iter()
        .find(|(scale, _)| abs >= *scale && unit != "%")
        .map(|(scale, word)| format!("{} {word}", group_thousands(round2(value / scale))))
        .unwrap_or_else(|| group_thousands(value));
    with_unit(&number, unit)
}

/// A value in words to stand beside its measure's name: without its unit
/// when the name already says it (`150,000` beside `trademark filings`, not
/// `150,000 filings filings`); with it otherwise. Only a unit of words can be
/// named: `%` and `patents per 10,000 people` always stay.
pub fn value_beside(value: f64, unit: &str, measure: &str) -> String {
    let unit_word = unit.trim().lowercase();
    let named = !unit_word.is_empty()
        && unit_word
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
        && measure
            .lowercase()
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .collect::<Vec<_>>()
            .windows(unit_word.split(' ').count())
            .any(|words| words.join(" ") == unit_word);
    match named {
        true => format_compact(value, ""),
        false => format_compact(value, unit),
    }
}

/// A number with thousands separators and at most two decimals: `218,000,000,000`, `12.5`.
pub fn group_thousands(value: f64) -> String {
    if !value.is_finite() {
        return decimal::plain(value);
    }
    let text = decimal::trimmed(value.abs(), 2);
    let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
    let mut grouped = String::new();
    for (i, digit) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let sign = if value < 0.0 && text != "0" { "-" } else { "" };
    match frac_part {
        "" => format!("{sign}{grouped}"),
        frac => format!("{sign}{grouped}.{frac}"),
    }
}

fn with_unit(number: &str, unit: &str) -> String {
    match unit.trim() {
        // `count` is the compiler's word for a plain number of things the
        // measure names: `9,860`, not `9,860 count`.
        "" | "count" => number.to_string(),
        "%" => format!("{number}%"),
        unit => format!("{number} {unit}"),
    }
}

fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

/// A value and unit in full digits: `218,000,000,000 yuan`.
pub fn format_exact(value: f64, unit: &str) -> String {
    with_unit(&group_thousands(value), unit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_beside_a_name_that_says_its_unit_drops_it() {
        assert_eq!(
            value_beside(150_000.0, "filings", "trademark filings"),
            "150,000"
        );
        assert_eq!(
            value_beside(860_000.0, "people", "IP professionals"),
            "860,000 people"
        );
        assert_eq!(
            value_beside(2e9, "yuan", "pledge financing in yuan"),
            "2 billion"
        );
        assert_eq!(value_beside(12.5, "%", "growth in %"), "12.5%");
        assert_eq!(
            value_beside(
                15.8,
                "patents per 10,000 people",
                "invention patents per 10,000 people"
            ),
            "15.8 patents per 10,000 people"
        );
        // A unit that only starts a word of the name is not named by it.
        assert_eq!(value_beside(3.0, "case", "cases handled"), "3 case");
    }

    #[test]
    fn values_in_words_and_digits() {
        assert_eq!(format_compact(218e9, "yuan"), "218 billion yuan");
        assert_eq!(
            format_compact(1.25e12, "US dollars"),
            "1.25 trillion US dollars"
        );
        assert_eq!(format_compact(3_456_000.0, "people"), "3.46 million people");
        assert_eq!(format_compact(480_000.0, "cases"), "480,000 cases");
        assert_eq!(format_compact(12.5, "%"), "12.5%");
        assert_eq!(format_compact(2e9, "%"), "2,000,000,000%");
        assert_eq!(format_compact(7.0, ""), "7");
        assert_eq!(format_compact(9_860.0, "count"), "9,860");
        assert_eq!(format_exact(2.5e6, "count"), "2,500,000");
        assert_eq!(group_thousands(218e9), "218,000,000,000");
        assert_eq!(group_thousands(-1234.5), "-1,234.5");
        assert_eq!(group_thousands(0.004), "0");
        assert_eq!(group_thousands(f64::NAN), "NaN");
    }
}
