//! Passage sizing: paragraphs of one section and one speaker are grouped into
//! passages of readable size; a paragraph too long to read as one is split
//! between sentences.
//!
//! Invariant: a passage never crosses a section or a speaker turn, never cuts
//! a sentence (only a run-on one over `text::MAX_SENTENCE_BYTES`, between
//! clauses or words), and all paragraph text comes out once, in order.

use super::segment::Paragraph;
use super::text::{bounded_sentence_spans, word_count};

/// A passage is filled up to about this many words.
pub const TARGET_WORDS: usize = 150;
/// A paragraph longer than this is split between sentences.
pub const MAX_WORDS: usize = 220;
/// A passage shorter than this takes the next paragraph even past the target.
const MIN_WORDS: usize = 40;

/// A sized passage before it gets its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PassageDraft {
    /// Section heading.
    pub section: Option<String>,
    /// Speaker of the turn.
    pub speaker: Option<String>,
    /// Paragraphs separated by `\n\n`.
    pub text: String,
}

/// Groups paragraphs into passages.
pub fn size_passages(paragraphs: &[Paragraph]) -> Vec<PassageDraft> {
    let mut out: Vec<PassageDraft> = Vec::new();
    let mut words = 0;
    let mut same_place = false;
    for (idx, paragraph) in paragraphs.iter().enumerate() {
        if idx > 0 {
            let prev = &paragraphs[idx - 1];
            same_place = prev.section == paragraph.section && prev.speaker == paragraph.speaker;
        }
        for piece in split_long(&paragraph.text) {
            let n = word_count(&piece);
            let fits = words + n <= TARGET_WORDS || (words < MIN_WORDS && words + n <= MAX_WORDS);
            match out.last_mut() {
                Some(last) if same_place && fits => {
                    last.text.push_str("\n\n");
                    last.text.push_str(&piece);
                    words += n;
                }
                _ => {
                    out.push(PassageDraft {
                        section: paragraph.section.clone(),
                        speaker: paragraph.speaker.clone(),
                        text: piece,
                    });
                    words = n;
                }
            }
            same_place = true;
        }
    }
    out
}

/// Splits a paragraph over [`MAX_WORDS`] into runs of whole sentences of
/// about [`TARGET_WORDS`] each.
fn split_long(text: &str) -> Vec<String> {
    if word_count(text) <= MAX_WORDS {
        return vec![text.to_string()];
    }
    let mut pieces: Vec<String> = Vec::new();
    let mut words = 0;
    for span in bounded_sentence_spans(text) {
        let sentence = &text[span];
        let n = word_count(sentence);
        match pieces.last_mut() {
            Some(last) if words + n <= TARGET_WORDS => {
                last.push(' ');
                last.push_str(sentence);
                words += n;
            }
            _ => {
                pieces.push(sentence.to_string());
                words = n;
            }
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(speaker: &str, words: usize) -> Paragraph {
        let sentence = "Word word word word word word word word word ten.";
        let text = vec![sentence; words / 10].join(" ");
        Paragraph {
            section: None,
            speaker: Some(speaker.into()),
            text,
        }
    }

    fn sizes(drafts: &[PassageDraft]) -> Vec<(String, usize)> {
        drafts
            .iter()
            .map(|d| (d.speaker.clone().unwrap_or_default(), word_count(&d.text)))
            .collect()
    }

    #[test]
    fn short_paragraphs_of_one_turn_are_grouped() {
        let drafts = size_passages(&[para("A", 30), para("A", 60), para("A", 50), para("A", 40)]);
        assert_eq!(sizes(&drafts), [("A".into(), 140), ("A".into(), 40)]);
        assert!(drafts[0].text.contains("\n\n"));
    }

    #[test]
    fn passages_never_cross_a_turn() {
        let drafts = size_passages(&[para("A", 20), para("B", 20), para("A", 20)]);
        assert_eq!(
            sizes(&drafts),
            [("A".into(), 20), ("B".into(), 20), ("A".into(), 20)]
        );
    }

    #[test]
    fn long_paragraph_is_split_between_sentences() {
        let drafts = size_passages(&[para("A", 400)]);
        assert_eq!(
            sizes(&drafts),
            [("A".into(), 150), ("A".into(), 150), ("A".into(), 100)]
        );
        assert!(drafts.iter().all(|d| d.text.ends_with("ten.")));
    }
}
