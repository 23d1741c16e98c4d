//! Counts of people stated by a collective noun rather than the people
//! themselves: `We are a team of twenty-six`, `a membership of 3,180`,
//! `Our headcount was 19`, `The workforce numbers 85`. The counted noun is
//! the collective's (`team`, `membership`, `headcount`), which alone says
//! neither what is counted nor whose it is, so the label names the
//! organisation it belongs to (`headcount of Greyfield Institute`) and the
//! unit is people. A possessive (`our`, `its`, `their`) or a pronoun
//! subject (`we`, `it`) stands for the organisation the passage (or the
//! document's title) named last.
//!
//! A body as strong as its number counts people (`The examining corps was
//! 140 strong` → `examining corps`).
//!
//! A bare number employed counts staff (`Its pilot line employs 9` →
//! `staff employed by the pilot line`), and a count of the people a text
//! addresses who did something is labelled by the deed (`212 of you
//! joined` → `joined membership of the Guild`).
//!
//! Invariant: the label is the collective noun as written, `of`, and an
//! organisation's name as written in the text; a collective with a counted
//! noun after the number (`a bureau of thirty-one people`) is left to the
//! other rules.

use super::text::after_last_break;

/// Nouns of a body of people counted as a whole.
#[rustfmt::skip]
const COLLECTIVES: &[&str] = &["team", "membership", "headcount", "workforce", "staff", "staffing", "crew", "roster"];

/// Words that tie a collective to its owner or its count.
#[rustfmt::skip]
const LINKING: &[&str] = &["is", "was", "are", "were", "stands", "stood", "at", "of", "now", "still", "currently", "today", "numbers", "numbered", "totals", "totalled", "totaled", "reached", "reaches", "has", "had", "grew", "rose", "to", "with", "about", "some", "around", "nearly", "almost", "over", "just"];

/// The label of a count stated by a collective noun, from the clause
/// `before` the number and the text `after` it, and `owner`, the
/// organisation named before; `None` for any other shape.
pub fn collective_label(
    before: &str,
    after: &str,
    owner: impl FnOnce() -> Option<String>,
) -> Option<String> {
    if names_a_noun(after) {
        return None;
    }
    let words: Vec<String> = after_last_break(before)
        .split_whitespace()
        .map(|w| w.to_lowercase())
        .collect();
    // The collective: the last word before the links to the number.
    let at = words
        .iter()
        .rposition(|w| !LINKING.contains(&w.as_str()) && !matches!(w.as_str(), "a" | "an"))?;
    let noun = words[at].as_str();
    if !COLLECTIVES.contains(&noun) {
        return None;
    }
    // Whose it is: `our`, `its`, `their` before it, or `we` / `it` as
    // the clause's subject (`We end 2025 with a membership of`).
    let pointed = words[..at].iter().any(|w| {
        matches!(
            w.as_str(),
            "our" | "its" | "their" | "we" | "it" | "they" | "the"
        )
    });
    if !pointed {
        return None;
    }
    let owner = owner()?;
    Some(format!("{noun} of {owner}"))
}

/// `The examining corps was ` before `140 strong when she joined` → `examining
/// corps`: a body of people as strong as its number, the subject of the
/// clause without its determiner, at most five words.
pub fn strong_label(before: &str, after: &str) -> Option<String> {
    let strong = after
        .split_whitespace()
        .next()?
        .trim_end_matches([',', '.', ';']);
    if strong != "strong" {
        return None;
    }
    let mut words: Vec<&str> = after_last_break(before).split_whitespace().collect();
    let verb = words.pop()?;
    if !matches!(verb, "is" | "was" | "are" | "were" | "stands" | "stood") {
        return None;
    }
    if words.first().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "the" | "its" | "our" | "their" | "a" | "an"
        )
    }) {
        words.remove(0);
    }
    let plain = words.iter().all(|w| {
        w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
    });
    (plain && (1..=5).contains(&words.len())).then(|| words.join(" "))
}

/// Verbs of employing, whose bare number counts staff (`Its pilot line
/// employs 9`).
const EMPLOYS: &[&str] = &["employs", "employed", "employ", "hires", "hired"];

/// `Its pilot line employs ` before a bare number → `staff employed by the
/// pilot line`: who employs them, from the clause's start (a possessive
/// read as `the`), at most five words.
pub fn employed_label(before: &str, after: &str) -> Option<String> {
    if names_a_noun(after) {
        return None;
    }
    let mut words: Vec<&str> = after_last_break(before).split_whitespace().collect();
    let verb = words.pop()?;
    if !EMPLOYS.contains(&verb) {
        return None;
    }
    let first = words.first()?.to_lowercase();
    let subject = match first.as_str() {
        "its" | "our" | "their" | "the" => format!("the {}", words[1..].join(" ")),
        "it" | "we" | "they" => return None,
        _ => words.join(" "),
    };
    let plain = words.iter().all(|w| {
        w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
    });
    (plain && (2..=5).contains(&words.len())).then(|| format!("staff employed by {subject}"))
}

/// `Two hundred and twelve of you joined during the year`: a count of the
/// people addressed (`you`, `us`, `them`) who did something, labelled by
/// the deed and `previous`, the label of the body counted before
/// (`joined membership of the Guild`).
pub fn of_us_label(after: &str, previous: Option<&str>) -> Option<String> {
    let rest = [" of you ", " of us ", " of them "]
        .iter()
        .find_map(|p| after.strip_prefix(p))?;
    let verb = rest.split_whitespace().next()?;
    let verb = verb.trim_end_matches([',', '.', ';']);
    let past =
        verb.len() > 3 && verb.ends_with("ed") && verb.chars().all(|c| c.is_ascii_lowercase());
    let previous = previous?.split(" (").next()?;
    (past && !previous.is_empty()).then(|| format!("{verb} {previous}"))
}

/// Whether a counted noun follows the number (`thirty-one people`), rather
/// than the clause going on (`today`, `when we moved`) or ending.
fn names_a_noun(after: &str) -> bool {
    let next = after
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches([',', '.', ';', ':', ')', '!', '?']);
    let lower = next.to_lowercase();
    !next.is_empty()
        && !after.starts_with([',', '.', ';', ':', ')', '!', '?'])
        && next.chars().all(|c| c.is_alphabetic() || c == '-')
        && !matches!(
            lower.as_str(),
            "today"
                | "now"
                | "when"
                | "after"
                | "before"
                | "since"
                | "in"
                | "at"
                | "and"
                | "but"
                | "this"
                | "last"
                | "as"
                | "while"
                | "by"
                | "for"
                | "on"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(before: &str, after: &str) -> Option<String> {
        collective_label(before, after, || Some("Greyfield Institute".to_string()))
    }

    #[test]
    fn a_collective_of_the_speakers_counts_their_organisations_people() {
        assert_eq!(
            label("We are a team of ", ": chemists and engineers.").as_deref(),
            Some("team of Greyfield Institute")
        );
        assert_eq!(
            label("Our headcount was ", " when we moved in 2022.").as_deref(),
            Some("headcount of Greyfield Institute")
        );
        assert_eq!(
            label("Our headcount is ", " today.").as_deref(),
            Some("headcount of Greyfield Institute")
        );
        assert_eq!(
            label("We end 2025 with a membership of ", ", the largest ever.").as_deref(),
            Some("membership of Greyfield Institute")
        );
        assert_eq!(
            label("The workforce now numbers ", ".").as_deref(),
            Some("workforce of Greyfield Institute")
        );
    }

    #[test]
    fn a_bare_number_employed_counts_staff() {
        assert_eq!(
            employed_label("Its pilot line employs ", ".").as_deref(),
            Some("staff employed by the pilot line")
        );
        assert_eq!(
            employed_label("The secretariat employs ", ", all lawyers.").as_deref(),
            Some("staff employed by the secretariat")
        );
        assert_eq!(employed_label("The office employs ", " examiners."), None);
        assert_eq!(employed_label("It employs ", "."), None);
    }

    #[test]
    fn the_people_addressed_who_did_something_are_counted_by_the_deed() {
        assert_eq!(
            of_us_label(
                " of you joined during the year.",
                Some("membership of the Guild")
            )
            .as_deref(),
            Some("joined membership of the Guild")
        );
        assert_eq!(of_us_label(" of you joined.", None), None);
        assert_eq!(of_us_label(" of the firms joined.", Some("firms")), None);
    }

    #[test]
    fn a_counted_noun_another_noun_or_no_owner_is_left_alone() {
        // The people are named after the number: the group rule's case.
        assert_eq!(label("We are a bureau of ", " people."), None);
        assert_eq!(label("We are a team of ", " engineers."), None);
        // Not a collective.
        assert_eq!(label("Our budget was ", "."), None);
        // A team of someone else's, named without a pointer.
        assert_eq!(label("A team of ", " arrived."), None);
        assert_eq!(
            collective_label("Our headcount is ", " today.", || None),
            None
        );
    }
}
