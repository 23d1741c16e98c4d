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
    let (name, body) = text.split_once(": ")?;
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
/// paragraph. A single word counts only when it is a role such as `Moderator`,
/// so `Specifically: …` is not a speaker.
pub fn inline_label(text: &str) -> Option<(&str, &str)> {
    let (name, body) = text.split_once(": ")?;
    let role = LIST_LABELS.contains(&name);
    let named =
        looks_like_name(name, 6) && (name.contains(' ') || role) && !OTHER_LABELS.contains(&name);
    (named && !body.trim().is_empty()).then_some((name, body.trim()))
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
}
