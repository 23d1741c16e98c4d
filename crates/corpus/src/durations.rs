//! What a length of time is the time to do: `A design patent takes 5
//! months to grant on average` is the `average time to grant a design
//! patent`, `It takes an average of 14 months to examine an invention
//! patent` the `average time to examine an invention patent`. A label of
//! the thing alone (`design patent (duration)`) or of nothing says too
//! little; the verb after the length of time says what takes that long.
//!
//! Invariant: the label is `time to`, the verb and its object as written
//! (or the clause's subject with its article), with `average` when the
//! clause says so; any other shape gives `None`.

use super::text::is_function_word;

/// Verbs of taking time before the length.
const TAKES: &[&str] = &[
    "take", "takes", "took", "taken", "taking", "need", "needs", "needed", "require", "requires",
    "required",
];
/// Words a unit of time may carry before `to`.
const UNIT_WORDS: &[&str] = &[
    "working", "calendar", "months", "month", "days", "day", "weeks", "week", "years", "year",
    "hours", "hour", "on", "average", "or", "so",
];

/// The label of a length of time `after` which (the text after the
/// number) a `to` phrase says what is done, in a clause whose text before
/// the number, `before`, has a verb of taking: `time to <verb> <object>`.
/// `subject` is the label the clause's subject gave (empty for a pronoun).
pub fn time_to_do(before: &str, after: &str, subject: &str) -> Option<String> {
    let lower = before.to_lowercase();
    let clause = lower.rsplit([',', ';', ':']).next().unwrap_or(&lower);
    let near: Vec<&str> = clause.split_whitespace().rev().take(5).collect();
    if !near.iter().any(|w| TAKES.contains(w)) {
        return None;
    }
    let mut words = after.split_whitespace().peekable();
    while words
        .peek()
        .is_some_and(|w| UNIT_WORDS.contains(&w.trim_end_matches(',')))
    {
        words.next();
    }
    let average = clause.contains("average") || after.contains("on average");
    let average = if average { "average " } else { "" };
    if words.next() != Some("to") {
        // `Processing a disclosure takes us 38 days`: a gerund subject
        // says what takes that long.
        return gerund_subject(clause).map(|doing| format!("{average}time for {doing}"));
    }
    let verb = words.next()?;
    let verb_core = verb.trim_end_matches(['.', ',', ';', ':']);
    let plain = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c == '-');
    if !plain(verb_core) || is_function_word(verb_core) || verb_core.len() < 3 {
        return None;
    }
    let mut object: Vec<&str> = Vec::new();
    if verb_core.len() == verb.len() {
        for word in words.take(6) {
            let core = word.trim_end_matches(['.', ',', ';', ':', ')']);
            let article = matches!(core, "a" | "an" | "the");
            let stop = !plain(core)
                || (is_function_word(core) && !article)
                || matches!(
                    core,
                    "on" | "in" | "by" | "at" | "from" | "after" | "before"
                );
            if stop {
                break;
            }
            object.push(core);
            if core.len() < word.len() {
                break;
            }
        }
    }
    while object
        .last()
        .is_some_and(|w| matches!(*w, "a" | "an" | "the"))
    {
        object.pop();
    }
    let object = if object.is_empty() {
        // `A design patent takes 5 months to grant`: the subject is what
        // is done to, with its article.
        if subject.is_empty() {
            return None;
        }
        let article = ["a ", "an ", "the "]
            .iter()
            .find(|a| {
                clause.trim_start().starts_with(*a)
                    || clause.contains(&format!(" {a}{}", subject.to_lowercase()))
            })
            .copied()
            .unwrap_or("");
        format!("{article}{subject}")
    } else {
        object.join(" ")
    };
    Some(format!("{average}time to {verb_core} {object}"))
}

/// The words of `clause` before its verb of taking when they open with a
/// gerund (`processing an invention disclosure takes us`), at most six.
fn gerund_subject(clause: &str) -> Option<String> {
    let words: Vec<&str> = clause.split_whitespace().collect();
    let verb = words.iter().position(|w| TAKES.contains(w))?;
    let subject = &words[..verb];
    let first = subject.first()?;
    let gerund =
        first.len() > 5 && first.ends_with("ing") && first.chars().all(|c| c.is_ascii_lowercase());
    (gerund && subject.len() <= 6).then(|| subject.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gerund_subject_says_what_takes_that_long() {
        assert_eq!(
            time_to_do(
                "Processing an invention disclosure takes us ",
                " days on average; we want to halve that.",
                "Processing an invention disclosure takes us"
            )
            .as_deref(),
            Some("average time for processing an invention disclosure")
        );
        assert_eq!(
            time_to_do("Renewing a mark takes ", " weeks.", "").as_deref(),
            Some("time for renewing a mark")
        );
        // A noun ending in -ing is no gerund of a doing here.
        assert_eq!(time_to_do("The hearing takes ", " days.", ""), None);
    }

    #[test]
    fn the_verb_after_a_length_of_time_says_what_takes_that_long() {
        assert_eq!(
            time_to_do(
                "A seed patent takes ",
                " months to grant on average.",
                "seed patent"
            )
            .as_deref(),
            Some("average time to grant a seed patent")
        );
        assert_eq!(
            time_to_do(
                "It takes an average of ",
                " months to examine an invention patent.",
                ""
            )
            .as_deref(),
            Some("average time to examine an invention patent")
        );
        assert_eq!(
            time_to_do(
                "Seed permits now need ",
                " working days to issue, against 30 in 2020.",
                "Seed permits"
            )
            .as_deref(),
            Some("time to issue Seed permits")
        );
        assert_eq!(
            time_to_do(
                "The office took ",
                " days to register the seed mark of the year.",
                "office"
            )
            .as_deref(),
            Some("time to register the seed mark")
        );
    }

    #[test]
    fn other_lengths_of_time_are_left_alone() {
        // No verb of taking: a length with an aim, not a time to do.
        assert_eq!(
            time_to_do("The plan runs for ", " months to cut delays.", "plan"),
            None
        );
        // No `to` phrase.
        assert_eq!(time_to_do("A trial takes ", " months.", "trial"), None);
        assert_eq!(
            time_to_do("A trial takes ", " months to 2025.", "trial"),
            None
        );
    }
}
