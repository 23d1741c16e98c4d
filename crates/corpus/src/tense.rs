//! Tense of the clause that states a number: present (`The tribunal has 23
//! judges`, `now handles`) or past (`the time to grant was`, `stood at`),
//! read from the verb next to the number past the words that lead to it.
//!
//! Invariant: only the clause before the number (after its last comma,
//! semicolon or colon) is read.

use super::text::last_clause;
use super::verbs::is_past_form;

/// Present-tense verbs that state a figure as it stands.
#[rustfmt::skip]
const PRESENT: &[&str] = &["has", "have", "is", "are", "own", "owns", "employs", "holds", "handles", "numbers", "counts", "boasts", "stands", "totals", "employ", "hold", "handle", "number", "stand",
    // `account for 97.2%`, `make up a third`, `represents 40%`.
    "account", "accounts", "make", "makes", "represent", "represents",
    // `Processing a disclosure takes us 38 days`, `a renewal costs 80 euros`.
    "takes", "take", "costs", "cost", "lasts", "last"];
/// Words between such a verb and its number (`has grown to more than`).
#[rustfmt::skip]
const TO_THE_NUMBER: &[&str] = &["grown", "risen", "fallen", "increased", "dropped", "reached", "climbed", "to", "now", "currently", "still", "already", "about", "around", "nearly", "over", "more", "than", "almost", "some", "roughly", "just", "only", "for", "up",
    // `takes us`, `costs them`.
    "us", "them", "you"];

/// Past-tense verbs that state a figure reached.
#[rustfmt::skip]
const PAST: &[&str] = &["was", "were", "had", "reached", "totalled", "totaled", "stood", "numbered", "came", "averaged", "took", "amounted"];

/// Whether the clause before a number states it in the past tense (`the
/// time to grant was`, `the average wait averaged`).
pub fn is_past(before: &str) -> bool {
    let lower = before.to_ascii_lowercase();
    let clause = last_clause(&lower);
    let words = clause
        .split_whitespace()
        .rev()
        .skip_while(|w| TO_THE_NUMBER.contains(w) || matches!(*w, "at" | "in" | "by"));
    // `it settled 120`, `the board heard 310`: a verb of action in the
    // past, unless a perfect, a passive or a determiner makes it something
    // else (`has settled`, `is expected`, `an estimated`). `Its judges
    // heard evidence from 96`: the verb may stand a few words back, past
    // its object and a preposition.
    let mut words: Vec<&str> = words.collect();
    // `had an estimated retail value of`, `recorded a total of`: the verb
    // stands before the noun phrase the number is of.
    if let Some(det) = (words.iter().take(NOUN_PHRASE_REACH))
        .position(|w| matches!(*w, "a" | "an" | "the"))
        .filter(|&d| d > 0 && words[0] == "of")
    {
        words.drain(..=det);
    }
    for (at, verb) in words.iter().enumerate().take(VERB_REACH) {
        if PAST.contains(verb) {
            return true;
        }
        if PRESENT.contains(verb) {
            return false;
        }
        if is_past_form(verb) {
            // `are usually decided`: past an adverb.
            let before = words[at + 1..].iter().find(|w| !w.ends_with("ly"));
            let not_simple_past = before.is_some_and(|w| {
                matches!(
                    *w,
                    "has"
                        | "have"
                        | "a"
                        | "an"
                        | "the"
                        | "is"
                        | "are"
                        | "be"
                        | "been"
                        | "being"
                        | "will"
                )
            });
            return !not_simple_past;
        }
        // Only the first word may be other than a noun or a preposition
        // of the verb's object.
        if at > 0 && !(verb.chars().all(|c| c.is_ascii_lowercase())) {
            return false;
        }
    }
    false
}

/// How many words back from a number its past verb may stand (`heard
/// evidence from 96`).
const VERB_REACH: usize = 3;

/// How many words back from a number the determiner of the noun phrase it
/// is `of` may stand (`an estimated retail value of`).
const NOUN_PHRASE_REACH: usize = 5;

/// Whether the clause before a number states it in the present tense
/// (`the tribunal has`, `Its database has grown to`, `Online renewal now
/// handles`): the verb next to the number, past the words that lead to it.
pub fn is_present(before: &str) -> bool {
    let lower = before.to_ascii_lowercase();
    let clause = last_clause(&lower);
    let mut words: Vec<&str> = clause.split_whitespace().collect();
    // `We are a team of`, `has a staff of`: the verb is before the noun
    // the number is of.
    if let [.., verb, "a" | "an", _, "of"] = words[..] {
        if PRESENT.contains(&verb) {
            return true;
        }
        words.truncate(words.len() - 3);
    }
    let mut words = words
        .into_iter()
        .rev()
        .skip_while(|w| TO_THE_NUMBER.contains(w));
    words.next().is_some_and(|w| PRESENT.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verb_of_action_in_the_past_states_a_past_figure() {
        assert!(is_past("The seed board heard "));
        assert!(is_past("and it settled "));
        assert!(is_past("Growers planted about "));
        assert!(!is_past("The board has settled "));
        assert!(!is_past("Farms are expected "));
        assert!(!is_past("an estimated "));
        assert!(!is_past("Growers plant "));
        assert!(!is_past("The seed "));
        assert!(is_past("Its judges heard evidence from "));
        assert!(!is_past("Its judges hear evidence from "));
        assert!(!is_past("Growers who planted seeds now own "));
        assert!(!is_past("Seed appeals are usually decided within "));
        assert!(is_past("The seeds had an estimated retail value of "));
        assert!(is_past("The farms recorded a total of "));
        assert!(!is_past("The farms have an estimated value of "));
        assert!(!is_past("The seeds had value beyond the "));
    }

    #[test]
    fn a_verb_before_a_noun_the_number_is_of_gives_the_tense() {
        assert!(is_present("We are a team of "));
        assert!(is_present("The registry has a staff of "));
        assert!(!is_present("In 2019 we were a team of "));
        assert!(is_present("The tribunal has "));
        assert!(!is_present("The wait was "));
        assert!(is_present("Processing a disclosure takes us "));
        assert!(is_present("A renewal costs "));
        assert!(!is_present("Processing a disclosure took us "));
    }
}
