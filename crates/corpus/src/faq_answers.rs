//! Bare answers in a FAQ or an interview: `Q. How many mediators are on
//! your panel? A. 240.`, `**How many disputes did you mediate last
//! year?** About 1,900.` The answer is a number and nothing else, so what
//! it counts is what the question before it asked: the noun after `how
//! many` and what the question says of it (`mediators on the panel`,
//! `disputes mediated`).
//!
//! Invariant: only an answer that is a number alone (with a qualifier and
//! an `A.` label) right after a `how many` question is labelled; the label
//! is words of the question, a base verb made a participle and `your` /
//! `our` read as `the`.

use super::numbers::Quantity;
use super::verbs::base_participle;
use super::verbs::is_irregular_past;

/// Auxiliaries between the counted noun and the rest of the question.
#[rustfmt::skip]
const AUXILIARIES: &[&str] = &["are", "is", "was", "were", "do", "does", "did", "can", "could", "will", "would", "have", "has", "had", "should", "may", "might"];
/// Subjects of the question that say nothing of what is counted.
#[rustfmt::skip]
const SUBJECTS: &[&str] = &["you", "we", "i", "they", "it", "there", "be", "been", "your", "our", "the", "office", "centre", "center"];
/// Words that end what the question says of the counted noun.
#[rustfmt::skip]
const ENDS: &[&str] = &["last", "this", "next", "a", "an", "per", "each", "every", "in", "during", "since", "so", "now", "today", "currently", "on", "at", "for", "and"];

/// The label of `q` when it is the whole of `sentence` and the text just
/// before (`earlier`) ends with a `how many` question: the label, the
/// counted noun's head and the question.
pub fn asked_label(
    earlier: &str,
    sentence: &str,
    q: &Quantity,
) -> Option<(String, String, String)> {
    let question = question_before(earlier, sentence, q)?;
    let (label, head) = label_of(question)?;
    Some((label, head, question.to_string()))
}

/// The question just before `q` when `q` is the whole of `sentence`, its
/// bare answer (`Our goal for 2026? 75.`, `Q. How many …? A. 240.`).
pub fn question_before<'a>(earlier: &'a str, sentence: &str, q: &Quantity) -> Option<&'a str> {
    let lead = sentence[..q.span.start].trim();
    let lead = ["A.", "A:", "Answer:", "A"]
        .iter()
        .find_map(|l| lead.strip_prefix(l))
        .unwrap_or(lead)
        .trim();
    let tail =
        sentence[q.span.end..].trim_matches(|c: char| c.is_whitespace() || ".!*".contains(c));
    // `75. #innovation #patents`: a post's hashtags say no more.
    let hashtags = tail.split_whitespace().all(|w| w.starts_with('#'));
    if !lead.is_empty() || !hashtags {
        return None;
    }
    let text = earlier.trim_end_matches(|c: char| c.is_whitespace() || c == '*');
    // `Q. …? A. 240.`: the answer's label may have been cut off as a
    // sentence of its own.
    let text = ["A.", "A:"]
        .iter()
        .find_map(|l| text.strip_suffix(l))
        .unwrap_or(text)
        .trim_end_matches(|c: char| c.is_whitespace() || c == '*');
    let text = text.strip_suffix('?')?;
    let start = [". ", "? ", "! ", "\n", ": "]
        .iter()
        .filter_map(|sep| text.rfind(sep).map(|p| p + sep.len()))
        .max()
        .unwrap_or(0);
    Some(text[start..].trim_start_matches(['*', ' ']))
}

/// `How many disputes did you mediate last year` → `disputes mediated`;
/// `In how many languages can I be heard` → `languages heard`; `How many
/// mediators are on your panel` → `mediators on the panel`.
fn label_of(question: &str) -> Option<(String, String)> {
    let words: Vec<String> = question
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_lowercase()
        })
        .collect();
    let many = words
        .windows(2)
        .position(|w| w[0] == "how" && w[1] == "many")?
        + 2;
    let noun: Vec<&str> = words[many..]
        .iter()
        .take_while(|w| !AUXILIARIES.contains(&w.as_str()))
        .map(String::as_str)
        .collect();
    if noun.is_empty() || noun.len() > 4 {
        return None;
    }
    let mut rest = words[many + noun.len()..]
        .iter()
        .skip(1)
        .map(String::as_str);
    let mut said: Vec<String> = Vec::new();
    let mut word = rest.next();
    while word.is_some_and(|w| SUBJECTS.contains(&w)) {
        word = rest.next();
    }
    match word {
        // `are on your panel`: a place the counted things are in.
        Some(prep @ ("on" | "in" | "at")) => {
            said.push(prep.to_string());
            for w in rest.take(4) {
                said.push(match w {
                    "your" | "our" => "the".to_string(),
                    _ => w.to_string(),
                });
            }
        }
        Some(verb) if verb.chars().all(|c| c.is_ascii_lowercase()) && verb.len() > 2 => {
            let done = if verb.ends_with("ed") || is_irregular_past(verb) {
                Some(verb.to_string())
            } else {
                base_participle(verb)
            };
            said.extend(done);
            said.extend(
                rest.take_while(|w| !ENDS.contains(w))
                    .take(3)
                    .map(str::to_string),
            );
        }
        _ => {}
    }
    let label = noun.join(" ");
    let head = noun.last()?.to_string();
    Some(if said.is_empty() {
        (label, head)
    } else {
        (format!("{label} {}", said.join(" ")), head)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numbers::find_quantities;

    fn asked(earlier: &str, sentence: &str) -> Option<String> {
        let q = find_quantities(sentence).into_iter().next()?;
        asked_label(earlier, sentence, &q).map(|(label, _, _)| label)
    }

    #[test]
    fn a_bare_number_answers_the_how_many_question_before_it() {
        assert_eq!(
            asked(
                "Updated 2 March.\n\n**How many mediators are on your panel?**\n",
                "240."
            )
            .as_deref(),
            Some("mediators on the panel")
        );
        assert_eq!(
            asked(
                "Q. How many disputes did you mediate last year? ",
                "A. About 1,900."
            )
            .as_deref(),
            Some("disputes mediated")
        );
        assert_eq!(
            asked("In how many languages can I be heard?\n", "Nine.").as_deref(),
            Some("languages heard")
        );
        assert_eq!(
            asked("Q: How many patents were granted in 2024? ", "A: 12,400.").as_deref(),
            Some("patents granted")
        );
    }

    #[test]
    fn an_answer_that_says_more_or_no_question_is_left_alone() {
        assert_eq!(
            asked("How many mediators are there? ", "240 mediators."),
            None
        );
        assert_eq!(asked("The panel grew. ", "240."), None);
        assert_eq!(asked("How long does it take? ", "9."), None);
    }
}
