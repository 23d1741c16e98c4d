//! The reader's view of one document: its header and its passages in reading
//! order, with a heading wherever the section changes, the speaker at the start
//! of each turn, and every fact's span marked in the passage text.
//!
//! Invariant: text is cut only at char boundaries and every byte of a passage
//! appears exactly once in its segments, so the reader shows the text as it is
//! whatever spans the compiler produced (overlapping, out of range, mid-char).

use crate::corpus::{Corpus, Document};
use crate::engine::sort::sort_by_key;

/// A document laid out for reading.
#[derive(Debug, Clone, PartialEq)]
pub struct ReaderDoc {
    /// Document id.
    pub id: String,
    /// Title.
    pub title: String,
    /// `transcript`, `news`, `report` or `notice`.
    pub kind: &'static str,
    /// ISO date at its own precision, when known.
    pub date: Option<String>,
    /// Source or publisher, when known.
    pub source: Option<String>,
    /// Number of words.
    pub words: u32,
    /// Headings and passages in reading order.
    pub blocks: Vec<Block>,
}

/// One piece of the reader's column.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A section heading, shown where the section changes.
    Heading {
        /// The heading text.
        text: String,
        /// The DOM id of the heading: `section-<n>`, counting from 1.
        anchor: String,
    },
    /// A passage.
    Passage(PassageView),
}

/// A passage ready to render.
#[derive(Debug, Clone, PartialEq)]
pub struct PassageView {
    /// Passage id (`<doc>#p<n>`), as used in `passage=` links.
    pub id: String,
    /// The DOM id of the passage's element: see [`anchor_id`].
    pub anchor: String,
    /// The speaker, shown when a new turn starts (the speaker differs from the
    /// previous passage's); `None` otherwise.
    pub speaker: Option<String>,
    /// The passage text cut into plain runs and marked facts.
    pub segments: Vec<Segment>,
}

/// A run of passage text, marked when it is a fact or matched the query.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// The text, exactly as in the passage.
    pub text: String,
    /// The fact this run states, when it is one.
    pub fact: Option<FactMark>,
    /// Whether the run is a word the query matched.
    pub hit: bool,
}

/// What the reader says about a marked fact.
#[derive(Debug, Clone, PartialEq)]
pub struct FactMark {
    /// Fact id.
    pub id: String,
    /// `actual`, `target` or `change`.
    pub kind: &'static str,
    /// A tooltip: measure, kind and date.
    pub label: String,
}

impl ReaderDoc {
    /// The section headings with their anchors, for a table of contents.
    pub fn contents(&self) -> Vec<(String, String)> {
        self.blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading { text, anchor } => Some((text.clone(), anchor.clone())),
                Block::Passage(_) => None,
            })
            .collect()
    }

    /// Marks the query's matches: `hits[i]` holds byte ranges into the text
    /// of the document's `i`-th passage (see `Engine::highlights`). Ranges
    /// that are out of bounds or split a character are ignored.
    pub fn with_hits(mut self, hits: &[Vec<std::ops::Range<usize>>]) -> ReaderDoc {
        let passages = self.blocks.iter_mut().filter_map(|b| match b {
            Block::Passage(p) => Some(p),
            Block::Heading { .. } => None,
        });
        for (passage, hits) in passages.zip(hits) {
            passage.segments = mark_hits(std::mem::take(&mut passage.segments), hits);
        }
        self
    }

    /// Whether the passage with id `passage_id` is in this document.
    pub fn has_passage(&self, passage_id: &str) -> bool {
        self.blocks
            .iter()
            .any(|b| matches!(b, Block::Passage(p) if p.id == passage_id))
    }
}

/// Lays out the document with id `doc_id`, or `None` when there is none.
pub fn reader_doc(corpus: &Corpus, doc_id: &str) -> Option<ReaderDoc> {
    reader_doc_with_text(corpus, doc_id, |p| {
        corpus.passages.get(p as usize).map_or("", |p| &p.text)
    })
}

/// [`reader_doc`] with each passage's text from `text_of` (by passage index),
/// for a chunked corpus whose text is not in the `Corpus`.
pub fn reader_doc_with_text<'a>(
    corpus: &Corpus,
    doc_id: &str,
    text_of: impl Fn(u32) -> &'a str,
) -> Option<ReaderDoc> {
    let doc_idx = corpus.document_index(doc_id)? as usize;
    let doc = &corpus.documents[doc_idx];
    Some(ReaderDoc {
        id: doc.id.clone(),
        title: doc.title.clone(),
        kind: doc.kind.as_str(),
        date: doc.date.map(|d| d.iso()),
        source: doc.source.clone(),
        words: doc.words,
        blocks: blocks(corpus, doc_idx, doc, text_of),
    })
}

/// The DOM id for a passage: `passage-` and the id with everything but ASCII
/// letters, digits, `-` and `_` replaced by `-` (ids hold `#`, which would need
/// escaping in selectors and fragments).
pub fn anchor_id(passage_id: &str) -> String {
    let safe: String = passage_id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("passage-{safe}")
}

/// Cuts `text` at the given spans. Spans that overlap an earlier one, run past
/// the end or split a character are left unmarked.
pub fn segments(text: &str, spans: &[(std::ops::Range<usize>, FactMark)]) -> Vec<Segment> {
    let mut spans: Vec<&(std::ops::Range<usize>, FactMark)> = spans.iter().collect();
    sort_by_key(&mut spans, |(range, _)| (range.start, range.end));
    let mut out = Vec::new();
    let mut pos = 0;
    for (range, mark) in spans {
        let usable = range.start >= pos
            && range.start < range.end
            && range.end <= text.len()
            && text.is_char_boundary(range.start)
            && text.is_char_boundary(range.end);
        if !usable {
            continue;
        }
        push_plain(&mut out, &text[pos..range.start]);
        out.push(Segment {
            text: text[range.clone()].to_string(),
            fact: Some(mark.clone()),
            hit: false,
        });
        pos = range.end;
    }
    push_plain(&mut out, &text[pos..]);
    out
}

/// Cuts the segments of one passage further at the `hits` (byte ranges into
/// the passage text, which the segments spell out in order) and marks the runs
/// inside a hit. Facts keep their marks; the text is unchanged.
pub fn mark_hits(segments: Vec<Segment>, hits: &[std::ops::Range<usize>]) -> Vec<Segment> {
    if hits.is_empty() {
        return segments;
    }
    let mut out = Vec::with_capacity(segments.len() + 2 * hits.len());
    let mut offset = 0;
    for segment in segments {
        let len = segment.text.len();
        let mut cuts = vec![0, len];
        let usable = hits.iter().filter(|h| h.start < h.end);
        for bound in usable.flat_map(|h| [h.start, h.end]) {
            if bound > offset
                && bound < offset + len
                && segment.text.is_char_boundary(bound - offset)
            {
                cuts.push(bound - offset);
            }
        }
        sort_by_key(&mut cuts, |&c| c);
        cuts.dedup();
        for pair in cuts.windows(2) {
            let (from, to) = (pair[0], pair[1]);
            out.push(Segment {
                text: segment.text[from..to].to_string(),
                fact: segment.fact.clone(),
                hit: from < to
                    && hits
                        .iter()
                        .any(|h| h.start <= offset + from && offset + to <= h.end),
            });
        }
        offset += len;
    }
    out
}

fn blocks<'a>(
    corpus: &Corpus,
    doc_idx: usize,
    doc: &Document,
    text_of: impl Fn(u32) -> &'a str,
) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut section: Option<&str> = None;
    let mut speaker: Option<&str> = None;
    let range = doc.passages.start as usize..doc.passages.end as usize;
    for (passage_idx, passage) in corpus
        .passages
        .get(range.clone())
        .unwrap_or(&[])
        .iter()
        .enumerate()
    {
        let passage_idx = (range.start + passage_idx) as u32;
        if passage.section.as_deref() != section {
            section = passage.section.as_deref();
            if let Some(heading) = section {
                let n_headings = blocks
                    .iter()
                    .filter(|b| matches!(b, Block::Heading { .. }))
                    .count();
                blocks.push(Block::Heading {
                    text: heading.to_string(),
                    anchor: format!("section-{}", n_headings + 1),
                });
            }
            // A new section starts a new turn, so the speaker is named again.
            speaker = None;
        }
        let new_turn = passage.speaker.as_deref() != speaker;
        speaker = passage.speaker.as_deref();
        let spans: Vec<(std::ops::Range<usize>, FactMark)> = corpus
            .facts
            .iter()
            .filter(|f| f.passage == passage_idx && f.doc as usize == doc_idx)
            .map(|f| {
                let label = match &f.date {
                    Some(date) => format!("{}: {} ({date})", f.measure, f.kind.as_str()),
                    None => format!("{}: {}", f.measure, f.kind.as_str()),
                };
                let mark = FactMark {
                    id: f.id.clone(),
                    kind: f.kind.as_str(),
                    label,
                };
                (f.span.start as usize..f.span.end as usize, mark)
            })
            .collect();
        blocks.push(Block::Passage(PassageView {
            id: passage.id.clone(),
            anchor: anchor_id(&passage.id),
            speaker: if new_turn {
                passage.speaker.clone()
            } else {
                None
            },
            segments: segments(text_of(passage_idx), &spans),
        }));
    }
    blocks
}

fn push_plain(out: &mut Vec<Segment>, text: &str) {
    if !text.is_empty() {
        out.push(Segment {
            text: text.to_string(),
            fact: None,
            hit: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    fn mark(id: &str) -> FactMark {
        FactMark {
            id: id.to_string(),
            kind: "actual",
            label: String::new(),
        }
    }

    /// Renders segments as `plain[fact]plain` for compact assertions.
    fn show(segments: &[Segment]) -> String {
        segments
            .iter()
            .map(|s| match (&s.fact, s.hit) {
                (Some(_), true) => format!("[{{{}}}]", s.text),
                (Some(_), false) => format!("[{}]", s.text),
                (None, true) => format!("{{{}}}", s.text),
                (None, false) => s.text.clone(),
            })
            .collect()
    }

    #[test]
    fn transcript_has_headings_and_turns() {
        let doc = reader_doc(&fixture::corpus(), "conf").unwrap();
        let outline: Vec<String> = doc
            .blocks
            .iter()
            .map(|b| match b {
                Block::Heading { text, .. } => format!("# {text}"),
                Block::Passage(p) => format!("{} {:?}", p.id, p.speaker),
            })
            .collect();
        assert_eq!(
            outline,
            [
                "# Opening",
                "conf#p1 Some(\"Host\")",
                "conf#p2 Some(\"Shen Changyu\")",
                "# Questions",
                "conf#p3 Some(\"Xinhua\")",
                "conf#p4 Some(\"Shen Changyu\")",
            ]
        );
        assert_eq!(doc.date.as_deref(), Some("2022-04-24"));
        let contents = doc.contents();
        assert_eq!(
            contents[1],
            ("Questions".to_string(), "section-2".to_string())
        );
    }

    #[test]
    fn facts_are_marked_in_the_passage_text() {
        let doc = reader_doc(&fixture::corpus(), "conf").unwrap();
        let Block::Passage(p4) = &doc.blocks[5] else {
            panic!("a passage")
        };
        assert_eq!(
            show(&p4.segments),
            "Courts handled [480,000 cases], up [12.5%] on the year."
        );
        let change = p4
            .segments
            .iter()
            .find_map(|s| s.fact.as_ref().filter(|f| f.kind == "change"));
        assert_eq!(change.unwrap().label, "IP cases handled by courts: change");
    }

    #[test]
    fn markup_in_the_text_stays_text() {
        let doc = reader_doc(&fixture::corpus(), "conf").unwrap();
        let Block::Passage(p3) = &doc.blocks[4] else {
            panic!("a passage")
        };
        assert_eq!(show(&p3.segments), "How many <b>cases</b> were handled?");
    }

    #[test]
    fn document_without_sections_or_speakers() {
        let doc = reader_doc(&fixture::corpus(), "note").unwrap();
        assert_eq!(doc.blocks.len(), 1);
        assert!(matches!(&doc.blocks[0], Block::Passage(p) if p.speaker.is_none()));
        assert_eq!((doc.date, doc.source), (None, None));
    }

    #[test]
    fn knows_its_passages() {
        let doc = reader_doc(&fixture::corpus(), "conf").unwrap();
        assert!(doc.has_passage("conf#p4"));
        assert!(!doc.has_passage("note#p1"));
    }

    #[test]
    fn unknown_document_is_none() {
        assert_eq!(reader_doc(&fixture::corpus(), "nope"), None);
    }

    #[test]
    fn bad_spans_are_left_unmarked() {
        let text = "café 12 und 34";
        let spans = [
            (6..8, mark("ok")),
            (7..9, mark("overlaps")),
            (4..5, mark("splits é")),
            (13..99, mark("past end")),
            (9..9, mark("empty")),
        ];
        let segs = segments(text, &spans);
        assert_eq!(show(&segs), "café [12] und 34");
        assert_eq!(
            segs.iter().map(|s| s.text.as_str()).collect::<String>(),
            text
        );
    }

    #[test]
    fn anchors_are_selector_safe() {
        assert_eq!(anchor_id("002_a277#p14"), "passage-002_a277-p14");
    }

    #[test]
    fn query_hits_are_marked_inside_and_beside_facts() {
        let text = "Courts handled 480,000 cases, up 12.5%.";
        let fact = segments(text, &[(15..28, mark("f1"))]);
        let hit = |word: &str| {
            let start = text.find(word).unwrap();
            start..start + word.len()
        };
        let marked = mark_hits(fact, &[hit("Courts"), hit("cases"), 500..600, 1..1]);
        assert_eq!(
            show(&marked),
            "{Courts} handled [480,000 ][{cases}], up 12.5%."
        );
        let joined: String = marked.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, text, "the text is unchanged");
    }

    #[test]
    fn with_hits_marks_each_passage_by_its_own_ranges() {
        let doc = reader_doc(&fixture::corpus(), "conf").unwrap();
        let hits = vec![vec![0..4], vec![], vec![12..17]];
        let doc = doc.with_hits(&hits);
        let shown: Vec<String> = (doc.blocks.iter())
            .filter_map(|b| match b {
                Block::Passage(p) => Some(show(&p.segments)),
                Block::Heading { .. } => None,
            })
            .collect();
        assert!(shown[0].starts_with("{Good} morning."), "{}", shown[0]);
        assert!(!shown[1].contains('{'), "{}", shown[1]);
        assert!(
            shown[2].starts_with("How many <b>{cases}</b>"),
            "{}",
            shown[2]
        );
        assert!(
            !shown[3].contains('{'),
            "passages past the hits are left alone"
        );
    }
}
