//! Numbers written in words: `nine`, `twenty`, `a hundred` (with a scale
//! word), ranks (`ranking first`, `first place`), fractions (`two-thirds`,
//! `more than half the …`) and multiples (`double the national average`).
//!
//! Invariant: `one` and `zero` alone, ordinals that are not ranks, hyphenated
//! compounds (`one-stop`) and idioms (`half a year`, `double digits`) are not
//! numbers.

use super::numbers::{next_scale, prev_char, Mantissa};
use super::text::lower_tail;

const WORDS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

const TENS: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

const ORDINAL_WORDS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// The number written in words at `idx`: (mantissa, end, the unit the word
/// itself carries: `rank`, `times` or `fraction`).
pub fn word_number_at(text: &str, idx: usize) -> Option<(Mantissa, usize, Option<&'static str>)> {
    let rest = &text[idx..];
    let word_len = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let word = rest[..word_len].to_ascii_lowercase();
    let end = idx + word_len;
    if let Some(found) = fraction_or_multiple(text, idx, &word, end) {
        return Some(found);
    }
    if text[end..].starts_with('-') || prev_char(text, idx) == '-' {
        return None;
    }
    if let Some(n) = WORDS.iter().position(|w| *w == word) {
        // "one" and "zero" alone are pronouns and idioms ("one of", "one window").
        let counts = n > 1 || next_scale(&text[end..]).is_some();
        return counts.then_some(((n as u64, 0), end, None));
    }
    if let Some(n) = TENS.iter().position(|w| *w == word) {
        return Some((((n as u64 + 2) * 10, 0), end, None));
    }
    if matches!(word.as_str(), "a" | "an") && next_scale(&text[end..]).is_some() {
        return Some(((1, 0), end, None));
    }
    let ordinal = ORDINAL_WORDS.iter().position(|w| *w == word)?;
    let (before, _) = lower_tail(text, text[..idx].trim_end().len());
    let ranked = ["ranking", "ranked", "ranks", "rank"]
        .iter()
        .any(|w| before.ends_with(w));
    let place = text[end..].starts_with(" place");
    let end = if place { end + 6 } else { end };
    (ranked || place).then_some(((ordinal as u64 + 1, 0), end, Some("rank")))
}

/// `two-thirds`, `more than half the time`, `double the national average`:
/// fractions (to four decimals) and multiples. `half a year` and `double
/// digits` are idioms, not figures.
fn fraction_or_multiple(
    text: &str,
    idx: usize,
    word: &str,
    end: usize,
) -> Option<(Mantissa, usize, Option<&'static str>)> {
    let after = &text[end..];
    if let Some(n) = WORDS
        .iter()
        .position(|w| *w == word)
        .filter(|n| (1..=9).contains(n))
    {
        for (suffix, parts) in [
            ("-thirds", 3),
            ("-third", 3),
            ("-quarters", 4),
            ("-quarter", 4),
        ] {
            if after.starts_with(suffix)
                && !after[suffix.len()..].starts_with(char::is_alphanumeric)
            {
                let value = (n as u64 * 10_000 + parts / 2) / parts;
                return Some(((value, 4), end + suffix.len(), Some("fraction")));
            }
        }
    }
    let (before, _) = lower_tail(text, idx);
    let qualified = [
        "more than ",
        "nearly ",
        "about ",
        "almost ",
        "over ",
        "less than ",
    ]
    .iter()
    .any(|q| before.ends_with(q));
    let compares =
        after.starts_with(" the ") || after.starts_with(" that ") || after.starts_with(" of ");
    match word {
        "half"
            if compares || qualified && !after.starts_with(" a ") && !after.starts_with(" an ") =>
        {
            Some(((5, 1), end, Some("fraction")))
        }
        "double" | "twice" if compares => Some(((2, 0), end, Some("times"))),
        "triple" | "threefold" if compares => Some(((3, 0), end, Some("times"))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Option<(Mantissa, Option<&'static str>)> {
        word_number_at(text, 0).map(|(m, _, hint)| (m, hint))
    }

    #[test]
    fn words_scales_and_idioms() {
        assert_eq!(at("nine people"), Some(((9, 0), None)));
        assert_eq!(at("ninety days"), Some(((90, 0), None)));
        assert_eq!(at("a hundred talents"), Some(((1, 0), None)));
        assert_eq!(at("one window"), None);
        assert_eq!(at("one-stop service"), None);
        assert_eq!(at("half a year"), None);
        assert_eq!(at("double digits"), None);
        assert_eq!(at("first batch"), None);
        assert_eq!(at("first place"), Some(((1, 0), Some("rank"))));
        assert_eq!(at("two-thirds of it"), Some(((6667, 4), Some("fraction"))));
        assert_eq!(at("twice the size"), Some(((2, 0), Some("times"))));
    }
}
