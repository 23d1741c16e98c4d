//! Changes in the bracket after a level: a statistics line gives a figure,
//! then in brackets the base it is compared with and the change from it
//! (`Designs lodged in February 2024: 880 (February 2023: 800, +10.0%)`,
//! `Grants issued: 310 (+7.6% on February 2023)`, `1,200 (2022: 1,000, up
//! 20%)`). The change is of the level before the bracket: it counts what
//! the level counts and is as of the level's date, not the base's.
//!
//! Invariant: only a signed number (`+10.0%`, `−3`) or one the kind rules
//! already read as a change, inside a bracket that opens at most
//! [`MAX_GAP_WORDS`] words after a figure, is such a change.

use std::ops::Range;

/// The most words between a level and its bracket (`5.2 months (`).
pub const MAX_GAP_WORDS: usize = 2;

/// The byte index of the `(` of the bracket a change at `span` sits in,
/// when the number is signed or `is_change`, and the bracket is still open.
pub fn change_bracket(sentence: &str, span: &Range<usize>, is_change: bool) -> Option<usize> {
    let before = sentence.get(..span.start)?;
    let open = before.rfind('(')?;
    if before[open..].contains(')') {
        return None;
    }
    let signed = before
        .strip_suffix(['+', '-', '−'])
        .is_some_and(|b| b.ends_with([' ', '(']));
    (signed || is_change).then_some(open)
}

/// True when the text between a level's end and a bracket's `(` is at most
/// a unit or two (`months`, `LSM`), with no figure or clause in it.
pub fn follows_level(between: &str) -> bool {
    let words: Vec<&str> = between.split_whitespace().collect();
    words.len() <= MAX_GAP_WORDS
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '%'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(sentence: &str, number: &str, is_change: bool) -> Option<usize> {
        let start = sentence.find(number).unwrap();
        change_bracket(sentence, &(start..start + number.len()), is_change)
    }

    #[test]
    fn a_signed_number_in_a_bracket_is_a_change() {
        let line = "Designs lodged in February 2024: 880 (February 2023: 800, +10.0%)";
        assert_eq!(at(line, "10.0%", false), Some(37));
        assert_eq!(at("Grants: 310 (−7.6% on 2023)", "7.6%", false), Some(12));
        assert_eq!(at("Grants: 310 (2023: 300, up 3%)", "3%", true), Some(12));
    }

    #[test]
    fn an_unsigned_or_closed_or_range_number_is_none() {
        assert_eq!(at("Grants: 310 (2023: 300, 3%)", "3%", false), None);
        assert_eq!(at("Grants (2023) +4%", "4%", false), None);
        assert_eq!(at("Grants: 310 (2023-2024: 5)", "2024", false), None);
        assert_eq!(at("+4%", "4%", false), None);
    }

    #[test]
    fn a_level_is_followed_by_its_unit_only() {
        assert!(follows_level(" months "));
        assert!(follows_level(" "));
        assert!(!follows_level(" in 2023 "));
        assert!(!follows_level(", against the 300 "));
    }
}
