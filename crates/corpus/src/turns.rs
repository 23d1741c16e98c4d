//! Speaker turns in transcripts: label lines (`Shen Changyu:`), outlets
//! asking (`Guangming Daily:` or a bare outlet line before a question),
//! `Name: text` paragraphs, and the speaker list with roles under `Speakers`
//! or `Chairperson`.
//!
//! Invariant: a label is a name (capitalised words with joiners such as
//! `of`), never a sentence; metadata labels (`Date:`, `Source:`) and role
//! headers are never speakers.

use super::clean::Block;
use super::model::DocKind;
use super::text::ends_terminal;
use super::turn_prefix::{is_capital_role, split_label};

/// A person named in a transcript's speaker list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedSpeaker {
    /// The name as listed.
    pub name: String,
    /// The role after the name, as listed first.
    pub role: String,
}

/// Headers of the lists of participants at the top of a transcript.
#[rustfmt::skip]
pub const LIST_LABELS: &[&str] = &["Speakers", "Speaker", "Chairperson", "Chair", "Moderator", "Host", "Guests", "Participants", "Attendees", "Panelists"];

/// Labels that end in a colon but introduce metadata, not a turn.
#[rustfmt::skip]
pub const OTHER_LABELS: &[&str] = &["Date", "Time", "Venue", "Location", "Source", "Note", "Notes", "Updated", "Release time"];

/// Words allowed in lower case inside a name or an outlet.
#[rustfmt::skip]
const NAME_JOINERS: &[&str] = &["of", "and", "the", "for", "on", "de", "&"];

/// The speaker of a label block such as `Shen Changyu:` or `Guangming Daily:`.
pub fn turn_label(text: &str) -> Option<&str> {
    let name = text
        .strip_suffix(':')
        .or_else(|| text.strip_suffix('：'))?
        .trim();
    let is_other = LIST_LABELS.contains(&name) || OTHER_LABELS.contains(&name);
    (looks_like_name(name, 6) && !is_other).then_some(name)
}

/// Capitalised words (with joiners such as `of`), at most `max_words`.
pub fn looks_like_name(name: &str, max_words: usize) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= max_words
        && words[0].starts_with(|c: char| c.is_uppercase())
        && !name.contains([',', ';', '?', '!', '"', '“'])
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || NAME_JOINERS.contains(w)
        })
}

/// An outlet named on its own line without a colon, followed by a question.
pub fn outlet_label<'a>(text: &'a str, next: Option<&str>) -> Option<&'a str> {
    let asks = next.is_some_and(|n| n.contains('?'));
    (asks && looks_like_name(text, 4) && !ends_terminal(text)).then_some(text)
}

/// `Name: text` on one line, when `Name` is a known speaker.
pub fn inline_turn<'a>(
    text: &'a str,
    listed: &[ListedSpeaker],
    seen: &[String],
    kind: DocKind,
) -> Option<(&'a str, &'a str)> {
    if kind != DocKind::Transcript {
        return None;
    }
    let (name, body) = split_label(text)?;
    let known = listed.iter().any(|s| s.name == name) || seen.iter().any(|s| s == name);
    (known || inline_label(text).is_some())
        .then_some((name, body.trim()))
        .filter(|(_, b)| !b.is_empty())
}

/// True for role labels such as `Moderator` or `Chairperson`: they head a
/// list or a turn but name no one.
pub fn is_role_label(name: &str) -> bool {
    LIST_LABELS.contains(&name)
}

/// `Zhao Lei: text` or `Moderator: text`: a turn label at the start of a
/// paragraph. A single word counts only when it is a role such as `Moderator`
/// (also in capitals, `HOST`), so `Specifically: …` is not a speaker. A
/// timestamp before the label and a bracket after the name are no part of
/// it ([`split_label`]).
pub fn inline_label(text: &str) -> Option<(&str, &str)> {
    let (name, body) = split_label(text)?;
    let role = LIST_LABELS.contains(&name) || is_capital_role(name, LIST_LABELS);
    let named =
        looks_like_name(name, 6) && (name.contains(' ') || role) && !OTHER_LABELS.contains(&name);
    (named && !body.trim().is_empty()).then_some((name, body.trim()))
}

/// Labels that open an interviewer's question (`Q: …`) or an answer (`A: …`).
#[rustfmt::skip]
const QUESTION_LABELS: &[&str] = &["Q", "Q.", "Question", "Interviewer", "Reporter", "Journalist"];
#[rustfmt::skip]
const ANSWER_LABELS: &[&str] = &["A", "A.", "Answer"];
/// Verbs that introduce the person interviewed, in an interview's lead.
#[rustfmt::skip]
const INTERVIEW_VERBS: &[&str] = &[" spoke with ", " spoke to ", " talked with ", " talked to ", " interviewed ", " sat down with ", " interview with "];
/// Titles before an interviewee's name.
#[rustfmt::skip]
const TITLES: &[&str] = &["Mr.", "Ms.", "Mrs.", "Dr.", "Professor", "Prof.", "Judge", "Director", "Director-General", "Minister", "Commissioner", "Deputy", "Chief", "President", "Chairman", "Secretary", "Mayor"];

/// Whose turn a `Q:` / `A:` paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QaRole {
    /// The interviewer asks.
    Question,
    /// The person interviewed answers.
    Answer,
}

/// `Q: text` or `A: text` (also `Question:`, `Answer:`, `Interviewer:`).
pub fn qa_turn(text: &str) -> Option<(QaRole, &str)> {
    let (label, body) = text.split_once(": ").or_else(|| text.split_once('：'))?;
    let body = body.trim();
    if body.is_empty() {
        return None;
    }
    if QUESTION_LABELS.contains(&label) {
        Some((QaRole::Question, body))
    } else if ANSWER_LABELS.contains(&label) {
        Some((QaRole::Answer, body))
    } else {
        None
    }
}

/// The speakers of an interview's `Q:` and `A:` turns, read from its lead
/// (`China IP News spoke with Gao Lin, director of …`): the interviewer when
/// named, else `Interviewer`; the person interviewed, else `Interviewee`.
pub fn interview_roles(blocks: &[Block]) -> (String, String) {
    let lead = blocks
        .iter()
        .take_while(|b| qa_turn(&b.text).is_none())
        .map(|b| b.text.as_str());
    for text in lead {
        for verb in INTERVIEW_VERBS {
            let Some(at) = text.find(verb) else { continue };
            let before = &text[..at];
            let subject = before
                .rsplit([',', '.', ';'])
                .next()
                .unwrap_or(before)
                .trim();
            let subject = subject.strip_prefix("Reporter ").unwrap_or(subject);
            let asker = if looks_like_name(subject, 5) && !subject.starts_with("Our ") {
                subject.to_string()
            } else {
                "Interviewer".to_string()
            };
            let after = &text[at + verb.len()..];
            let words: Vec<&str> = after
                .split_whitespace()
                .take_while(|w| w.starts_with(char::is_uppercase))
                .collect();
            let mut name: Vec<&str> = Vec::new();
            for (idx, word) in words.iter().enumerate() {
                let bare = word.trim_end_matches([',', '.', ';']);
                if !(name.is_empty() && TITLES.contains(&bare) && idx + 1 < words.len()) {
                    name.push(bare);
                }
                if word.ends_with([',', ';']) || word.ends_with('.') && !TITLES.contains(word) {
                    break;
                }
            }
            let name = name.join(" ");
            let answerer =
                if (1..=4).contains(&name.split(' ').count()) && looks_like_name(&name, 4) {
                    name
                } else {
                    "Interviewee".to_string()
                };
            return (asker, answerer);
        }
    }
    ("Interviewer".into(), "Interviewee".into())
}

/// Reads `Name, role` lines after a list header; returns the index after the list.
pub fn read_speaker_list(
    blocks: &[Block],
    mut idx: usize,
    listed: &mut Vec<ListedSpeaker>,
) -> usize {
    while let Some(block) = blocks.get(idx) {
        let Some((name, role)) = block.text.split_once(", ") else {
            break;
        };
        if !looks_like_name(name, 4) || ends_terminal(role) && role.ends_with('?') {
            break;
        }
        if !listed.iter().any(|s| s.name == name) {
            listed.push(ListedSpeaker {
                name: name.to_string(),
                role: role.trim_end_matches('.').to_string(),
            });
        }
        idx += 1;
    }
    idx
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lead(text: &str) -> (String, String) {
        interview_roles(&[
            Block {
                text: text.into(),
                line: 1,
                heading: false,
            },
            Block {
                text: "Q: Why?".into(),
                line: 2,
                heading: false,
            },
        ])
    }

    #[test]
    fn interview_roles_come_from_the_lead() {
        assert_eq!(
            lead("Ahead of the sessions, Daily IP News spoke with Gao Lin, director general of the office."),
            ("Daily IP News".into(), "Gao Lin".into())
        );
        assert_eq!(
            lead("Our reporter talked with Judge Liu Fang of the court."),
            ("Interviewer".into(), "Liu Fang".into())
        );
        assert_eq!(
            lead("The bureau has a plan."),
            ("Interviewer".into(), "Interviewee".into())
        );
        assert_eq!(
            qa_turn("Q: How many?"),
            Some((QaRole::Question, "How many?"))
        );
        assert_eq!(qa_turn("A: Many."), Some((QaRole::Answer, "Many.")));
        assert_eq!(qa_turn("Plan A: more."), None);
    }

    #[test]
    fn turn_labels_are_names_not_sentences() {
        assert_eq!(turn_label("Shen Changyu:"), Some("Shen Changyu"));
        assert_eq!(
            turn_label("China Financial and Economic News:"),
            Some("China Financial and Economic News")
        );
        assert_eq!(turn_label("Speakers:"), None);
        assert_eq!(turn_label("Date:"), None);
        assert_eq!(turn_label("in the following aspects:"), None);
        assert_eq!(turn_label("We did the following:"), None);
    }

    #[test]
    fn inline_labels_may_carry_a_timestamp_a_bracket_or_a_role_in_capitals() {
        assert_eq!(
            inline_label("[00:02:33] MARTA LINDQVIST: Twenty-two examiners."),
            Some(("MARTA LINDQVIST", "Twenty-two examiners."))
        );
        assert_eq!(
            inline_label("Ms PRIYA NAIR (Eastbrook): My question is to the Minister."),
            Some(("Ms PRIYA NAIR", "My question is to the Minister."))
        );
        assert_eq!(
            inline_label("CHAIR (Deputy Lin Qiao, Committee on Innovation): Thank you."),
            Some(("CHAIR", "Thank you."))
        );
        assert_eq!(
            inline_label("HOST: Welcome back."),
            Some(("HOST", "Welcome back."))
        );
        assert_eq!(inline_label("NOTE: figures are provisional."), None);
        assert_eq!(inline_label("KPI 2 (designs registered): 5,940"), None);
        assert_eq!(inline_label("Specifically: more."), None);
    }
}
