//! League tables told in prose: a sentence that opens `Measured by
//! invention patents granted,` or `Ranked by invention patents in force per
//! 10,000 residents,` names the measure its paragraph ranks by. A value a
//! place in the league is given with (`heads the league with 5,002`,
//! `ranked third with 4,210`, `leads with 61.4`, `Tessbury (48.9)`, `falls
//! to seventh at 23.8`) is a value of that measure for the name nearest
//! before it: `invention patents granted (Corlan)`.
//!
//! Invariant: the ranked measure is words of the opening phrase, in order;
//! a value takes it only with a name before it and a `with`, `at` or `(`
//! right before its number.

use super::measure::unit_for;
use super::phrases::head_noun;
use super::text::{is_function_word, word_count};

/// Openings of a phrase naming what a league ranks by.
const RANK_OPENERS: &[&str] = &[
    "measured by ",
    "ranked by ",
    "ranking by ",
    "ordered by ",
    "sorted by ",
    "in terms of ",
];
/// The most words a ranked measure holds.
const MAX_MEASURE_WORDS: usize = 10;

/// The measure a sentence opens by ranking on: `Measured by invention
/// patents granted, Tessbury heads …` → `invention patents granted`.
pub fn ranked_measure(sentence: &str) -> Option<String> {
    let lower = sentence.trim_start().to_lowercase();
    let opener = RANK_OPENERS.iter().find(|o| lower.starts_with(**o))?;
    let rest = &sentence.trim_start()[opener.len()..];
    let phrase = rest.split(", ").next().filter(|p| p.len() < rest.len())?;
    let phrase = phrase.strip_prefix("the ").unwrap_or(phrase);
    let words = word_count(phrase);
    ((1..=MAX_MEASURE_WORDS).contains(&words) && head_noun(phrase).is_some())
        .then(|| phrase.to_string())
}

/// The name a ranked value is given for, when `before` (the sentence from
/// the previous value up to this one) gives it a place: it ends in `with`,
/// `at` or an opening bracket, and a capitalised name stands before that
/// (`ahead of Amberleigh with`, `Wicken Ford completes the top five with`).
pub fn ranked_name(before: &str) -> Option<String> {
    let trimmed = before.trim_end();
    let placed = trimmed.ends_with(" with") || trimmed.ends_with(" at") || trimmed.ends_with('(');
    if !placed {
        return None;
    }
    let words: Vec<&str> = trimmed
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let last = words.iter().rposition(|w| is_name_word(w))?;
    let first = (0..=last)
        .rev()
        .take_while(|&i| is_name_word(words[i]))
        .last()?;
    Some(words[first..=last].join(" "))
}

/// The unit of a ranked measure: its counted noun, per what it is counted
/// (`patents per 10,000 residents`).
pub fn ranked_unit(measure: &str) -> String {
    let unit = head_noun(measure).map_or_else(|| "count".to_string(), |h| unit_for(&h));
    match measure.find(" per ") {
        Some(at) => format!("{unit}{}", &measure[at..]),
        None => unit,
    }
}

/// A word of a proper name: capitalised, and no function word (`The`).
fn is_name_word(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase()) && !is_function_word(&word.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_league_opening_names_its_measure() {
        assert_eq!(
            ranked_measure("Measured by invention patents granted, Tessbury again heads the league with 5,002.").as_deref(),
            Some("invention patents granted")
        );
        assert_eq!(
            ranked_measure(
                "Ranked by the number of registered trademarks per 1,000 firms, the order changes."
            )
            .as_deref(),
            Some("number of registered trademarks per 1,000 firms")
        );
        assert_eq!(ranked_measure("Measured against 2024, filings rose."), None);
        assert_eq!(
            ranked_measure("By 2027, the office wants 300 examiners."),
            None
        );
    }

    #[test]
    fn a_ranked_measure_counts_its_noun_per_what_it_says() {
        assert_eq!(ranked_unit("invention patents granted"), "patents");
        assert_eq!(
            ranked_unit("invention patents in force per 10,000 residents"),
            "patents per 10,000 residents"
        );
    }

    #[test]
    fn a_placed_value_is_the_nearest_name_before_it() {
        assert_eq!(
            ranked_name("Tessbury again heads the league with ").as_deref(),
            Some("Tessbury")
        );
        assert_eq!(
            ranked_name(", ahead of Amberleigh with ").as_deref(),
            Some("Amberleigh")
        );
        assert_eq!(
            ranked_name(", and Wicken Ford completes the top five with ").as_deref(),
            Some("Wicken Ford")
        );
        assert_eq!(
            ranked_name(", well clear of Tessbury (").as_deref(),
            Some("Tessbury")
        );
        assert_eq!(
            ranked_name("The surprise of this edition is Corlan, which ranked third with ")
                .as_deref(),
            Some("Corlan")
        );
        // No place given, or no name.
        assert_eq!(ranked_name("Tessbury granted "), None);
        assert_eq!(ranked_name("the city leads with "), None);
    }
}
