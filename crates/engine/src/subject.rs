//! The subject of a question's auxiliary: in "How many works did the Marlow
//! bureau register last year?" the words between `did` and the verb
//! (`Marlow bureau`) say whose figure is asked, not what it counts. The
//! intent reader marks them as scope words, as it does "at the Nansha
//! centre", so a measure need not name them and a figure whose source names
//! them ranks first.
//!
//! The verb is told from the subject by what ends the run of content words:
//! a verb the reader knows (`have`, `get`, `want`, `plan`, `grow`) ends it
//! and the run is all subject ("does the Harbourgate centre have now"); a
//! time word, a preposition or the question's end ends it after the verb,
//! so the run's last word is the verb ("did the court receive in 2025").
//!
//! An indefinite subject ("How long does a grant take") is the thing
//! measured, and is no owner.
//!
//! Invariant: only words after the first auxiliary that is not the
//! question's first word are read, and a run without a subject word left
//! marks nothing.

/// Auxiliaries whose subject follows them ("does the bureau have", "will
/// the tribunal have", "has the centre hired"). A copula is none: in "what
/// is the grant rate" the words after `is` name the measure.
const AUXILIARIES: &[&str] = &[
    "do", "does", "did", "will", "would", "can", "could", "has", "have", "had",
];

/// Articles and possessives before a subject.
const DETERMINERS: &[&str] = &["the", "its", "their", "this", "that"];

/// Verbs after a subject that are stop or filler words, not content.
const LIGHT_VERBS: &[&str] = &[
    "have", "has", "had", "get", "got", "gets", "take", "takes", "give", "do", "does", "did",
    "need", "needs", "keep", "keeps",
];

/// The indices in `words` (folded query words) of the subject of the
/// question's auxiliary. `is_content` tells a content word (neither stop,
/// filler nor cue); `is_verb_cue` a word the reader reads as a verb cue
/// (`want`, `plan`, `grow`).
pub fn subject_run(
    words: &[&str],
    is_content: impl Fn(usize) -> bool,
    is_verb_cue: impl Fn(usize) -> bool,
) -> Vec<usize> {
    let Some(aux) = (1..words.len()).find(|&i| AUXILIARIES.contains(&words[i])) else {
        return Vec::new();
    };
    // "How long does a grant take": an indefinite subject is the thing
    // measured, not whose it is.
    if matches!(words.get(aux + 1), Some(&("a" | "an"))) {
        return Vec::new();
    }
    let mut run = Vec::new();
    let mut at = aux + 1;
    while at < words.len() {
        if DETERMINERS.contains(&words[at]) && run.is_empty() || is_content(at) {
            if !DETERMINERS.contains(&words[at]) {
                run.push(at);
            }
            at += 1;
            continue;
        }
        break;
    }
    let ended_by_verb = at < words.len() && (LIGHT_VERBS.contains(&words[at]) || is_verb_cue(at));
    if !ended_by_verb {
        run.pop();
    }
    run
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subject(question: &str, content: &[&str], cues: &[&str]) -> Vec<String> {
        let words: Vec<&str> = question.split(' ').collect();
        subject_run(
            &words,
            |i| content.contains(&words[i]),
            |i| cues.contains(&words[i]),
        )
        .into_iter()
        .map(|i| words[i].to_string())
        .collect()
    }

    #[test]
    fn the_words_between_the_auxiliary_and_the_verb() {
        let content = [
            "works",
            "marlow",
            "bureau",
            "register",
            "staff",
            "harbourgate",
            "centre",
            "seed",
            "farms",
            "westfield",
            "guild",
            "certify",
            "loans",
            "growers",
        ];
        let cues = ["want", "grow"];
        assert_eq!(
            subject(
                "how many works did the marlow bureau register last year",
                &content,
                &cues
            ),
            ["marlow", "bureau"]
        );
        assert_eq!(
            subject(
                "how many staff does the harbourgate centre have now",
                &content,
                &cues
            ),
            ["harbourgate", "centre"]
        );
        assert_eq!(
            subject(
                "how many seed farms does westfield want by 2027",
                &content,
                &cues
            ),
            ["westfield"]
        );
        assert_eq!(
            subject("how many growers did the guild certify", &content, &cues),
            ["guild"]
        );
        assert_eq!(
            subject(
                "how many growers will the guild have in 2027",
                &content,
                &cues
            ),
            ["guild"]
        );
        assert!(subject("how many growers have been certified", &content, &cues).is_empty());
        // No subject before the verb: nothing is marked.
        assert!(subject("how many loans did growers", &content, &cues).is_empty());
        assert!(subject("does the guild certify growers", &content, &cues).is_empty());
        assert!(subject("how many seed farms are there", &content, &cues).is_empty());
        assert!(subject("how long does a seed farm take", &content, &cues).is_empty());
    }
}
