//! Numbers written in words: `nine`, `twenty`, `a hundred` (with a scale
//! word), ranks (`ranking first`, `first place`), shares stated as
//! fractions (`two-thirds`, `two-fifths of the firms`, `a quarter had`,
//! `half of the 400 firms`, `more than half the …`, `one in five firms`),
//! which are percentages (`40%`), and multiples (`double the national
//! average`).
//!
//! Invariant: `one` and `zero` alone, ordinals that are not ranks (`a fifth
//! round`), hyphenated compounds (`one-stop`) and idioms (`half a year`,
//! `half an hour`, `double digits`) are not numbers.

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
    if let Some(found) = hyphenated_tens(text, &word, end) {
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

/// The rest of a number in words after its scale word `10^exp` (` and
/// twelve`, ` five hundred`, ` two hundred and six`): its value, below
/// `10^exp`, and where it ends; `None` when no smaller number in words
/// follows (`three thousand and six hundred` is two numbers, `6 hundred`).
pub fn word_tail(text: &str, end: usize, exp: u32) -> Option<(u64, usize)> {
    let rest = &text[end..];
    let at = end + [" and ", " "].iter().find(|s| rest.starts_with(**s))?.len();
    let one = text[at..]
        .strip_prefix("one")
        .filter(|r| !r.starts_with(char::is_alphabetic));
    let (mut value, mut stop) = match word_number_at(text, at) {
        Some(((n, 0), stop, None)) => (n, stop),
        _ => (1, at + 3 * usize::from(one.is_some())),
    };
    if stop == at {
        return None;
    }
    if let Some((scale, len)) = next_scale(&text[stop..]) {
        if scale >= exp {
            return None;
        }
        (value, stop) = (value * 10u64.pow(scale), stop + len);
        if let Some((more, after)) = word_tail(text, stop, scale) {
            (value, stop) = (value + more, after);
        }
    }
    (value < 10u64.pow(exp)).then_some((value, stop))
}

/// `thirty-four`, `Ninety-nine`: a ten and a unit joined by a hyphen, the
/// way prose writes 21 to 99 (a further hyphen, `twenty-one-year`, makes a
/// compound adjective, no number).
fn hyphenated_tens(
    text: &str,
    tens: &str,
    end: usize,
) -> Option<(Mantissa, usize, Option<&'static str>)> {
    let ten = TENS.iter().position(|w| *w == tens)? as u64;
    let after = text[end..].strip_prefix('-')?;
    let len = after
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(after.len());
    let unit = after[..len].to_ascii_lowercase();
    let unit = WORDS[1..10].iter().position(|w| *w == unit)? as u64 + 1;
    let stop = end + 1 + len;
    (!text[stop..].starts_with('-')).then_some((((ten + 2) * 10 + unit, 0), stop, None))
}

/// Parts of a whole as words: `third` is one part of three.
const PARTS: &[(&str, u64)] = &[
    ("third", 3),
    ("quarter", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
];

/// Words after a spaced fraction (`a quarter had`, `two fifths of`) that
/// make it a share of something rather than an ordinal (`a fifth round`).
const SHARE_NEXT: &[&str] = &[
    "of", "had", "have", "has", "were", "was", "are", "is", "said", "say", "reported", "used",
    "held", "hold", "did", "do",
];

/// `n/parts` as a percentage to two decimals.
fn percent(n: u64, parts: u64) -> Mantissa {
    ((n * 10_000 + parts / 2) / parts, 2)
}

/// `two-thirds`, `two-fifths of`, `a quarter had`, `one in five firms`,
/// `more than half the time`, `double the national average`: shares as
/// percentages (to two decimals) and multiples. `half a year`, `half an
/// hour` and `double digits` are idioms, not figures.
fn fraction_or_multiple(
    text: &str,
    idx: usize,
    word: &str,
    end: usize,
) -> Option<(Mantissa, usize, Option<&'static str>)> {
    let after = &text[end..];
    let count = match word {
        "a" | "an" => Some(1),
        _ => WORDS
            .iter()
            .position(|w| *w == word)
            .filter(|n| (1..=9).contains(n))
            .map(|n| n as u64),
    };
    if let Some(n) = count {
        for &(part, parts) in PARTS {
            // `two-thirds`, `one-quarter`: a share whatever follows.
            let hyphenated = (word != "a" && word != "an")
                .then(|| after.strip_prefix('-')?.strip_prefix(part))
                .flatten();
            // `two fifths of`, `a quarter had`: a share when `of` or a verb follows.
            let spaced = after.strip_prefix(' ').and_then(|r| r.strip_prefix(part));
            for (rest, needs_share_word) in [(hyphenated, false), (spaced, true)] {
                let Some(rest) = rest else { continue };
                let rest = rest.strip_prefix('s').unwrap_or(rest);
                if rest.starts_with(char::is_alphanumeric) {
                    continue;
                }
                let next = rest.split_whitespace().next().unwrap_or("");
                if needs_share_word && !SHARE_NEXT.contains(&next) {
                    continue;
                }
                let len = after.len() - rest.len();
                return Some((percent(n, parts), end + len, Some("%")));
            }
        }
        // `one in five firms`, `three in ten`: a share of a whole.
        if word != "a" && word != "an" {
            if let Some(rest) = after.strip_prefix(" in ") {
                let whole_len = rest
                    .find(|c: char| !c.is_ascii_alphabetic())
                    .unwrap_or(rest.len());
                let whole = rest[..whole_len].to_ascii_lowercase();
                let parts = (WORDS.iter().position(|w| *w == whole).map(|p| p as u64))
                    .or_else(|| (whole == "ten").then_some(10))
                    .filter(|&p| p > n && p >= 2);
                if let Some(parts) = parts {
                    return Some((percent(n, parts), end + 4 + whole_len, Some("%")));
                }
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
    // `the first half of the year`, `in the second half`: a part of a
    // period, never a share.
    let part_of_period = ["first ", "second ", "latter ", "former ", "1st ", "2nd "]
        .iter()
        .any(|o| before.ends_with(o));
    match word {
        "half" if part_of_period => None,
        "half"
            if compares || qualified && !after.starts_with(" a ") && !after.starts_with(" an ") =>
        {
            Some(((50, 0), end, Some("%")))
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
        assert_eq!(at("two-thirds of it"), Some(((6667, 2), Some("%"))));
        assert_eq!(at("twice the size"), Some(((2, 0), Some("times"))));
        assert_eq!(word_number_at("the first half of the year", 10), None);
        assert_eq!(word_number_at("in the second half of 2024", 14), None);
        assert_eq!(
            word_number_at("nearly half of the cases", 7).map(|(m, _, h)| (m, h)),
            Some(((50, 0), Some("%")))
        );
    }

    #[test]
    fn a_ten_and_a_unit_joined_by_a_hyphen_are_one_number() {
        assert_eq!(at("Thirty-four witnesses"), Some(((34, 0), None)));
        assert_eq!(at("twenty-one judges sat"), Some(((21, 0), None)));
        assert_eq!(at("ninety-nine."), Some(((99, 0), None)));
        assert_eq!(
            word_number_at("some forty-two firms", 5).map(|(m, end, _)| (m, end)),
            Some(((42, 0), 14))
        );
        // A compound adjective, or a ten before another word, is no such number.
        assert_eq!(at("twenty-one-year-old"), None);
        assert_eq!(at("forty-odd firms"), None);
    }

    #[test]
    fn fractions_that_state_a_share_are_percentages() {
        assert_eq!(at("Two-fifths of the firms"), Some(((4000, 2), Some("%"))));
        assert_eq!(at("a quarter had licensed"), Some(((2500, 2), Some("%"))));
        assert_eq!(at("a fifth of the budget"), Some(((2000, 2), Some("%"))));
        assert_eq!(
            at("three quarters of filings"),
            Some(((7500, 2), Some("%")))
        );
        assert_eq!(at("one tenth of the staff"), Some(((1000, 2), Some("%"))));
        assert_eq!(at("Half of the 400 firms"), Some(((50, 0), Some("%"))));
        assert_eq!(at("One in five firms"), Some(((2000, 2), Some("%"))));
        assert_eq!(at("three in ten owners"), Some(((3000, 2), Some("%"))));
        // Ordinals and idioms are no share.
        assert_eq!(at("a fifth round of talks"), None);
        assert_eq!(at("a quarter century"), None);
        assert_eq!(at("half an hour"), None);
        assert_eq!(at("one in the morning"), None);
    }
}
