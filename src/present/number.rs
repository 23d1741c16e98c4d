//! Numbers as people read them: a fully scaled value with its unit, in words
//! (`218 billion yuan`) or in grouped digits (`218,000,000,000 yuan`).

use super::decimal;

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
        "" => number.to_string(),
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
        assert_eq!(group_thousands(218e9), "218,000,000,000");
        assert_eq!(group_thousands(-1234.5), "-1,234.5");
        assert_eq!(group_thousands(0.004), "0");
        assert_eq!(group_thousands(f64::NAN), "NaN");
    }
}
