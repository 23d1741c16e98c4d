//! Counts at an opening or launch: `The centre opened its doors in September
//! with 5 mediators`, `A branch office began operating with 3 mediators`,
//! `The platform went live with 42 registered mediators`, `The fund was set
//! up with 200 million yuan`. What is counted is the thing at the opening of
//! the subject (`mediators of the centre at opening`): a figure reached then,
//! so actual, dated by the opening's own year.
//!
//! Invariant: only a clause that ends in `with` right before the number and
//! holds a verb of opening is read; anything else gets `None`.

use super::text::last_clause;

/// Stems of verbs of opening, starting or launching.
const OPENING_STEMS: &[&str] = &[
    "open",
    "start",
    "began",
    "begin",
    "launch",
    "found",
    "establish",
    "inaugurat",
    "debut",
];

/// Verbs of two words that open something (`went live`, `set up`).
const OPENING_PAIRS: &[(&str, &str)] = &[
    ("went", "live"),
    ("goes", "live"),
    ("go", "live"),
    ("set", "up"),
    ("came", "into"),
    ("come", "into"),
];

/// Words dropped from the front of the subject.
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "our", "this", "that"];

/// Words that only point back to a subject named earlier.
const PRONOUNS: &[&str] = &["it", "we", "they", "he", "she", "which", "who"];

/// The label of a count at an opening: `<measure> of the <subject> at
/// opening`, or `<measure> at opening` when the clause names no subject.
/// `before` is the text before the number, `measure` the label so far.
pub fn opening_label(before: &str, measure: &str) -> Option<String> {
    if measure.trim().is_empty() {
        return None;
    }
    let clause = last_clause(before);
    let words: Vec<&str> = clause.split_whitespace().collect();
    let (&last, rest) = words.split_last()?;
    if !last.eq_ignore_ascii_case("with") {
        return None;
    }
    let lower: Vec<String> = rest.iter().map(|w| w.to_ascii_lowercase()).collect();
    let verb = lower.iter().enumerate().position(|(i, w)| {
        let stem = OPENING_STEMS.iter().any(|s| {
            w.strip_prefix(s)
                .is_some_and(|end| matches!(end, "" | "s" | "ed" | "ing" | "ning" | "e"))
        });
        let pair =
            (OPENING_PAIRS.iter()).any(|(a, b)| w == a && lower.get(i + 1).is_some_and(|n| n == b));
        stem || pair
    })?;
    // `was set up`, `has opened`: auxiliaries are no part of the subject.
    let mut subject: Vec<&str> = rest[..verb].to_vec();
    while subject.last().is_some_and(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "was"
                | "were"
                | "is"
                | "are"
                | "has"
                | "have"
                | "had"
                | "been"
                | "first"
                | "officially"
        )
    }) {
        subject.pop();
    }
    let start = subject
        .iter()
        .position(|w| !DETERMINERS.contains(&w.to_ascii_lowercase().as_str()))
        .unwrap_or(subject.len());
    let subject = &subject[start..];
    // `In 2018 it launched with`: a pronoun or a leading time phrase names
    // no subject here.
    let lower_subject: Vec<String> = subject.iter().map(|w| w.to_ascii_lowercase()).collect();
    let named = !subject.is_empty()
        && subject.len() <= 8
        && !lower_subject.iter().any(|w| PRONOUNS.contains(&w.as_str()))
        && !matches!(
            lower_subject[0].as_str(),
            "in" | "on" | "at" | "by" | "during" | "after" | "before" | "since" | "when"
        );
    Some(if named {
        format!("{measure} of the {} at opening", subject.join(" "))
    } else {
        format!("{measure} at opening")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_at_an_opening_is_labelled_with_what_opened() {
        assert_eq!(
            opening_label("The centre opened its doors in September with", "mediators").as_deref(),
            Some("mediators of the centre at opening")
        );
        assert_eq!(
            opening_label(
                "A branch office in the Eastgate district began operating with",
                "mediators"
            )
            .as_deref(),
            Some("mediators of the branch office in the Eastgate district at opening")
        );
        assert_eq!(
            opening_label(
                "An online mediation platform went live with",
                "registered mediators"
            )
            .as_deref(),
            Some("registered mediators of the online mediation platform at opening")
        );
        assert_eq!(
            opening_label("The fund was set up with", "fund capital").as_deref(),
            Some("fund capital of the fund at opening")
        );
        assert_eq!(
            opening_label("In 2018 it launched with", "products").as_deref(),
            Some("products at opening")
        );
        assert_eq!(
            opening_label("The station opens with", "staff").as_deref(),
            Some("staff of the station at opening")
        );
    }

    #[test]
    fn with_after_another_verb_is_no_opening() {
        assert_eq!(opening_label("The office works with", "firms"), None);
        assert_eq!(
            opening_label("The centre opened, and it deals with", "cases"),
            None
        );
        assert_eq!(opening_label("The centre opened in 2019", "staff"), None);
        assert_eq!(opening_label("The programme began with", ""), None);
    }
}
