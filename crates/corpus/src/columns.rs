//! Two columns of prose side by side in plain text (a scanned page's OCR,
//! `pdftotext -layout`, a newsletter typed for print) are read line by
//! line across both, so each sentence is interleaved with the other
//! column's:
//!
//! ```text
//! REGISTRATIONS IN 2024                COLLECTIVE MANAGEMENT
//! The Register recorded 18,904         The two collecting socie-
//! new registrations in 2024, up        ties collected 41.8 million
//! from 17,650 in 2023.                 scudi in 2024.
//! ```
//!
//! A block of lines (between blank lines) of which most hold one gap of
//! at least two spaces before the same character column, with words on
//! both sides, is two columns: the left one is read to its end, then the
//! right one. Each column's heading (a first line in capitals) stays a
//! line of its own, and a word hyphenated at a line's end (`socie-` /
//! `ties`) is joined again.
//!
//! Invariant: the line count never changes; a block is only rewritten when
//! it holds at least [`MIN_LINES`] lines and both columns read as prose.

use std::borrow::Cow;

use super::icalendar::lay_out;
use super::text::{join_line, lines_like};

/// The fewest lines of a block read as two columns.
pub const MIN_LINES: usize = 4;
/// The fewest spaces between two columns.
const MIN_GAP: usize = 2;
/// The fewest words a column's line holds on average: prose, not cells.
const MIN_WORDS_PER_LINE: f32 = 3.5;

/// The body with each block of two columns read one column after the
/// other, or as it is when it has none.
pub fn columns_read_in_turn(body: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = body.lines().collect();
    let mut out: Option<Vec<String>> = None;
    let mut start = 0;
    while start < lines.len() {
        let end = (start..lines.len())
            .find(|&i| lines[i].trim().is_empty())
            .unwrap_or(lines.len());
        if end - start >= MIN_LINES {
            if let Some(pieces) = two_columns(&lines[start..end]) {
                let out = out.get_or_insert_with(|| lines.iter().map(|l| l.to_string()).collect());
                for line in &mut out[start..end] {
                    line.clear();
                }
                lay_out(out, start, end - 1, &pieces);
            }
        }
        start = end + 1;
    }
    match out {
        Some(out) => Cow::Owned(lines_like(&out, body)),
        None => Cow::Borrowed(body),
    }
}

/// The pieces of a block's two columns in reading order (left heading,
/// left text, right heading, right text), when it is two columns.
fn two_columns(block: &[&str]) -> Option<Vec<String>> {
    let at = column_start(block)?;
    let (mut left, mut right) = (Vec::new(), Vec::new());
    for line in block {
        let chars: Vec<char> = line.chars().collect();
        let cut = at.min(chars.len());
        let (l, r): (String, String) =
            (chars[..cut].iter().collect(), chars[cut..].iter().collect());
        if !l.trim().is_empty() {
            left.push(l.trim().to_string());
        }
        if !r.trim().is_empty() {
            right.push(r.trim().to_string());
        }
    }
    let prose = |col: &[String]| {
        let words: usize = col.iter().map(|l| l.split_whitespace().count()).sum();
        col.len() >= 2 && words as f32 / col.len() as f32 >= MIN_WORDS_PER_LINE
    };
    if !(prose(&left) && prose(&right)) {
        return None;
    }
    Some([read_column(&left), read_column(&right)].concat())
}

/// The character column where the right column starts: the one most
/// lines have text at after a gap, when nearly all lines agree with it
/// (a gap there, or no text across it).
fn column_start(block: &[&str]) -> Option<usize> {
    let starts: Vec<Option<usize>> = block.iter().map(|l| gap_end(l)).collect();
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for s in starts.iter().flatten() {
        match counts.iter_mut().find(|(c, _)| c == s) {
            Some((_, n)) => *n += 1,
            None => counts.push((*s, 1)),
        }
    }
    let (at, n) = counts.into_iter().max_by_key(|&(c, n)| (n, c))?;
    // A line with no gap there may only end before it, or start after it.
    let fits = |line: &str| {
        let chars: Vec<char> = line.chars().collect();
        chars.len() <= at || chars[..at].iter().all(|c| *c == ' ') || {
            let before = &chars[..at];
            before.len() >= MIN_GAP && before[at - MIN_GAP..].iter().all(|c| *c == ' ')
        }
    };
    let agree = block.iter().filter(|l| fits(l)).count();
    (n * 4 >= block.len() * 3 && agree == block.len()).then_some(at)
}

/// Where the text after a line's one inner gap starts, in characters; none
/// for a line without such a gap or with several (a table's cells).
fn gap_end(line: &str) -> Option<usize> {
    let chars: Vec<char> = line.chars().collect();
    let text_start = chars.iter().position(|c| *c != ' ')?;
    let mut gaps = Vec::new();
    let mut i = text_start;
    while i < chars.len() {
        if chars[i] == ' ' {
            let run = chars[i..].iter().take_while(|c| **c == ' ').count();
            if run >= MIN_GAP && i + run < chars.len() {
                gaps.push(i + run);
            }
            i += run;
        } else {
            i += 1;
        }
    }
    match gaps.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// A column's lines as its heading (a first line without lower-case
/// letters) and its text, hyphenated words joined.
fn read_column(lines: &[String]) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut rest = lines;
    if let Some((first, after)) = lines.split_first() {
        let heading =
            first.chars().any(char::is_alphabetic) && !first.chars().any(char::is_lowercase);
        if heading && !after.is_empty() {
            pieces.push(first.clone());
            rest = after;
        }
    }
    let mut text = String::new();
    for line in rest {
        join_line(&mut text, line);
    }
    pieces.push(text);
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "Intro line above.

FILINGS                                 FEES
The office received 9,140 appli-        Fee income came to 3.2 mil-
cations in 2024, up from 8,700          lion marks in 2024, up from
in 2023, a rise of 5.1%.                2.9 million marks in 2023.
                                        Renewals brought in the rest.

After the columns.
";

    #[test]
    fn the_left_column_is_read_before_the_right() {
        let text = columns_read_in_turn(PAGE);
        let kept: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(
            kept,
            [
                "Intro line above.",
                "FILINGS",
                "The office received 9,140 applications in 2024, up from 8,700 in 2023, a rise of 5.1%.",
                "FEES",
                "Fee income came to 3.2 million marks in 2024, up from 2.9 million marks in 2023. Renewals brought in the rest.",
                "After the columns."
            ]
        );
        assert_eq!(text.split('\n').count(), PAGE.split('\n').count());
    }

    #[test]
    fn tables_and_single_columns_are_left_alone() {
        let table = "Year      Filings     Grants\n\
            2022      8,700       4,100\n\
            2023      9,140       4,380\n\
            2024      9,600       4,610\n";
        assert_eq!(columns_read_in_turn(table), table);
        let aligned =
            "Filings:      9,140\nGrants:       4,380\nRenewals:     2,010\nOppositions:  120\n";
        assert_eq!(columns_read_in_turn(aligned), aligned);
        let prose = "One line of prose\nand another of it\nand a third one here\nand a fourth.\n";
        assert_eq!(columns_read_in_turn(prose), prose);
    }

    #[test]
    fn ragged_input_never_panics() {
        for body in [
            "a  b\nc  d\ne  f\ng  h",
            "  \n   x   y  \n\u{c}",
            "é  ü\né  ü\né  ü\né  ü",
        ] {
            let text = columns_read_in_turn(body);
            assert_eq!(text.split('\n').count(), body.split('\n').count());
        }
    }
}
