//! Labels dated after a comma: a statistics line often names its figure,
//! then a qualifier, then the period, each set off by a comma
//! (`Median days to first action, March 2024: 64`, `Median time to grant,
//! uncontested designs, Q1 2024: 4.1 months`). The period dates the figure
//! and is no part of its label; the qualifier is, since it tells one
//! figure of the line's kind from another (`opposed marks`).
//!
//! Invariant: only called for a label whose last comma part names a period
//! alone; a part before it is kept as a qualifier only when it is a short
//! lower-case phrase, never a clause of its own.

use super::phrases::{read_subject, Subject};

/// The most words of a qualifier between a label and its period.
const MAX_QUALIFIER_WORDS: usize = 4;
/// Words that open a scope before a comma (`Across the Registry, …`), no label.
#[rustfmt::skip]
const SCOPE_WORDS: &[&str] = &["across", "in", "for", "at", "by", "over", "throughout", "within", "among", "during", "after", "before", "since", "under", "of", "on"];

/// The subject of `head`, the label before `, PERIOD:`, with a short
/// qualifier after its last comma kept (`Median time to grant,
/// uncontested designs`).
pub fn comma_label(head: &str) -> Option<Subject> {
    let Some((base, qualifier)) = head.rsplit_once(", ") else {
        return read_subject(head, false);
    };
    let words: Vec<&str> = qualifier.split_whitespace().collect();
    let scope = (base.split_whitespace().next())
        .is_some_and(|w| SCOPE_WORDS.contains(&w.to_lowercase().as_str()));
    let qualifier_like = (1..=MAX_QUALIFIER_WORDS).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_lowercase()))
        && !scope;
    match read_subject(base, false) {
        Some(Subject::Named(base)) if qualifier_like && !base.contains(", ") => {
            Some(Subject::Named(format!("{base}, {}", words.join(" "))))
        }
        _ => read_subject(head, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(head: &str) -> Option<String> {
        match comma_label(head) {
            Some(Subject::Named(s)) => Some(s),
            _ => None,
        }
    }

    #[test]
    fn a_short_qualifier_stays_with_the_label() {
        assert_eq!(
            label("Median time from filing to grant, uncontested designs").as_deref(),
            Some("Median time from filing to grant, uncontested designs")
        );
        assert_eq!(
            label("Median days to first action").as_deref(),
            Some("Median days to first action")
        );
    }

    #[test]
    fn a_clause_or_a_name_after_the_comma_is_the_label() {
        assert_eq!(
            label("Across the Registry, designs lodged").as_deref(),
            Some("designs lodged")
        );
        assert_eq!(
            label("Appeals, Northfield Court").as_deref(),
            Some("Northfield Court")
        );
        assert_eq!(label(""), None);
        assert_eq!(label(", "), None);
    }
}
