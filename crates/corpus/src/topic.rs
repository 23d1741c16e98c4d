//! A thing named on its own before a figure said of "it": in speech and in
//! notes a speaker often names the topic in a fragment and goes on with a
//! pronoun (`The grant rate. It went up by 3.2 percentage points, to 58.7
//! percent.`). The fragment is what the pronoun's figures count.
//!
//! A fragment asked as a question names its topic the same way (`Average
//! time to a first decision? Down to 4.1 months.`): the sentence after it
//! answers it, and its figures count what the question names.
//!
//! Invariant: a fragment is a short sentence of plain words with no number
//! and no verb form the text could be using as a predicate; a question
//! fragment, in addition, opens with no question word (`Where is it all
//! coming from?` asks, it names nothing); anything else gives `None`.

use super::text::is_function_word;

/// Most words a topic fragment holds.
const MAX_WORDS: usize = 6;

/// Words that open a question that asks rather than names a topic.
#[rustfmt::skip]
const QUESTION_WORDS: &[&str] = &["what", "where", "when", "why", "who", "whom", "whose", "which", "how", "any", "anything", "so"];

/// Words that make a short sentence a clause rather than a fragment.
#[rustfmt::skip]
const VERBS: &[&str] = &["is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must", "said", "says", "thanks", "morning", "afternoon", "evening", "yes", "no", "okay", "ok", "well", "right", "sure", "indeed"];

/// The topic `earlier` (the passage's text before a sentence) ends with: its
/// last sentence when that is a fragment naming a thing (`The grant rate.`),
/// without its article.
pub fn topic_fragment(earlier: &str) -> Option<String> {
    let body = earlier.trim_end().strip_suffix('.')?;
    fragment_topic(last_sentence(body))
}

/// The topic `earlier` ends with when its last sentence is a fragment asked
/// as a question (`Average time to a first decision?`), which the sentence
/// after it answers; a question led by a question word is none.
pub fn question_topic(earlier: &str) -> Option<String> {
    let body = earlier
        .trim_end_matches(|c: char| c.is_whitespace() || c == '*')
        .strip_suffix('?')?;
    let fragment = last_sentence(body);
    let first = fragment.split_whitespace().next()?.to_ascii_lowercase();
    if QUESTION_WORDS.contains(&first.as_str()) {
        return None;
    }
    fragment_topic(fragment)
}

/// The last sentence of `body`, a text without its closing mark.
fn last_sentence(body: &str) -> &str {
    let start = body.rfind(['.', '?', '!', ':', '\n']).map_or(0, |i| i + 1);
    body[start..].trim_matches(|c: char| c.is_whitespace() || c == '*')
}

/// The thing a fragment names, without its article, when it is a fragment.
fn fragment_topic(fragment: &str) -> Option<String> {
    let words: Vec<&str> = fragment.split_whitespace().collect();
    let plain = |w: &&str| {
        w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
    };
    if words.is_empty()
        || words.len() > MAX_WORDS
        || !words.iter().all(plain)
        || words.iter().any(|w| {
            VERBS.contains(&w.to_ascii_lowercase().as_str()) || super::verbs::is_past_form(w)
        })
    {
        return None;
    }
    let first = words[0].to_ascii_lowercase();
    let rest = match first.as_str() {
        "the" | "our" | "its" | "their" | "your" => &words[1..],
        _ => &words[..],
    };
    let last = rest.last()?;
    (!rest.is_empty() && !is_function_word(last)).then(|| rest.join(" "))
}

/// Whether the sentence's subject is a pronoun that points back (`It went
/// up`, `That rose to`).
pub fn opens_with_pronoun(sentence: &str) -> bool {
    let first = sentence.split_whitespace().next().unwrap_or("");
    matches!(
        first,
        "It" | "That" | "This" | "It's" | "It’s" | "That's" | "That’s"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fragment_before_a_pronoun_names_the_topic() {
        let topic = |t: &str| topic_fragment(t);
        assert_eq!(
            topic("What stands out? The seed grant rate.").as_deref(),
            Some("seed grant rate")
        );
        assert_eq!(topic("Backlog.").as_deref(), Some("Backlog"));
        assert_eq!(topic("The rate was high."), None);
        assert_eq!(topic("Good morning."), None);
        assert_eq!(topic("In 2024."), None);
        assert_eq!(topic("We grew."), None);
        assert_eq!(
            topic("Seeds, farms and the rest of the growers we count."),
            None
        );
        assert_eq!(topic("The rate of"), None);
        assert!(opens_with_pronoun("It went up by 3 points."));
    }

    #[test]
    fn a_fragment_asked_as_a_question_names_the_topic() {
        let topic = |t: &str| question_topic(t);
        assert_eq!(
            topic("Here are the numbers. Average time to a first decision? ").as_deref(),
            Some("Average time to a first decision")
        );
        assert_eq!(
            topic("**The renewal backlog?**\n").as_deref(),
            Some("renewal backlog")
        );
        assert_eq!(topic("Where is it all coming from? "), None);
        assert_eq!(topic("How long does it take? "), None);
        assert_eq!(topic("Did pendency fall?"), None);
        assert_eq!(topic("Our goal for 2026? "), None);
        assert_eq!(topic("The renewal backlog. "), None);
        assert!(!opens_with_pronoun("Italy went up by 3 points."));
    }
}
