//! Datelines and source lines: finding the publication date and publisher a
//! page states (`Updated: Jul 03,2024 Source:China IP News`, `Release
//! time:2023-04-19`, `Beijing | 10 a.m. April 25, 2021`, `BEIJING, Jan. 16
//! (Xinhua) -- `, `(Translated from CNIPA Website)`), taking those lines out of
//! the text, and inferring a date from the text when the page states none.
//!
//! Invariant: a block is removed only when it is nothing but a dateline or a
//! source line (a date plus at most a few words such as a place or a time).

use super::clean::Block;
use super::dates::{calendar_spans, day_order, parse_date, parse_date_in_order, years, DayOrder};
use super::model::Date;
use super::text::{ends_terminal, word_count};

/// Labels that introduce a dateline.
#[rustfmt::skip]
pub const DATE_LABELS: &[&str] = &["Updated:", "Release time:", "Released:", "Published:", "Date:", "Time:", "Posted:"];

/// First words of a line that says who issued a page and when.
const ISSUED: &[&str] = &["issued ", "published ", "released ", "adopted ", "signed "];

/// How many blocks after the headline make a page's head: the lines where a
/// masthead, a byline, a meeting line or a wire dateline sit.
const HEAD_BLOCKS: usize = 3;

/// Words of a head line at most: longer blocks are the body.
const HEAD_WORDS: usize = 25;

/// The blocks of the page's head: at most [`HEAD_BLOCKS`], ending before
/// the first block that is a body paragraph (over [`HEAD_WORDS`] words), or
/// at it when it is the first (a wire story's lead carries its dateline).
fn head_len(blocks: &[Block]) -> usize {
    let body = blocks
        .iter()
        .take(HEAD_BLOCKS)
        .position(|b| word_count(&b.text) > HEAD_WORDS);
    match body {
        Some(idx) => idx + 1,
        None => blocks.len().min(HEAD_BLOCKS),
    }
}

/// Removes a wire-story dateline that opens the lead (`BEIJING, Jan. 16
/// (Xinhua) -- `), after at most a byline or two of the head, and returns
/// its date when it has a year.
pub fn strip_lead_dateline(blocks: &mut [Block]) -> Option<Date> {
    let head = head_len(blocks);
    let lead = blocks[..head]
        .iter_mut()
        .find(|b| b.text.split_once(", ").is_some_and(|(h, _)| is_place(h)))?;
    let dash = [" -- ", " — ", " – "]
        .iter()
        .filter_map(|d| lead.text.find(d).map(|p| (p, d.len())))
        .min()?;
    if dash.0 > 80 {
        return None;
    }
    let date = parse_date(&lead.text[..dash.0]).map(|(d, _)| d);
    lead.text = lead.text[dash.0 + dash.1..].to_string();
    date
}

/// A wire dateline's place: a word or two in capitals (`BEIJING`, `NEW DELHI`).
fn is_place(text: &str) -> bool {
    text.len() >= 3 && text.chars().all(|c| c.is_uppercase() || c == ' ')
}

/// Words that make a date in a head line a deadline or a span's edge, not
/// the page's date (`Applications close on 30 June 2025`).
#[rustfmt::skip]
const DEADLINE_WORDS: &[&str] = &["by", "until", "till", "before", "deadline", "close", "closes", "closing", "due", "from", "to", "between", "expires"];

/// The date a line of the page's head states beside other words, where no
/// plain dateline was found: a meeting line (`Held on 18 May 2025 at the
/// Ministry`), a masthead (`Bulletin of the Registry · No. 4 · 2 June 2024`),
/// a byline (`Written by Anna Li on 2 June 2024 · 4 min read`). Only a date
/// with its day counts, on a line that is not a sentence of the body, and
/// never a deadline.
pub fn head_date(blocks: &[Block]) -> Option<Date> {
    let order = day_order(blocks.iter().map(|b| b.text.as_str()));
    const MASTHEAD_SEPARATORS: &[char] = &['·', '|', '•', '—', '–'];
    blocks[..head_len(blocks)].iter().find_map(|block| {
        let text = block.text.as_str();
        if word_count(text) > HEAD_WORDS || ends_terminal(text) && word_count(text) > 12 {
            return None;
        }
        // `March 2025` on a line of its own under a report's title dates it
        // to the month; a month in a longer line may be any month it names.
        // So does a month standing alone between a masthead's separators
        // (`Issue 112 · December 2025`, `Vol. 3 | March 2025`).
        let alone = |range: &std::ops::Range<usize>| {
            let before = text[..range.start].trim_end();
            let after = text[range.end..].trim_start();
            (before.is_empty() || before.ends_with(MASTHEAD_SEPARATORS))
                && (after.is_empty() || after.starts_with(MASTHEAD_SEPARATORS))
        };
        let (date, range) = parse_date_in_order(text, order)
            .filter(|(d, range)| d.day.is_some() || d.month.is_some() && alone(range))?;
        let before = text[..range.start].to_lowercase();
        let deadline = before
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .rev()
            .take(3)
            .any(|w| DEADLINE_WORDS.contains(&w));
        // `Reporting year: 1 April 2024 to 31 March 2025`: a date that opens
        // a range of dates starts a period, and is not when the page was
        // written.
        let after = text[range.end..].trim_start();
        let link = ["to ", "until ", "through ", "- ", "– ", "— ", "-", "–", "—"]
            .iter()
            .find_map(|l| after.strip_prefix(l));
        let opens_range = link.is_some_and(|rest| {
            parse_date_in_order(rest.trim_start(), order).is_some_and(|(_, r)| r.start == 0)
        });
        (!deadline && !opens_range).then_some(date)
    })
}

/// Finds the source line (`Source: X`, `Translated from X`) and removes it.
pub fn take_source(blocks: &mut Vec<Block>) -> Option<String> {
    for idx in 0..blocks.len() {
        let text = blocks[idx].text.clone();
        if let Some(pos) = text
            .find("Source:")
            .filter(|p| *p == 0 || text[..*p].ends_with(' '))
        {
            let name = text[pos + 7..].trim();
            blocks[idx].text = text[..pos].trim().to_string();
            blocks.retain(|b| !b.text.is_empty());
            return Some(source_name(name));
        }
        if let Some(open) = text
            .rfind("(Translated from ")
            .filter(|_| text.ends_with(')'))
        {
            blocks[idx].text = text[..open].trim_end().to_string();
            return Some(source_name(&text[open + 1..text.len() - 1]));
        }
        if text.starts_with("Translated from ") && word_count(&text) <= 10 {
            blocks.remove(idx);
            return Some(source_name(&text));
        }
        // `By Li Ming | China Daily`: the byline names the publisher.
        if let Some(outlet) = text
            .strip_prefix("By ")
            .and_then(|b| b.rsplit_once(" | "))
            .map(|(_, o)| o.trim())
        {
            if word_count(&text) <= 10 && word_count(outlet) <= 5 {
                let outlet = outlet.to_string();
                blocks.remove(idx);
                return Some(source_name(&outlet));
            }
        }
    }
    None
}

/// `Translated from CNIPA Website Chinese Version` → `CNIPA Website`.
fn source_name(raw: &str) -> String {
    let name = raw.trim().trim_end_matches('.').trim();
    let name = name.strip_prefix("Translated from ").unwrap_or(name);
    let lower = name.to_lowercase();
    let cut = [" chinese version", " english version"]
        .iter()
        .find_map(|suffix| lower.ends_with(suffix).then(|| name.len() - suffix.len()));
    name[..cut.unwrap_or(name.len())].trim().to_string()
}

/// Removes dateline blocks (and `Date:` labels before them); returns the first date.
/// A line that opens with a date next to another such line is an entry of
/// a timeline (`2021-03-01  Second floor opens.`), never a dateline.
pub fn take_datelines(blocks: &mut Vec<Block>) -> Option<Date> {
    let order = day_order(blocks.iter().map(|b| b.text.as_str()));
    let opens_dated = |b: &Block| {
        parse_date(&b.text).is_some_and(|(_, range)| b.text[..range.start].trim().is_empty())
    };
    let entries: Vec<bool> = (0..blocks.len())
        .map(|i| {
            opens_dated(&blocks[i])
                && (i.checked_sub(1).is_some_and(|p| opens_dated(&blocks[p]))
                    || blocks.get(i + 1).is_some_and(opens_dated))
        })
        .collect();
    let total = blocks.len();
    let mut found = None;
    let mut idx = 0;
    // The index of `blocks[idx]` before any was removed.
    let mut was = 0;
    while idx < blocks.len() {
        let text = blocks[idx].text.as_str();
        let next_is_dateline = blocks
            .get(idx + 1)
            .is_some_and(|b| dateline(&b.text, order).is_some())
            && !entries.get(was + 1).copied().unwrap_or(false);
        if DATE_LABELS.contains(&text) && next_is_dateline {
            blocks.remove(idx);
            was += 1;
            continue;
        }
        // A dated line amid a long body (`Date: 20/10/2025` under a
        // tender's time limit) dates something in it, not the page, which
        // is dated in its head or at its foot.
        let placed = was < DATELINE_HEAD || was + DATELINE_FOOT >= total;
        match dateline(text, order).filter(|_| !entries[was] && placed) {
            Some(date) => {
                found = found.or(Some(date));
                blocks.remove(idx);
            }
            None => idx += 1,
        }
        was += 1;
    }
    found
}

/// The date of a dateline block: a date plus at most a few other words
/// (a place, a time, a label), or a page footer's segment saying when the
/// page was issued.
fn dateline(text: &str, order: Option<DayOrder>) -> Option<Date> {
    if let Some(date) = footer_dateline(text) {
        return Some(date);
    }
    let (date, range) = parse_date_in_order(text, order)?;
    let rest = format!("{} {}", &text[..range.start], &text[range.end..]);
    let labelled = DATE_LABELS.iter().any(|l| text.starts_with(l));
    // `End: 28/02/2030`, `Closing date: 31 October 2025`: a field names
    // the date of something else than the page (`Report date:` does not).
    if let Some(label) = text[..range.start].trim_end().strip_suffix(':') {
        if !labelled && !names_the_pages_date(label) {
            return None;
        }
    }
    // `2020-11-02  First 1,000 pre-examinations completed.`: a dated line
    // of a timeline states a figure, which no place, time or label does.
    let words: Vec<&str> = rest.split_whitespace().collect();
    let figure = words.iter().enumerate().any(|(i, w)| {
        let clock = is_clock_time(w)
            || (words.get(i + 1)).is_some_and(|next| {
                let next = next.to_ascii_lowercase();
                ["a.m", "p.m", "am", "pm", "o'clock", "hrs", "h"]
                    .iter()
                    .any(|m| {
                        next.trim_end_matches(['.', ',']) == m.trim_end_matches('.')
                            || next.starts_with(m)
                    })
            });
        w.bytes().any(|b| b.is_ascii_digit()) && !clock
    });
    // `Issued by the Court's Research Office on 2025-03-11.`: a line that
    // says who issued the page and ends on the day.
    let lower = text.to_ascii_lowercase();
    let issued = ISSUED.iter().any(|w| lower.starts_with(w))
        && text[range.end..].trim_matches(['.', ' ']).is_empty()
        && word_count(text) <= 14;
    let short = (word_count(&rest) <= 4 && word_count(text) <= 12 || issued) && !figure;
    // A labelled line (`Date: May 2024`) keeps the precision it states, and
    // so does an issuing line (`Published July 2025`).
    let precise = date.day.is_some() || (labelled || issued) && date.month.is_some() && short;
    (precise && (labelled || short) && !ends_terminal(text.trim_end_matches(['.', ')'])))
        .then_some(date)
}

/// Words of a field label that names a date.
const DATE_WORDS: &[&str] = &[
    "date",
    "dated",
    "published",
    "issued",
    "updated",
    "released",
    "posted",
];
/// Words of a field label whose date is of an event, not of the page.
#[rustfmt::skip]
const EVENT_DATE_WORDS: &[&str] = &["closing", "start", "end", "expiry", "due", "deadline", "opening", "hearing", "filing", "submission", "commencement", "completion", "receipt", "birth", "effective", "entry", "next", "meeting"];

/// Whether a field label (`Report date`, `Date of issue`) says when the page
/// itself was dated, not when something it tells of happens (`Closing date`).
fn names_the_pages_date(label: &str) -> bool {
    let words: Vec<String> = label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.iter().any(|w| DATE_WORDS.contains(&w.as_str()))
        && !words.iter().any(|w| EVENT_DATE_WORDS.contains(&w.as_str()))
}

/// Blocks at the top of a page where its dateline may stand.
const DATELINE_HEAD: usize = 12;
/// Blocks at the foot of a page where its dateline may stand.
const DATELINE_FOOT: usize = 6;

/// Most words of each segment of a page footer.
const FOOTER_SEGMENT_WORDS: usize = 6;

/// `IPSO/CHR/2025 | Page 2 of 2 | Published July 2025`: a line of short
/// segments between bars, a reference, a page count, one of which says
/// when the page was issued, to the month or the day, and ends on it.
fn footer_dateline(text: &str) -> Option<Date> {
    let segments: Vec<&str> = text.split(" | ").map(str::trim).collect();
    if segments.len() < 2
        || segments
            .iter()
            .any(|s| word_count(s) > FOOTER_SEGMENT_WORDS)
    {
        return None;
    }
    segments.iter().find_map(|segment| {
        let lower = segment.to_ascii_lowercase();
        let issued = ISSUED.iter().any(|w| lower.starts_with(w))
            || DATE_LABELS.iter().any(|l| segment.starts_with(l));
        let (date, range) = parse_date(segment)?;
        (issued && date.month.is_some() && segment[range.end..].trim_matches('.').is_empty())
            .then_some(date)
    })
}

/// `10:30`, `14:35:07`, `9.30am`, `10am`: a time of day beside a date.
fn is_clock_time(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    let bare = lower.trim_end_matches(['.', ',']);
    if let Some(hour) = bare.strip_suffix("am").or_else(|| bare.strip_suffix("pm")) {
        if (1..=2).contains(&hour.len()) && hour.bytes().all(|b| b.is_ascii_digit()) {
            return true;
        }
    }
    let core = word.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == ',' || c == ')');
    let parts: Vec<&str> = core.split([':', '.']).collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

/// `Published by the Aldermoor Copyright Bureau, 30 May 2025. Large-print
/// versions are available on request.`: a paragraph at the foot of a page
/// whose first sentence says who issued the page and ends on the day. The
/// date of the page; the paragraph stays as text.
pub fn foot_issued_date(blocks: &[Block]) -> Option<Date> {
    let foot = blocks.len().saturating_sub(DATELINE_FOOT);
    blocks[foot..].iter().rev().find_map(|block| {
        let text = block.text.as_str();
        let lower = text.to_ascii_lowercase();
        if !ISSUED.iter().any(|w| lower.starts_with(w)) {
            return None;
        }
        let (date, range) = parse_date(text)?;
        let rest = &text[range.end..];
        let ends_sentence = rest.starts_with(". ") || rest.trim_end() == ".";
        (ends_sentence && date.day.is_some() && word_count(&text[..range.end]) <= 14)
            .then_some(date)
    })
}

/// A date from the text: the first month and day mentioned, in the year the
/// text mentions most often (the later year on a tie).
pub fn infer_date(blocks: &[Block]) -> Option<Date> {
    let mut counts: std::collections::BTreeMap<u16, usize> = std::collections::BTreeMap::new();
    for block in blocks {
        for (year, _) in years(&block.text) {
            *counts.entry(year).or_default() += 1;
        }
    }
    let year = counts
        .iter()
        .max_by_key(|(year, n)| (**n, **year))
        .map(|(y, _)| *y)?;
    let month_day = blocks
        .iter()
        .find_map(|b| calendar_spans(&b.text).first().map(|(m, d, _)| (*m, *d)));
    Some(Date {
        year,
        month: month_day.map(|(m, _)| m),
        day: month_day.map(|(_, d)| d),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_names_lose_translation_notes() {
        assert_eq!(
            source_name("Translated from CNIPA Website Chinese Version"),
            "CNIPA Website"
        );
        assert_eq!(source_name(" China IP News. "), "China IP News");
    }

    #[test]
    fn a_field_dates_the_page_only_when_it_names_the_pages_date() {
        let iso = |t: &str| dateline(t, None).map(|d| d.iso());
        assert_eq!(
            iso("Report date: 14 January 2026").as_deref(),
            Some("2026-01-14")
        );
        assert_eq!(iso("End: 28/02/2030"), None);
        assert_eq!(iso("Closing date: 31 October 2025"), None);
        let order = day_order(["End: 28/02/2030"].into_iter());
        assert_eq!(
            dateline("Issued: 05/09/2025", order)
                .map(|d| d.iso())
                .as_deref(),
            Some("2025-09-05")
        );
    }

    #[test]
    fn a_range_in_the_head_is_a_period_and_an_issuing_sentence_at_the_foot_dates_the_page() {
        let block = |text: &str| Block {
            text: text.to_string(),
            line: 1,
            heading: false,
        };
        let mut blocks = vec![
            block("Licensing Unit"),
            block("Period covered: 1 July 2023 to 30 June 2024"),
        ];
        blocks.extend((0..8).map(|n| block(&format!("Paragraph {n} tells what was done."))));
        blocks.push(block(
            "Issued by the Licensing Unit on 14 August 2024. Copies are free.",
        ));
        assert_eq!(head_date(&blocks), None);
        let iso = foot_issued_date(&blocks).map(|d| d.iso());
        assert_eq!(iso.as_deref(), Some("2024-08-14"));
        blocks.push(block("Published in 2024. See 1 May 2024 for the rules."));
        assert_eq!(
            foot_issued_date(&blocks).map(|d| d.iso()).as_deref(),
            Some("2024-08-14")
        );
    }

    #[test]
    fn a_dated_line_amid_a_long_body_does_not_date_the_page() {
        let block = |text: &str| Block {
            text: text.to_string(),
            line: 1,
            heading: false,
        };
        let mut blocks: Vec<Block> = (0..30)
            .map(|n| {
                block(&format!(
                    "Paragraph {n} of the tender says what is bought and how."
                ))
            })
            .collect();
        blocks.insert(15, block("Date: 20/10/2025"));
        assert_eq!(take_datelines(&mut blocks), None);
        assert_eq!(blocks.len(), 31, "the body's dated line stays as text");
    }

    #[test]
    fn datelines_are_short_and_sentences_are_not() {
        let iso = |t: &str| dateline(t, None).map(|d| d.iso());
        assert_eq!(
            iso("Xinhua | January 16, 2024").as_deref(),
            Some("2024-01-16")
        );
        assert_eq!(iso("April 25, 2021").as_deref(), Some("2021-04-25"));
        assert_eq!(
            iso("The law took effect on June 1, 2021 across the country."),
            None
        );
        assert_eq!(iso("March 2024"), None);
        assert_eq!(
            iso("Issued by the Court's Research Office on 2025-03-11.").as_deref(),
            Some("2025-03-11")
        );
        assert_eq!(
            iso("Issued on 2025-03-11, the plan sets four targets.").as_deref(),
            None
        );
    }

    #[test]
    fn a_footer_segment_saying_when_the_page_was_issued_is_a_dateline() {
        let iso = |t: &str| dateline(t, None).map(|d| d.iso());
        assert_eq!(
            iso("SG/AR/2025 | Page 3 of 3 | Published July 2025").as_deref(),
            Some("2025-07")
        );
        assert_eq!(
            iso("Published 4 May 2024 | Seed Board").as_deref(),
            Some("2024-05-04")
        );
        assert_eq!(iso("Published March 2024").as_deref(), Some("2024-03"));
        assert_eq!(iso("Page 2 of 9 | Seeds grew 12% in July 2025"), None);
        assert_eq!(
            iso("Published July 2025 on the 40 seed farms | Page 2"),
            None
        );
    }

    #[test]
    fn wire_lead_dateline_is_cut_off() {
        let mut blocks = vec![Block {
            text: "BEIJING, Jan. 16, 2024 (Xinhua) -- Filings rose.".into(),
            line: 1,
            heading: false,
        }];
        assert_eq!(
            strip_lead_dateline(&mut blocks).map(|d| d.iso()).as_deref(),
            Some("2024-01-16")
        );
        assert_eq!(blocks[0].text, "Filings rose.");
        let mut plain = vec![Block {
            text: "Beijing, the capital -- and more.".into(),
            line: 1,
            heading: false,
        }];
        assert_eq!(strip_lead_dateline(&mut plain), None);
        assert_eq!(plain[0].text, "Beijing, the capital -- and more.");
    }
}
