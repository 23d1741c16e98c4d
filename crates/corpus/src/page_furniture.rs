//! Page furniture of printed text saved as plain text (a scan's OCR, a
//! `pdftotext` run, a report typed for print): the pages are cut by form
//! feeds, and each opens or closes with lines that belong to the page, not
//! the text:
//!
//! ```text
//! to rise above 75 per
//!
//!                        - 3 -
//! ^L
//! [scan: Bulletin_2025-2.pdf  p.4/4]
//! COPYRIGHT BULLETIN 2/2025                  16 June 2025
//! cent. The Strategy's budget is …
//! ```
//!
//! A line among the first or last two of a page whose first words (digits
//! aside) open such a line on another page is a running head or foot; a
//! page number (`- 3 -`, `Page 3 of 4`, `3`) at either end goes too, so a
//! sentence cut by the break joins again. A contents line (`Outlook
//! ........ 3`), whose dot leader points at a page, goes in any text: it
//! names a section, it states no figure.
//!
//! Invariant: the line count never changes; lines are only blanked.

use std::borrow::Cow;

use super::text::lines_like;

/// How many non-empty lines at each end of a page may be furniture.
const EDGE_LINES: usize = 2;
/// How many first words of a line say it is the same running head.
const HEAD_WORDS: usize = 3;

/// The body without its running heads and feet, page numbers and
/// contents lines, or as it is when it has none.
pub fn without_page_furniture(body: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = body.lines().collect();
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let mut changed = false;
    let pages = pages(&lines);
    for i in contents_lines(&lines, pages.len()) {
        out[i].clear();
        changed = true;
    }
    if pages.len() >= 2 {
        let edges: Vec<Vec<usize>> = pages.iter().map(|p| edge_lines(&lines, p)).collect();
        for (n, edge) in edges.iter().enumerate() {
            for &i in edge {
                let key = head_key(lines[i]);
                // A sentence's first words may open another page's
                // sentence too; a head states nothing, so it has no stop.
                let same = |j: usize| match lines[i].trim_end().ends_with('.') {
                    true => shape(lines[j]) == shape(lines[i]),
                    false => head_key(lines[j]) == key,
                };
                let repeated = (edges.iter().enumerate())
                    .any(|(m, other)| m != n && other.iter().any(|&j| same(j)));
                if repeated || is_page_number(lines[i]) {
                    out[i].clear();
                    changed = true;
                }
            }
        }
        for line in &mut out {
            if line.contains('\u{c}') {
                *line = line.replace('\u{c}', "");
                changed = true;
            }
        }
    }
    if changed {
        Cow::Owned(lines_like(&out, body))
    } else {
        Cow::Borrowed(body)
    }
}

/// The line ranges of the pages, cut where a line holds a form feed (the
/// feed's line opens the next page).
fn pages(lines: &[&str]) -> Vec<std::ops::Range<usize>> {
    let mut pages = Vec::new();
    let mut start = 0;
    for (i, line) in lines.iter().enumerate() {
        if line.contains('\u{c}') && i > start {
            pages.push(start..i);
            start = i;
        }
    }
    if !pages.is_empty() {
        pages.push(start..lines.len());
    }
    pages
}

/// The first and last few non-empty lines of a page.
fn edge_lines(lines: &[&str], page: &std::ops::Range<usize>) -> Vec<usize> {
    let filled: Vec<usize> = page.clone().filter(|&i| !is_blank(lines[i])).collect();
    let head = filled.iter().take(EDGE_LINES);
    let tail = filled.iter().rev().take(EDGE_LINES);
    let mut edge: Vec<usize> = head.chain(tail).copied().collect();
    edge.sort_unstable();
    edge.dedup();
    edge
}

fn is_blank(line: &str) -> bool {
    line.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}')
        .is_empty()
}

/// The first words of a line with its digits blanked: a running head's
/// page, issue and date change from page to page, its words do not.
fn head_key(line: &str) -> String {
    let line = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}');
    // `p.2/3]` and `p.1/3` of a banner that goes on on the first page.
    let words: Vec<&str> = (line.split_whitespace())
        .take(HEAD_WORDS)
        .map(|w| w.trim_end_matches([']', ')', '}', ',', ';']))
        .collect();
    shape(&words.join(" "))
}

/// The line with its digits blanked and its spaces squashed.
fn shape(line: &str) -> String {
    (line.split_whitespace())
        .map(|w| w.replace(|c: char| c.is_ascii_digit(), "0"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `- 3 -`, `3`, `Page 3`, `Page 3 of 4`, `3/4`, `p. 3`: a page number alone.
fn is_page_number(line: &str) -> bool {
    let lower = line
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{c}')
        .to_ascii_lowercase();
    let bare = lower.trim_matches(['-', '–', '—', ' ']).trim();
    let bare = ["page ", "p. ", "p."]
        .iter()
        .find_map(|p| bare.strip_prefix(p))
        .unwrap_or(bare);
    let number = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    number(bare)
        || bare
            .split_once(" of ")
            .or_else(|| bare.split_once('/'))
            .is_some_and(|(a, b)| number(a.trim()) && number(b.trim()))
}

/// The lines of contents lists: runs of at least [`MIN_CONTENTS`] dotted
/// lines (blank lines between them aside) whose numbers are whole and
/// never fall, as pages do, under a heading that names contents or within
/// the text's `page_count` pages. `Posts funded ...... 132` above `Posts
/// vacant ...... 9` is a list of values, not of pages; so is a rising list
/// of values with no contents heading in a text without pages.
fn contents_lines(lines: &[&str], page_count: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut run: Vec<(usize, u32)> = Vec::new();
    let mut close = |run: &mut Vec<(usize, u32)>| {
        let rising = run.windows(2).all(|w| w[0].1 <= w[1].1);
        let within_pages = (run.iter()).all(|(_, p)| (*p as usize) <= page_count);
        let headed = run.first().is_some_and(|(first, _)| {
            (lines[first.saturating_sub(3)..*first].iter()).any(|l| names_contents(l))
        });
        if run.len() >= MIN_CONTENTS && rising && (headed || within_pages) {
            out.extend(run.iter().map(|(i, _)| *i));
        }
        run.clear();
    };
    for (i, line) in lines.iter().enumerate() {
        match dotted_page(line) {
            Some(page) => run.push((i, page)),
            None if line.trim().is_empty() => {}
            None => close(&mut run),
        }
    }
    close(&mut run);
    out
}

/// `Contents`, `Table of contents`, `In this issue`: a contents heading.
fn names_contents(line: &str) -> bool {
    let lower = line.trim().trim_end_matches(':').to_lowercase();
    [
        "contents",
        "table of contents",
        "in this issue",
        "in this report",
        "inside",
    ]
    .contains(&lower.as_str())
}

/// The fewest lines of a contents list.
const MIN_CONTENTS: usize = 3;

/// `Registrations in 2024 ............ 2`: a title and a dot leader to a
/// whole number, the page of a contents line.
fn dotted_page(line: &str) -> Option<u32> {
    let trimmed = line.trim_end();
    let number_start = trimmed.len() - trimmed.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let number_start = trimmed.len() - number_start;
    let (before, page) = trimmed.split_at(number_start);
    let leader = before.trim_end();
    let title = leader.trim_end_matches(['.', ' ', '·', '…']);
    let dots = leader[title.len()..].matches(['.', '·']).count()
        + 3 * leader[title.len()..].matches('…').count();
    let dotted = !page.is_empty() && page.len() <= 4 && dots >= 4 && title.trim().len() >= 2;
    dotted.then(|| page.parse().ok())?
}

#[cfg(test)]
mod tests {
    use super::*;

    const PRINTED: &str = "ANNUAL FIGURES 2024\n\
        \n\
        Contents\n\
        Filings ............. 2\n\
        Outlook . . . . . . . 3\n\
        Notes ............... 3\n\
        \n\
        Filings rose to 4,210 in\n\
        \n\
        Page 1 of 3\n\
        \u{c}REGISTRY NEWS 7/2025          3 May 2025\n\
        2024, and the office aims\n\
        \n\
        Page 2 of 3\n\
        \u{c}REGISTRY NEWS 7/2025          3 May 2025\n\
        for 5,000 by 2027.\n\
        \n\
        Page 3 of 3\n";

    #[test]
    fn running_heads_page_numbers_and_contents_lines_go() {
        let text = without_page_furniture(PRINTED);
        let kept: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(
            kept,
            [
                "ANNUAL FIGURES 2024",
                "Contents",
                "Filings rose to 4,210 in",
                "2024, and the office aims",
                "for 5,000 by 2027."
            ]
        );
        assert_eq!(text.split('\n').count(), PRINTED.split('\n').count());
    }

    #[test]
    fn a_head_repeated_on_other_pages_goes_with_its_changing_numbers() {
        let body = "[scan: b.pdf p.1/3 300 dpi]\nOne.\n\u{c}[scan: b.pdf p.2/3]\nBULLETIN 2/2025   16 June\nTwo.\n\u{c}[scan: b.pdf p.3/3]\nBULLETIN 2/2025   16 June\nThree.\n";
        let text = without_page_furniture(body);
        let kept: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(kept, ["One.", "Two.", "Three."]);
    }

    #[test]
    fn text_without_pages_keeps_its_lines_and_numbers() {
        let body = "Filings: 4,210.\n\n2\n\nGrants ... rose.\nThe ratio was 3.5 ... 4\n\
            Posts funded ........ 132\nPosts vacant ........ 9\nTrainees ............ 12\n\
            Patents ........ 12\nDesigns ........ 45\nMarks ........ 78\n\
            Fees ........ 14.2\nCosts ......... 21.7\nOther ......... 30.1\n";
        assert_eq!(without_page_furniture(body), body);
        assert!(is_page_number(" - 12 - "));
        assert!(is_page_number("Page 3 of 14"));
        assert!(!is_page_number("2024 was a record"));
        assert!(!is_page_number(""));
    }

    #[test]
    fn odd_pages_never_panic() {
        for body in [
            "\u{c}",
            "\u{c}\u{c}\n\u{c}",
            "a\n\u{c}\n....... 1\n\u{c}é ..... 9999",
            "概况",
            "况 .... 况7",
        ] {
            let text = without_page_furniture(body);
            assert_eq!(text.split('\n').count(), body.split('\n').count());
        }
    }
}
