//! Subjects that point back to a figure stated before instead of naming
//! what is counted: a pronoun after a time phrase (`at the end of 2023 it
//! stood at 815`, `Two years ago it was closer to eleven weeks`), and the
//! nouns of a correction or a restatement (`The correct number is 42,100`,
//! `the revised figure`, `that number`). Such a figure counts what the
//! figure before it counts; the caller takes that figure's label.
//!
//! Invariant: only whole words are compared, case-folded; a subject that
//! names a thing (`the correct filing fee`) is never a pointer.

/// Pronouns that are a whole subject on their own.
const PRONOUNS: &[&str] = &["it", "they", "this", "that", "these", "those"];
/// Prepositions whose object a pronoun after them is.
const PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "to", "for", "of", "by", "with", "from", "about", "into", "through", "over",
    "under", "after", "before", "like", "via",
];
/// Nouns that only stand for a value (`the figure`, `the total`).
const VALUE_NOUNS: &[&str] = &[
    "figure", "figures", "number", "numbers", "amount", "total", "count", "rate", "ratio", "level",
    "value", "tally",
];
/// Words before such a noun that point back or correct (`that number`,
/// `the correct figure`, `the revised total`).
const POINTING_WORDS: &[&str] = &[
    "the",
    "that",
    "this",
    "correct",
    "corrected",
    "revised",
    "right",
    "actual",
    "amended",
    "updated",
    "true",
    "accurate",
    // `bringing the year-to-date total to 3,377`: a running total of
    // the figure before.
    "year-to-date",
    "cumulative",
    "running",
];

/// True when `subject`, a clause's subject before its number, points back
/// to the figure before rather than naming what it counts: it ends in a
/// pronoun (whatever time phrase comes before it), or it is a value noun
/// with only pointing or correcting words before it.
pub fn points_back(subject: &str) -> bool {
    let lower = subject.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let Some((last, rest)) = words.split_last() else {
        return false;
    };
    // `that's 93% of you`: a pronoun and its verb in one word.
    let last = ["'s", "’s", "'re", "’re"]
        .iter()
        .find_map(|c| last.strip_suffix(c))
        .unwrap_or(last);
    // `searches run on it`: a pronoun after a preposition is its object,
    // inside a label that names the thing.
    let object = rest.last().is_some_and(|w| PREPOSITIONS.contains(w));
    if PRONOUNS.contains(&last) && !object {
        return true;
    }
    names_a_value(subject)
}

/// Bounds and levels between an object and its number (`want that under`,
/// `get it down to`).
#[rustfmt::skip]
const BOUNDS: &[&str] = &["under", "below", "beneath", "above", "over", "within", "to", "at", "down", "up", "back", "around", "about", "nearer", "closer"];

/// True when the clause before a number, `before`, ends in a pronoun object
/// and the number's bound (`Next year we want that under`, `we aim to get
/// it down to`): the number is a level of the figure before, so it counts
/// what that figure counts. A pronoun after a preposition (`most of it
/// under`) is no object of the clause's verb.
pub fn object_points_back(before: &str) -> bool {
    let lower = before.to_lowercase();
    let clause = lower.rsplit([',', ';', ':', '(', '.']).next().unwrap_or("");
    let words: Vec<&str> = clause.split_whitespace().collect();
    let bounds = words
        .iter()
        .rev()
        .take_while(|w| BOUNDS.contains(w))
        .count();
    if bounds == 0 {
        return false;
    }
    match words[..words.len() - bounds] {
        [.., verb, pronoun] => {
            matches!(pronoun, "it" | "that" | "this")
                && !PREPOSITIONS.contains(&verb)
                && !matches!(verb, "is" | "was" | "are" | "were" | "and" | "or")
        }
        _ => false,
    }
}

/// True when `subject` is a value noun with only pointing or correcting
/// words before it (`The figure`, `the correct number`): the figure it
/// gives restates one before, whatever verb gives it (`should read`).
pub fn names_a_value(subject: &str) -> bool {
    let lower = subject.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let Some((last, rest)) = words.split_last() else {
        return false;
    };
    let pointing = !rest.is_empty() && rest.iter().all(|w| POINTING_WORDS.contains(w));
    // `the correct headcount`: a noun of what is counted stands for the
    // value only beside a word of correction, not after a bare `the`.
    let corrected = rest.iter().any(|w| CORRECTIONS.contains(w));
    pointing && (VALUE_NOUNS.contains(last) || (COUNT_NOUNS.contains(last) && corrected))
}

/// Nouns of a count that a correction restates (`the correct headcount`).
const COUNT_NOUNS: &[&str] = &["headcount", "headcounts", "tally", "sum", "result"];

/// Words of a clause that corrects a figure given before (`The correct
/// number is`, `should read`, `has been revised to`).
const CORRECTIONS: &[&str] = &[
    "correct",
    "corrected",
    "correction",
    "revised",
    "amended",
    "restated",
    "should read",
];

/// True when the clause before a number, `before`, corrects a figure given
/// before it (`The correct number is`, `The figure should read`, `This has
/// been corrected to`): the figure replaces the one it restates.
pub fn corrects(before: &str) -> bool {
    let lower = before.to_lowercase();
    let clause = lower.rsplit(['.', ';']).next().unwrap_or(&lower);
    let words = format!(
        " {} ",
        clause.split_whitespace().collect::<Vec<_>>().join(" ")
    );
    CORRECTIONS
        .iter()
        .any(|c| words.contains(&format!(" {c} ")))
        && !is_replaced(before)
}

/// True when a number is the old value a revision replaced (`a figure
/// revised from the 880,000 euros reported in July`, `corrected from
/// 5,210`): `before` ends in such a `from`.
pub fn is_replaced(before: &str) -> bool {
    let lower = before.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let words = match words[..] {
        [ref rest @ .., "the" | "a" | "an"] => rest,
        ref all => all,
    };
    matches!(
        words,
        [.., "revised" | "corrected" | "amended" | "restated", "from"]
    ) || was_before_correction(&lower)
}

/// `restated as 38.5 months (was 41.0`, `revised to 6,241 (previously
/// 6,412`: the old value in the bracket after a correction.
fn was_before_correction(lower: &str) -> bool {
    let trimmed = lower.trim_end();
    let Some(open) = trimmed.rfind('(') else {
        return false;
    };
    let inner = trimmed[open + 1..].trim();
    let old = ["was", "previously", "formerly", "originally", "earlier"].contains(&inner);
    // The clause before the bracket, cut at a full stop or semicolon but
    // never at a decimal point (`38.5`).
    let before = &lower[..open];
    let clause_at = [". ", "; "]
        .iter()
        .filter_map(|b| before.rfind(b).map(|at| at + b.len()))
        .max()
        .unwrap_or(0);
    let words: Vec<&str> = before[clause_at..].split_whitespace().collect();
    old && words.iter().any(|w| CORRECTIONS.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pronoun_after_a_time_phrase_points_back() {
        assert!(points_back("end of 2023 it"));
        assert!(points_back("Two years ago it"));
        assert!(points_back("By March they"));
        assert!(points_back("that's"));
        assert!(!points_back("end of 2023 the registry"));
        assert!(!points_back("itineraries"));
        assert!(!points_back("searches run on it"));
    }

    #[test]
    fn a_pronoun_object_before_a_bound_points_back() {
        assert!(object_points_back("Next year we want that under "));
        assert!(object_points_back("We aim to get it below "));
        assert!(object_points_back("the plan is to bring this down to "));
        assert!(object_points_back("and we hope to keep it at "));
        assert!(!object_points_back("we keep most of it under "));
        assert!(!object_points_back("We want it "));
        assert!(!object_points_back("the backlog is that under "));
        assert!(!object_points_back("we want the backlog under "));
    }

    #[test]
    fn a_correction_names_no_thing_of_its_own() {
        assert!(points_back("correct number"));
        assert!(points_back("The correct amount"));
        assert!(points_back("the revised figure"));
        assert!(points_back("That number"));
        assert!(points_back("the updated total"));
        assert!(points_back("the year-to-date total"));
        assert!(!points_back("the cumulative number of patents"));
        assert!(!points_back("correct filing fee"));
        assert!(!points_back("number of examiners"));
        assert!(!points_back("figure"));
        assert!(!points_back("revised design applications"));
        assert!(points_back("the correct headcount"));
        assert!(!points_back("the headcount"));
    }

    #[test]
    fn a_correction_replaces_the_figure_it_restates() {
        assert!(corrects("The correct number is "));
        assert!(corrects("The figure should read "));
        assert!(corrects("Seed farms: this has been corrected to "));
        assert!(corrects("The count of registrations has been revised to "));
        assert!(!corrects("The figure reached "));
        assert!(!corrects("a figure revised from the "));
        assert!(is_replaced(
            "Income was 930,000 euros, a figure revised from the "
        ));
        assert!(is_replaced("corrected from "));
        assert!(!is_replaced("up from "));
        assert!(is_replaced("Pendency restated as 38.5 months (was "));
        assert!(is_replaced("Fees for 2023 corrected to 910 (previously "));
        assert!(!is_replaced("Fees for 2023 came to 910 (previously "));
        assert!(!is_replaced("(was "));
    }
}
