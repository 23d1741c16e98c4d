//! Rises and falls told by a verb of change and the size after `by`, or by
//! a verb of motion and `up`/`down`: `climbed by 23`, `expanded by 12`,
//! `was brought down by 9`, `trimmed the average wait by 6 days`, `went up
//! 40%`, `came down 3%`. The verbs are read by their stems, so every form
//! of one (`expand`, `expanded`, `expanding`, `expands`) counts.
//!
//! Invariant: only the clause before the number (after its last comma,
//! semicolon or colon) is read, and a verb counts only as a whole word
//! (`raised` is a change, `praised` is not).

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
}
