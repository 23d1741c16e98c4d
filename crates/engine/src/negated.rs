//! Negated verbs in a question: "a trade mark nobody opposes", "designs
//! no one contests", "applications not examined" ask about what a document
//! labels with the `un-` word (`unopposed marks`, `uncontested designs`,
//! `unexamined applications`), and never about the plain one (`opposed
//! marks`). The intent reader writes such a negation and its verb as the
//! one `un-` word before it reads a question, so its stem is the label's.
//!
//! Invariant: only a negator ("nobody", "no one", "never", or "not" before
//! a past participle) directly before a word of letters is rewritten; the
//! other words are kept as they are.

/// Words that negate the verb after them.
const NEGATORS: &[&[&str]] = &[&["nobody"], &["no", "one"], &["noone"], &["never"]];
/// Shortest verb a negation is read with (`sues` is no label's `un-` word).
const MIN_VERB_LEN: usize = 4;

/// `words` with each negated verb written as its `un-` word; `word_of`
/// reads a word's folded surface and `make` builds a word.
pub(crate) fn negated_as_un<W>(
    words: Vec<W>,
    word_of: impl Fn(&W) -> &str,
    make: impl Fn(&str) -> W,
) -> Vec<W> {
    let mut out: Vec<W> = Vec::with_capacity(words.len());
    let mut words = words.into_iter().peekable();
    while let Some(w) = words.next() {
        out.push(w);
        let Some(next) = words.peek() else { break };
        let verb = word_of(next);
        let wordy = verb.len() >= MIN_VERB_LEN && verb.chars().all(|c| c.is_alphabetic());
        let negator = NEGATORS.iter().find(|n| {
            out.len() >= n.len()
                && (out[out.len() - n.len()..].iter().zip(n.iter())).all(|(w, n)| word_of(w) == *n)
        });
        let not_done = out.last().is_some_and(|w| word_of(w) == "not") && verb.ends_with("ed");
        let len = match negator {
            Some(n) => n.len(),
            None if not_done => 1,
            None => continue,
        };
        if wordy {
            let un = make(&format!("un{verb}"));
            out.truncate(out.len() - len);
            out.push(un);
            words.next();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn negate(words: &[&str]) -> Vec<String> {
        let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        negated_as_un(words, String::as_str, str::to_string)
    }

    #[test]
    fn a_negated_verb_is_its_un_word() {
        assert_eq!(
            negate(&["register", "a", "design", "no", "one", "contests"]),
            ["register", "a", "design", "uncontests"]
        );
        assert_eq!(
            negate(&["applications", "not", "examined"]),
            ["applications", "unexamined"]
        );
        assert_eq!(
            negate(&["marks", "nobody", "opposes"]),
            ["marks", "unopposes"]
        );
    }

    #[test]
    fn other_words_stay() {
        assert_eq!(
            negate(&["not", "yet", "examined"]),
            ["not", "yet", "examined"]
        );
        assert_eq!(negate(&["is", "not", "pending"]), ["is", "not", "pending"]);
        assert_eq!(negate(&["no", "one"]), ["no", "one"]);
        assert_eq!(negate(&["nobody", "2024"]), ["nobody", "2024"]);
        assert_eq!(negate(&["never"]), ["never"]);
        assert!(negate(&[]).is_empty());
    }
}
