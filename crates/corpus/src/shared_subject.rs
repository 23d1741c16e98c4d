//! A verb after `and` that has no subject of its own shares the subject of
//! the clause before it (`The court accepted 23,100 new cases and concluded
//! 21,800 cases`, `the provider had 11 operators on site and scanned 9,800
//! files`, `The renewals team processed 1,940 renewals and now counts 17
//! officers`): the clause to read a figure's owner from is that subject
//! followed by the verb (`The court concluded`), so the label says whose the
//! counted things are (`cases concluded by the court`).
//!
//! Invariant: the clause returned is words of the sentence, the subject's
//! and the verb group's, in order; nothing is added but a space.

use super::verbs::is_irregular_past;

/// Present-tense verbs of having or holding a subject can share.
const HOLDING: &[&str] = &[
    "has", "have", "had", "holds", "employs", "counts", "hosts", "houses", "numbers", "runs",
];
/// Verbs of saying, whose clause a reported one sits in (`told the
/// Committee that`).
const REPORTING: &[&str] = &["said", "says", "told", "tells", "wrote", "writes"];
/// Words between `and` and its verb (`and now counts`, `and had closed`).
const BETWEEN: &[&str] = &[
    "now",
    "also",
    "then",
    "later",
    "currently",
    "still",
    "already",
    "has",
    "have",
    "had",
    "will",
];

/// True when `word` is a finite verb whose subject may be left out after
/// `and`: a regular or irregular past (`scanned`, `took`) or a verb of
/// having (`counts`, `employs`).
fn is_shareable_verb(word: &str) -> bool {
    let plain = !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase());
    plain
        && ((word.len() > 4 && word.ends_with("ed"))
            || is_irregular_past(word)
            || HOLDING.contains(&word))
}

/// For the figure whose clause is `sentence[floor..start]` (`floor` being
/// the end of the number before it), the clause with the shared subject put
/// back (`the provider scanned`); `None` when the text before the number is
/// no `and` and a verb, or no verb before the earlier number gives a subject.
pub fn with_shared_subject(sentence: &str, floor: usize, start: usize) -> Option<String> {
    if floor == 0 {
        return None;
    }
    let before = &sentence[floor..start];
    let at = before.rfind(" and ")?;
    let tail: Vec<&str> = before[at + 5..].split_whitespace().collect();
    let (verb, between) = tail.split_last()?;
    if !is_shareable_verb(verb) || !between.iter().all(|w| BETWEEN.contains(w)) {
        return None;
    }
    // The earlier clause: its subject is the text before its last verb,
    // which stands before the earlier number.
    let head = &sentence[..floor];
    let words: Vec<(usize, &str)> = (head.split(' ').scan(0, |pos, w| {
        let at = *pos;
        *pos += w.len() + 1;
        Some((at, w))
    }))
    .collect();
    let number = words
        .iter()
        .rposition(|(_, w)| w.starts_with(|c: char| c.is_ascii_digit()))?;
    let (verb_at, _) = words[..number]
        .iter()
        .rev()
        .take(3)
        .find(|(_, w)| is_shareable_verb(w))?;
    let subject = head[..*verb_at].trim_end();
    // `The Ministry told the Committee that its unit has 18 investigators
    // and opened 57 cases`: with two verbs before, which one `and` goes on
    // from is not told.
    let verb_before = |w: &str| is_shareable_verb(w) || REPORTING.contains(&w);
    if subject.is_empty() || subject.split_whitespace().any(verb_before) {
        return None;
    }
    let mut clause = subject.to_string();
    for word in between.iter().chain(std::iter::once(verb)) {
        clause.push(' ');
        clause.push_str(word);
    }
    clause.push(' ');
    Some(clause)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared(sentence: &str, number: &str) -> Option<String> {
        let start = sentence.find(number).unwrap();
        // the end of the number before it
        let head = &sentence[..start];
        let floor = head.rfind(|c: char| c.is_ascii_digit()).unwrap() + 1;
        with_shared_subject(sentence, floor, start)
    }

    #[test]
    fn a_verb_after_and_takes_the_subject_of_the_clause_before() {
        assert_eq!(
            shared(
                "In 2024 the Hill Court accepted 2,100 new cases and concluded 1,800 cases.",
                "1,800"
            )
            .as_deref(),
            Some("In 2024 the Hill Court concluded ")
        );
        assert_eq!(
            shared(
                "Under the contract, the provider had 11 operators on site and scanned 9,800 files.",
                "9,800"
            )
            .as_deref(),
            Some("Under the contract, the provider scanned ")
        );
        assert_eq!(
            shared(
                "The renewals team processed 1,940 renewals in October and now counts 17 officers.",
                "17"
            )
            .as_deref(),
            Some("The renewals team now counts ")
        );
    }

    #[test]
    fn a_clause_with_its_own_subject_or_no_verb_is_left_alone() {
        assert_eq!(
            shared(
                "The court accepted 2,100 cases and the tribunal heard 400 cases.",
                "400"
            ),
            None
        );
        assert_eq!(shared("Filings rose 12% and 40 firms joined.", "40"), None);
        assert_eq!(shared("We hired 12 examiners and 4 clerks.", "4"), None);
        assert_eq!(
            shared(
                "The bureau said the unit has 18 examiners and opened 57 cases.",
                "57"
            ),
            None
        );
    }
}
