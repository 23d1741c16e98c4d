//! Segmentation: cleaned blocks → sections, speaker turns and the paragraphs
//! of each, plus a transcript's speaker list with roles. Sizing the paragraphs
//! into passages is the next step ([`super::passages`]).
//!
//! Invariant: every body block ends up in exactly one paragraph, in reading
//! order; only headings, speaker labels, photo captions and tables of
//! contents (bullet lists repeating later headings) are taken out of the text.

use super::clean::{is_numbered_heading, Block};
use super::model::DocKind;
use super::text::{ends_terminal, is_function_word, last_word, word_count};
use super::turns::{
    inline_turn, interview_roles, outlet_label, qa_turn, read_speaker_list, turn_label,
    ListedSpeaker, QaRole, LIST_LABELS,
};

/// A paragraph with where it sits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// Heading of the enclosing section.
    pub section: Option<String>,
    /// Whose turn it is, in a transcript.
    pub speaker: Option<String>,
    /// The paragraph text.
    pub text: String,
}

/// The structure of one document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segmented {
    /// Section headings in reading order.
    pub sections: Vec<String>,
    /// The speaker list of a transcript, in listed order, each name once.
    pub listed: Vec<ListedSpeaker>,
    /// Speakers in order of first turn.
    pub speakers: Vec<String>,
    /// Body paragraphs in reading order.
    pub paragraphs: Vec<Paragraph>,
}

/// Splits a document's blocks into sections, turns and paragraphs.
pub fn segment(blocks: &[Block], kind: DocKind) -> Segmented {
    let blocks = drop_table_of_contents(blocks);
    let mut out = Segmented::default();
    let mut section: Option<String> = None;
    let mut speaker: Option<String> = None;
    let has_qa = kind == DocKind::Transcript && blocks.iter().any(|b| qa_turn(&b.text).is_some());
    let (asker, answerer) = if has_qa {
        interview_roles(&blocks)
    } else {
        Default::default()
    };
    let mut idx = 0;
    while idx < blocks.len() {
        let text = blocks[idx].text.as_str();
        let next = blocks.get(idx + 1).map(|b| b.text.as_str());
        if kind == DocKind::Transcript {
            if LIST_LABELS.contains(&text.trim_end_matches(':')) {
                idx = read_speaker_list(&blocks, idx + 1, &mut out.listed);
                continue;
            }
            if let Some(name) = turn_label(text).or_else(|| outlet_label(text, next)) {
                speaker = Some(name.to_string());
                push_speaker(&mut out.speakers, name);
                idx += 1;
                continue;
            }
        }
        match heading_role(&blocks[idx], next.map(|_| &blocks[idx + 1])) {
            HeadingRole::Heading => {
                section = Some(text.to_string());
                out.sections.push(text.to_string());
            }
            HeadingRole::Caption => {}
            HeadingRole::Body => {
                let qa = qa_turn(text).filter(|_| has_qa).map(|(role, body)| {
                    let who = match role {
                        QaRole::Question => &asker,
                        QaRole::Answer => &answerer,
                    };
                    (who.as_str(), body)
                });
                let (who, body) = qa
                    .or_else(|| inline_turn(text, &out.listed, &out.speakers, kind))
                    .map_or((speaker.clone(), text), |(who, body)| {
                        (Some(who.to_string()), body)
                    });
                if who != speaker {
                    speaker.clone_from(&who);
                    if let Some(name) = &who {
                        push_speaker(&mut out.speakers, name);
                    }
                }
                out.paragraphs.push(Paragraph {
                    section: section.clone(),
                    speaker: who,
                    text: body.to_string(),
                });
            }
        }
        idx += 1;
    }
    out
}

/// What a block is in the outline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HeadingRole {
    Heading,
    Caption,
    Body,
}

/// Numbered and Markdown headings are always headings. A short unpunctuated
/// line is a heading when body text follows it, and a photo caption (dropped)
/// when another heading, another caption or the end of the page follows.
fn heading_role(block: &Block, next: Option<&Block>) -> HeadingRole {
    if block.heading || is_numbered_heading(&block.text) {
        return HeadingRole::Heading;
    }
    if !is_unpunctuated_line(&block.text) {
        return HeadingRole::Body;
    }
    let next_is_body = next.is_some_and(|n| {
        !n.heading && !is_numbered_heading(&n.text) && !is_unpunctuated_line(&n.text)
            || n.text.starts_with("- ")
    });
    match (next_is_body, word_count(&block.text) <= 12) {
        (true, true) => HeadingRole::Heading,
        (true, false) => HeadingRole::Body,
        (false, _) => HeadingRole::Caption,
    }
}

/// A line with no closing punctuation that does not stop on a function word.
/// A line that holds a finished sentence before its end (`… in 2024. Full
/// tables: https://…`, `… last year. Requests: media@…`) is text, not a
/// heading, whatever ends it.
fn is_unpunctuated_line(text: &str) -> bool {
    let first = text.chars().next().unwrap_or(' ');
    // `Lot 3 | 4 invention patents | SOLD 2.15m`: a row of delimited
    // fields is text, never a heading or a caption.
    let row = text.matches(" | ").count() >= 2;
    !row && !ends_terminal(text)
        && !has_inner_sentence_end(text)
        && !text.ends_with(',')
        && !text.starts_with("- ")
        && !is_function_word(last_word(text))
        && (first.is_uppercase() || first.is_ascii_digit() || matches!(first, '“' | '"' | '‘'))
        && word_count(text) <= 25
}

/// Whether a sentence ends inside `text`: a lowercase word or a number, a
/// full stop, question or exclamation mark, a space, then a capital (`in
/// 2024. Full`, `last year. Interview`). Abbreviated titles (`Mr. Li`) are
/// capitalised and do not count.
fn has_inner_sentence_end(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(2).any(|w| {
        let Some(body) = w[0].strip_suffix(['.', '?', '!']) else {
            return false;
        };
        let ends_word = body.len() >= 2
            && body
                .chars()
                .all(|c| c.is_lowercase() || c.is_ascii_digit() || c == '%')
            && !body.contains('.');
        ends_word && w[1].starts_with(char::is_uppercase)
    })
}

fn push_speaker(speakers: &mut Vec<String>, name: &str) {
    if !speakers.iter().any(|s| s == name) {
        speakers.push(name.to_string());
    }
}

/// Drops bullet lists whose every item comes back later as a heading.
fn drop_table_of_contents(blocks: &[Block]) -> Vec<Block> {
    let mut keep = vec![true; blocks.len()];
    let mut idx = 0;
    while idx < blocks.len() {
        let start = idx;
        while blocks.get(idx).is_some_and(|b| b.text.starts_with("- ")) {
            idx += 1;
        }
        let items = &blocks[start..idx];
        let repeated = items.len() >= 2
            && items.iter().all(|item| {
                let entry = item.text[2..].trim();
                blocks[idx..]
                    .iter()
                    .any(|b| b.text.eq_ignore_ascii_case(entry))
            });
        if repeated {
            keep[start..idx].iter_mut().for_each(|k| *k = false);
        }
        idx = idx.max(start + 1);
    }
    blocks
        .iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(b, _)| b.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(kind: DocKind, lines: &[&str], expect: expect_test::Expect) {
        let blocks: Vec<Block> = lines
            .iter()
            .enumerate()
            .map(|(idx, text)| Block {
                text: text.to_string(),
                line: idx + 1,
                heading: text.starts_with("# "),
            })
            .map(|mut b| {
                b.text = b.text.trim_start_matches("# ").to_string();
                b
            })
            .collect();
        let seg = segment(&blocks, kind);
        let mut shown = format!(
            "sections: {:?}\nspeakers: {:?}\n",
            seg.sections, seg.speakers
        );
        for s in &seg.listed {
            shown.push_str(&format!("listed: {} = {}\n", s.name, s.role));
        }
        for p in &seg.paragraphs {
            shown.push_str(&format!(
                "[{}|{}] {}\n",
                p.section.as_deref().unwrap_or("-"),
                p.speaker.as_deref().unwrap_or("-"),
                p.text
            ));
        }
        expect.assert_eq(&shown);
    }

    #[test]
    fn transcript_turns_outlets_and_speaker_list() {
        check(
            DocKind::Transcript,
            &[
                "The office held a briefing.",
                "Speakers",
                "Wang Wu, head of the Patent Office (PO)",
                "Chairperson:",
                "Li Si, spokesperson",
                "Speakers:",
                "Wang Wu, director of the PO",
                "Li Si:",
                "Welcome.",
                "Morning Daily:",
                "How many patents?",
                "Wang Wu:",
                "Many.",
                "Web.cn",
                "And trademarks? Thank you.",
                "Wang Wu: Also many.",
            ],
            expect_test::expect![[r#"
                sections: []
                speakers: ["Li Si", "Morning Daily", "Wang Wu", "Web.cn"]
                listed: Wang Wu = head of the Patent Office (PO)
                listed: Li Si = spokesperson
                [-|-] The office held a briefing.
                [-|Li Si] Welcome.
                [-|Morning Daily] How many patents?
                [-|Wang Wu] Many.
                [-|Web.cn] And trademarks? Thank you.
                [-|Wang Wu] Also many.
            "#]],
        );
    }

    #[test]
    fn rows_of_delimited_fields_are_text_not_headings_or_captions() {
        check(
            DocKind::News,
            &[
                "SELECTED LOTS",
                "Lot 3 | 4 invention patents | estimate 1.0m | SOLD 2.15m",
                "Lot 11 | 1 design | estimate 0.3m | SOLD 0.42m",
                "WHO BOUGHT",
                "Firms bought most lots.",
            ],
            expect_test::expect![[r#"
                sections: ["SELECTED LOTS", "WHO BOUGHT"]
                speakers: []
                [SELECTED LOTS|-] Lot 3 | 4 invention patents | estimate 1.0m | SOLD 2.15m
                [SELECTED LOTS|-] Lot 11 | 1 design | estimate 0.3m | SOLD 0.42m
                [WHO BOUGHT|-] Firms bought most lots.
            "#]],
        );
    }

    #[test]
    fn numbered_and_plain_headings_with_captions_and_contents() {
        check(
            DocKind::Report,
            &[
                "- 01 First part",
                "- 02 Second part",
                "01 First part",
                "1.1 The week",
                "Text of the week.",
                "A photo of the week",
                "Another photo",
                "02 Second part",
                "Dining",
                "Meals were counted.",
                "The plan was aimed at",
                "- Saving food",
                "Last heading without text",
            ],
            expect_test::expect![[r#"
                sections: ["01 First part", "1.1 The week", "02 Second part", "Dining"]
                speakers: []
                [1.1 The week|-] Text of the week.
                [Dining|-] Meals were counted.
                [Dining|-] The plan was aimed at
                [Dining|-] - Saving food
            "#]],
        );
    }

    #[test]
    fn news_headings_between_paragraphs_and_labels_ignored_outside_transcripts() {
        check(
            DocKind::News,
            &[
                "Lead paragraph here.",
                "# Building a hub, raising the bar",
                "Zhang said: it works.",
                "Note:",
                "Closing words.",
            ],
            expect_test::expect![[r#"
                sections: ["Building a hub, raising the bar"]
                speakers: []
                [-|-] Lead paragraph here.
                [Building a hub, raising the bar|-] Zhang said: it works.
                [Building a hub, raising the bar|-] Note:
                [Building a hub, raising the bar|-] Closing words.
            "#]],
        );
    }

    #[test]
    fn a_paragraph_ending_in_an_address_is_text_and_a_year_line_heads_what_follows() {
        check(
            DocKind::Report,
            &[
                "Registrations totalled 286,000 works in 2024. Questions may go to Ms Lin at lin@example.cn",
                "The service closed 1,340 cases in 2024. Full tables are at https://example.cn/stats",
                "2019",
                "The centre opened with 5 mediators.",
                "Mr. Li Speaks",
                "Enquiries: desk@example.org",
            ],
            expect_test::expect![[r#"
                sections: ["2019"]
                speakers: []
                [-|-] Registrations totalled 286,000 works in 2024. Questions may go to Ms Lin at lin@example.cn
                [-|-] The service closed 1,340 cases in 2024. Full tables are at https://example.cn/stats
                [2019|-] The centre opened with 5 mediators.
            "#]],
        );
    }
}
