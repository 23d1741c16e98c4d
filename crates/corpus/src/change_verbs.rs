//! Rises and falls told by a verb of change and the size after `by`, or by
//! a verb of motion and `up`/`down`: `climbed by 23`, `expanded by 12`,
//! `was brought down by 9`, `trimmed the average wait by 6 days`, `went up
//! 40%`, `came down 3%`. The verbs are read by their stems, so every form
//! of one (`expand`, `expanded`, `expanding`, `expands`) counts.
//!
//! Invariant: only the clause before the number (after its last comma,
//! semicolon or colon) is read, and a verb counts only as a whole word
//! (`raised` is a change, `praised` is not). [`changed_thing`] reads what
//! changed when the sentence names it apart from its subject (`cut the
//! wait by 4 months`, `a fall of 0.3 points in the rate of appeals`).

use super::text::last_clause;

/// Stems of verbs whose object or subject changes by the size after `by`.
#[rustfmt::skip]
const CHANGE_STEMS: &[&str] = &["rose", "rise", "risen", "rising", "grew", "grow", "climb", "expand", "increas", "decreas", "declin", "drop", "fell", "fall", "reduc", "cut", "trim", "shorten", "lengthen", "extend", "widen", "narrow", "shrank", "shrunk", "shrink", "swell", "swollen", "jump", "surg", "soar", "slump", "plung", "plummet", "dip", "slid", "slip", "lower", "rais", "boost", "lift", "slash", "improv", "worsen", "gain", "accelerat", "sped", "speed", "tumbl", "contracted", "contracting", "enlarg", "fallen", "grown", "add", "eas", "push", "brought", "bring", "went", "go", "moved", "up", "down"];

/// Verbs of motion that, with `up` or `down` right before a number, state a
/// rise or fall (`went up 40%`, `came down 3%`).
#[rustfmt::skip]
const MOTION: &[&str] = &["went", "go", "goes", "going", "gone", "came", "come", "comes", "coming", "moved", "move", "moves", "shot", "edged", "crept", "ticked", "inched", "climbed", "crawled", "was", "were", "is", "are", "been"];

/// Most words between a change verb and the `by` of its size (`trimmed the
/// average wait for a consultation by`).
const MAX_OBJECT_WORDS: usize = 8;

/// Whether the text before a number (lowercase) states the number as the
/// size of a rise or fall: a change verb in its clause, then `by` right
/// before the number, or a verb of motion and `up`/`down`.
pub fn states_change(before: &str) -> bool {
    let clause = last_clause(before);
    let words: Vec<&str> = clause.split_whitespace().collect();
    let Some((&last, rest)) = words.split_last() else {
        return false;
    };
    if last == "up" || last == "down" {
        return rest.last().is_some_and(|w| MOTION.contains(w));
    }
    if last != "by" {
        return false;
    }
    rest.iter()
        .rev()
        .take(MAX_OBJECT_WORDS + 1)
        .any(|w| is_change_verb(w))
}

/// Whether a word is a form of a change verb: a stem of [`CHANGE_STEMS`]
/// followed by nothing or by a verb ending.
fn is_change_verb(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_ascii_alphabetic());
    CHANGE_STEMS.iter().any(|stem| {
        word.strip_prefix(stem).is_some_and(|end| {
            matches!(
                end,
                "" | "e"
                    | "s"
                    | "ed"
                    | "d"
                    | "es"
                    | "ing"
                    | "ting"
                    | "med"
                    | "ming"
                    | "ped"
                    | "ping"
            )
        })
    })
}

/// Nouns that name a change, not what changed (`an improvement`, `a fall`).
#[rustfmt::skip]
const CHANGE_NOUNS: &[&str] = &["fall", "rise", "drop", "decline", "decrease", "increase", "reduction", "gain", "growth", "jump", "cut", "improvement", "expansion", "contraction", "dip", "surge", "change", "deterioration"];

/// Words that start a phrase of time or degree, never the thing changed.
const NOT_A_THING: &[&str] = &[
    "first", "second", "third", "fourth", "last", "past", "year", "period", "month", "quarter",
    "half", "total", "all", "it", "them", "this", "that", "which",
];

/// Words dropped from the front of the thing changed.
const DETERMINERS: &[&str] = &["the", "its", "their", "our", "his", "her", "a", "an"];

/// What a change changed, when the sentence says it apart from the
/// subject: the object of a change verb before `by` (`trimmed the average
/// wait for a consultation by 6 days` → `average wait for a consultation`),
/// or, when `label` only names the change (`There was a fall`, `recorded an
/// improvement`), the `in` phrase after the size (`of 0.3 percentage points
/// in the rate of appeals` → `rate of appeals`). `before` is the text before
/// the number, `after` the text after it.
pub fn changed_thing(before: &str, after: &str, label: &str) -> Option<String> {
    let clause = last_clause(before);
    let words: Vec<&str> = clause.split_whitespace().collect();
    if words.last().is_some_and(|w| w.eq_ignore_ascii_case("by")) {
        let verb = (words[..words.len() - 1].iter())
            .rposition(|w| is_change_verb(&w.to_ascii_lowercase()))?;
        let object = &words[verb + 1..words.len() - 1];
        // `have risen steadily by`: an adverb is no object.
        if object.iter().all(|w| w.ends_with("ly")) {
            return subject(&words[..verb]);
        }
        return thing(object);
    }
    let names_only_change = label
        .split_whitespace()
        .next_back()
        .is_none_or(|last| CHANGE_NOUNS.contains(&last.to_ascii_lowercase().as_str()));
    if !names_only_change {
        return None;
    }
    let end = after.find([',', ';', '.', '(']).unwrap_or(after.len());
    let rest: Vec<&str> = after[..end].split_whitespace().collect();
    let at = rest.iter().take(4).position(|w| *w == "in")?;
    thing(&rest[at + 1..])
}

/// Words between an intransitive change verb and its subject (`files had
/// come down by`, `staff numbers have gone down by`, `headcount was
/// expected to fall by`).
#[rustfmt::skip]
const VERB_GROUP: &[&str] = &["had", "has", "have", "was", "were", "is", "are", "been", "be", "being", "will", "would", "shall", "should", "could", "can", "may", "might", "must", "did", "does", "do", "come", "came", "comes", "went", "gone", "go", "goes", "moved", "also", "further", "steadily", "sharply", "slightly", "expected", "to", "then", "now"];

/// The subject of an intransitive change (`open mediation files had come
/// down by 40` → `open mediation files`): the words before the verb group,
/// after any `that` / `which` / `who` that opens the clause, with a
/// sentence's capital dropped; `None` for a pronoun or a word such as
/// `number` that names nothing by itself.
fn subject(words: &[&str]) -> Option<String> {
    let end = words.len()
        - (words.iter().rev())
            .take_while(|w| VERB_GROUP.contains(&w.to_ascii_lowercase().as_str()))
            .count();
    let words = &words[..end];
    let start = (words.iter())
        .rposition(|w| matches!(w.to_ascii_lowercase().as_str(), "that" | "which" | "who"))
        .map_or(0, |at| at + 1);
    let words = &words[start..];
    let first = words.first()?;
    // `Staff numbers went down by 15`: a sentence's first word.
    let lowered = if start == 0 && words.len() > 1 {
        let mut chars = first.chars();
        let head: String = chars.next()?.to_lowercase().chain(chars).collect();
        std::iter::once(head.as_str())
            .chain(words[1..].iter().copied())
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        words.join(" ")
    };
    let lowered: Vec<&str> = lowered.split(' ').collect();
    let found = thing(&lowered)?;
    // `the number of paid staff fell by 4`: what is counted.
    let found = found
        .strip_prefix("number of ")
        .map_or(found.clone(), str::to_string);
    let bare = matches!(
        found.as_str(),
        "number" | "figure" | "total" | "level" | "count"
    );
    (!bare).then_some(found)
}

/// The words of a thing changed without their determiners, if they name
/// one: up to eight plain words, not a time or a pronoun.
fn thing(words: &[&str]) -> Option<String> {
    let start = words
        .iter()
        .position(|w| !DETERMINERS.contains(&w.to_ascii_lowercase().as_str()))?;
    let words = &words[start..];
    let first = words.first()?.to_ascii_lowercase();
    let plain = words.iter().all(|w| {
        w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
    });
    let lower_start = words[0].starts_with(char::is_lowercase);
    (words.len() <= 8 && plain && lower_start && !NOT_A_THING.contains(&first.as_str()))
        .then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_verb_and_by_state_a_change_whatever_the_verb() {
        for before in [
            "overall staffing climbed by",
            "the pool of mediators expanded by",
            "vacant posts were brought down by",
            "the register shrank by",
            "the number of agencies grew by",
            "fees have been raised by",
            "the backlog is being trimmed by",
            "membership swelled by",
        ] {
            assert!(states_change(before), "{before}");
        }
    }

    #[test]
    fn a_change_verb_may_have_its_object_before_by() {
        assert!(states_change(
            "we have trimmed the average wait for a consultation by"
        ));
        assert!(states_change("the office cut the examination period by"));
        assert!(states_change("the reform shortened hearings by"));
    }

    #[test]
    fn a_verb_of_motion_with_up_or_down_states_a_change() {
        assert!(states_change("trainee examiners went up"));
        assert!(states_change("prices came down"));
        assert!(states_change("the share edged up"));
        // `set up 2 stations`, `up to 8.6 million`: no change.
        assert!(!states_change("each district will set up"));
        assert!(!states_change("the contract is worth up to"));
    }

    #[test]
    fn by_without_a_change_verb_or_in_another_clause_is_no_change() {
        assert!(!states_change("the patents were granted by"));
        assert!(!states_change("files scanned by"));
        assert!(!states_change("costs grew, and the work was done by"));
        // A verb inside another word: `praised by`, `addressed by`.
        assert!(!states_change("the scheme was praised by"));
        assert!(!states_change("the letters were addressed by"));
        assert!(!states_change("the office was led by"));
    }

    #[test]
    fn an_intransitive_change_counts_its_subject() {
        for (before, want) in [
            (
                "The Secretary reported that open mediation files had come down by",
                Some("open mediation files"),
            ),
            ("Staff numbers went down by", Some("staff numbers")),
            ("the number of paid staff fell by", Some("paid staff")),
            (
                "the backlog of appeals has shrunk by",
                Some("backlog of appeals"),
            ),
            ("renewals, which have risen steadily by", None),
            ("a number that went down by", None),
            ("It fell by", None),
        ] {
            assert_eq!(
                changed_thing(before, " 40.", "x").as_deref(),
                want,
                "{before}"
            );
        }
    }

    #[test]
    fn a_change_counts_the_thing_that_changed() {
        assert_eq!(
            changed_thing(
                "We have trimmed the average wait for a consultation by",
                " days since 2022.",
                "trimmed the average wait"
            )
            .as_deref(),
            Some("average wait for a consultation")
        );
        assert_eq!(
            changed_thing(
                "The office cut the wait by",
                " months.",
                "office cut the wait"
            )
            .as_deref(),
            Some("wait")
        );
        assert_eq!(
            changed_thing(
                "There was a fall of",
                " percentage points in the rate of appeals.",
                "There was a fall"
            )
            .as_deref(),
            Some("rate of appeals")
        );
        assert_eq!(
            changed_thing(
                "The helpdesk recorded an improvement of",
                " percentage points in its first-contact resolution rate.",
                "helpdesk recorded an improvement"
            )
            .as_deref(),
            Some("first-contact resolution rate")
        );
    }

    #[test]
    fn a_change_without_its_thing_apart_keeps_its_label() {
        // The subject changed: no object between the verb and `by`.
        assert_eq!(
            changed_thing("Staffing climbed by", " last year.", "Staffing"),
            None
        );
        // A label that names the thing is kept; a period or place is no thing.
        assert_eq!(
            changed_thing("Exports rose", "% in the first quarter.", "Exports"),
            None
        );
        assert_eq!(
            changed_thing("There was a rise of", "% in 2023.", "rise"),
            None
        );
        assert_eq!(
            changed_thing("There was a rise of", "% in Shenzhen.", "rise"),
            None
        );
        assert_eq!(
            changed_thing("The office cut it by", " months.", "office"),
            None
        );
    }
}
