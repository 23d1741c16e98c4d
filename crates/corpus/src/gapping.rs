//! A clause after `and` that names who and a number but leaves out the verb
//! (`the Northern Division heard 1,140 and the Southern Division 822`,
//! `Arden filed 310 and Belmoor 275`) shares the verb of the clause before:
//! its number is labelled by its name and that verb (`Southern Division
//! heard`), as the first number is.
//!
//! Invariant: the label returned is words of the sentence, the name after
//! `and` and the verb before the first number, joined by a space.

use super::verbs::is_irregular_past;

/// Most words of a name a gapped clause opens with.
const NAME_WORDS: usize = 4;

/// The label of a number whose clause after `and` is only a name, given the
/// text before the first number (`… the Northern Division heard `) and the
/// text between the two numbers (` and the Southern Division `).
pub fn gapped_label(before_first: &str, between: &str) -> Option<String> {
    let rest = between.trim().strip_prefix("and ")?;
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let words: Vec<&str> = rest.split_whitespace().collect();
    let named = (1..=NAME_WORDS).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(|c| c.is_alphanumeric())
        });
    let verb = before_first.split_whitespace().next_back()?;
    let past = verb.chars().all(|c| c.is_ascii_lowercase())
        && (verb.ends_with("ed") || is_irregular_past(verb));
    (named && past).then(|| format!("{} {verb}", words.join(" ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_named_clause_without_a_verb_shares_the_verb_before() {
        assert_eq!(
            gapped_label("Last year Arden filed ", " and Belmoor ").as_deref(),
            Some("Belmoor filed")
        );
        assert_eq!(
            gapped_label("the Upper Chamber heard ", " and the Lower Chamber ").as_deref(),
            Some("Lower Chamber heard")
        );
    }

    #[test]
    fn a_clause_with_words_of_its_own_or_no_past_verb_does_not() {
        assert_eq!(gapped_label("Arden filed ", " and then Belmoor "), None);
        assert_eq!(gapped_label("Arden filed ", " and "), None);
        assert_eq!(gapped_label("Arden has ", " and Belmoor "), None);
        assert_eq!(gapped_label("Arden filed ", ", while Belmoor "), None);
    }
}
