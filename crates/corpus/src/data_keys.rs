//! Keys and values of a data file, as words: the snake_case or camelCase
//! keys and ISO dates that a saved JSON reply ([`super::json_fields`]) and
//! a YAML record list ([`super::yaml_records`]) give their figures under,
//! spelled the way the row reader and the date reader read them.
//!
//! Invariant: every function here is pure and reads one key or value; none
//! knows which file shape it came from.

use super::dates::MONTHS;

/// Keys of a data file's own timestamp, made words.
pub(crate) const STAMP_KEYS: &[&str] = &[
    "generated at",
    "generated",
    "updated",
    "updated at",
    "last updated",
    "published",
    "published at",
    "retrieved at",
    "timestamp",
];
/// Keys of the date the values that follow are counted at, made words.
pub(crate) const AS_AT_KEYS: &[&str] = &[
    "as at",
    "as of",
    "as at date",
    "as of date",
    "reference date",
    "snapshot date",
];

/// `2457`, `-3.2`, `11.9`: a JSON number, as written.
pub(crate) fn is_number(value: &str) -> bool {
    let digits = value.strip_prefix('-').unwrap_or(value);
    digits.starts_with(|c: char| c.is_ascii_digit())
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.matches('.').count() <= 1
}

/// A key's words, lowercase: `newly_filed`, `newlyFiled` and `newly filed`
/// all give `newly filed`.
pub(crate) fn key_words(key: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut prev_lower = false;
    for c in key.chars() {
        if c == '_' || c == '-' || c.is_whitespace() {
            words.extend((!word.is_empty()).then(|| std::mem::take(&mut word)));
        } else {
            let letter_to_digit = c.is_ascii_digit()
                && word.len() > 1
                && !word.ends_with(|d: char| d.is_ascii_digit());
            if (c.is_uppercase() && prev_lower) || letter_to_digit {
                words.push(std::mem::take(&mut word));
            }
            word.extend(c.to_lowercase());
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
    }
    words.extend((!word.is_empty()).then_some(word));
    words
}

/// `2025-10-31` at the start of `text` (a timestamp may follow) as year,
/// month and day, when the month and day can be.
pub(crate) fn iso_day(text: &str) -> Option<(u16, u8, u8)> {
    let part = |r: std::ops::Range<usize>| {
        text.get(r)
            .filter(|s| s.bytes().all(|b| b.is_ascii_digit()))
    };
    let (y, m, d) = (part(0..4)?, part(5..7)?, part(8..10)?);
    let dashed = text.as_bytes().get(4) == Some(&b'-') && text.as_bytes().get(7) == Some(&b'-');
    let (y, m, d) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    (dashed && (1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

/// `2025-06-30` (or a timestamp starting so) as `30 June 2025`; `2026-12`
/// as `December 2026`.
pub(crate) fn spelled_date(iso: &str) -> Option<String> {
    let mut parts = iso.get(..10.min(iso.len()))?.split('-');
    let year: u16 = parts.next()?.parse().ok()?;
    let month: usize = parts.next()?.parse().ok()?;
    let name = capitalised(MONTHS.get(month.checked_sub(1)?)?);
    match parts.next() {
        Some(day) => Some(format!("{} {name} {year}", day.parse::<u8>().ok()?)),
        None => Some(format!("{name} {year}")),
    }
}

/// `word` with its first letter in capitals.
pub(crate) fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_camel_and_spaced_keys_give_the_same_words() {
        for key in ["newly_filed", "newlyFiled", "newly filed"] {
            assert_eq!(key_words(key), ["newly", "filed"]);
        }
        assert_eq!(key_words("targetBy2026"), ["target", "by", "2026"]);
    }

    #[test]
    fn iso_dates_and_months_are_spelled() {
        assert_eq!(spelled_date("2025-06-30").as_deref(), Some("30 June 2025"));
        assert_eq!(spelled_date("2026-12").as_deref(), Some("December 2026"));
        assert_eq!(spelled_date("2024"), None);
        assert!(is_number("-3.2") && !is_number("3.2.1") && !is_number("n/a"));
    }
}
