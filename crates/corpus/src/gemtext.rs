//! Gemtext: a Gemini capsule's page (a gemlog entry) is line-oriented
//! markup, each line's first characters saying what it is:
//!
//! ```text
//! # Notes from the registry
//! => gemini://registry.example/ Capsule home
//! ## 2024-03-05 · Designs in February
//! * Designs lodged: 880
//! > "We want 1,000 a month by 2025."
//! ```
//!
//! A link line (`=> URL label`) is navigation, no text, and goes; a `*`
//! item becomes a `- ` item, a `>` quote its text, and a preformatted
//! block's ```` ``` ```` toggles (with their alt text) go while the lines
//! between stay as they are. Headings stay. A gemlog names an entry's day
//! at the start of its heading (`## 2024-03-05 · Title`): the newest such
//! day becomes a `Date:` line, written on the blank line before the first
//! dated heading (or after it), and when only one heading is dated the
//! day leaves it, so the heading is the entry's title alone.
//!
//! Invariant: the line count never changes, and a body is only rewritten
//! when at least [`MIN_LINKS`] of its lines are link lines.

use std::borrow::Cow;

use super::data_keys::iso_day;
use super::text::lines_like;

/// Link lines that make a body gemtext.
const MIN_LINKS: usize = 2;
/// Marks between a heading's day and its title.
const DAY_MARKS: &[char] = &['·', '-', '—', '–', ':', '|', '•'];

/// The body with its gemtext markup read as plain text, or as it is when
/// it is no gemtext.
pub fn gemtext_as_text(body: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = body.lines().collect();
    if lines.iter().filter(|l| is_link(l)).count() < MIN_LINKS {
        return Cow::Borrowed(body);
    }
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut preformatted = false;
    for line in &lines {
        if line.starts_with("```") {
            preformatted = !preformatted;
            out.push(String::new());
        } else if preformatted {
            out.push(line.to_string());
        } else if is_link(line) {
            out.push(String::new());
        } else if let Some(item) = line.strip_prefix("* ") {
            out.push(format!("- {}", item.trim()));
        } else if let Some(quote) = line.strip_prefix('>') {
            out.push(quote.trim().to_string());
        } else {
            out.push(line.to_string());
        }
    }
    date_entries(&lines, &mut out);
    Cow::Owned(lines_like(&out, body))
}

/// `=> gemini://… label`, or a lone `=>`.
fn is_link(line: &str) -> bool {
    line.strip_prefix("=>")
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(char::is_whitespace))
}

/// Writes the newest heading day as a `Date:` line, and takes the day off
/// a heading that is the only dated one.
fn date_entries(lines: &[&str], out: &mut [String]) {
    let dated: Vec<(usize, &str, &str)> = (0..lines.len())
        .filter(|&i| lines[i].starts_with('#') && !out[i].is_empty())
        .filter_map(|i| {
            let (day, title) = heading_day(lines[i])?;
            Some((i, day, title))
        })
        .collect();
    let Some(newest) = dated.iter().map(|(_, day, _)| *day).max() else {
        return;
    };
    let first = dated[0].0;
    if let [(at, _, title)] = dated[..] {
        let marks = lines[at].len() - lines[at].trim_start_matches('#').len();
        out[at] = format!("{} {title}", "#".repeat(marks));
    }
    let blank_before = (first.checked_sub(1)).filter(|&i| out[i].trim().is_empty());
    let blank_after = Some(first + 1).filter(|&i| out.get(i).is_some_and(|l| l.trim().is_empty()));
    if let Some(i) = blank_before.or(blank_after) {
        out[i] = format!("Date: {newest}");
    }
}

/// `## 2024-03-05 · Designs in February` → (`2024-03-05`, `Designs in February`).
fn heading_day(line: &str) -> Option<(&str, &str)> {
    let text = line.trim_start_matches('#').trim();
    let day = text.get(..10)?;
    let real = iso_day(day).is_some();
    let title = text[10..].trim_start().trim_start_matches(DAY_MARKS).trim();
    (real && !title.is_empty() && text[10..].starts_with(char::is_whitespace))
        .then_some((day, title))
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    fn check(body: &str, expect: expect_test::Expect) {
        expect.assert_eq(&gemtext_as_text(body));
    }

    #[test]
    fn links_go_items_and_quotes_stay_and_one_dated_heading_dates_the_page() {
        check(
            "# Notes from the registry\n\
             => gemini://registry.example/ Capsule home\n\
             => /gemlog/ All entries\n\
             \n\
             ## 2024-03-05 — Designs in February\n\
             * Designs lodged: 880\n\
             > \"We want 1,000 a month by 2025.\"\n\
             ```table of months\n\
             Month      Lodged\n\
             ```\n",
            expect![[r#"
                # Notes from the registry


                Date: 2024-03-05
                ## Designs in February
                - Designs lodged: 880
                "We want 1,000 a month by 2025."

                Month      Lodged

            "#]],
        );
    }

    #[test]
    fn several_dated_entries_keep_their_days_and_the_newest_dates_the_page() {
        check(
            "=> a\n## 2024-02-01 Older\ntext\n\n## 2024-03-05 Newer\n=> b\n",
            expect![[r#"
                Date: 2024-03-05
                ## 2024-02-01 Older
                text

                ## 2024-03-05 Newer

            "#]],
        );
    }

    #[test]
    fn prose_and_malformed_lines_are_kept() {
        let prose = "A note => on arrows.\n=> one link\n";
        assert_eq!(gemtext_as_text(prose), prose);
        for body in ["", "=>", "=>\n=>", "=>x\n=>y", "```\n=>\n=>\n", "## 2024-0"] {
            let _ = gemtext_as_text(body);
        }
        assert_eq!(
            gemtext_as_text("=>\n=>\n## 2024-13-09 é\n"),
            "\n\n## 2024-13-09 é\n"
        );
        assert_eq!(heading_day("## 2024-03-05"), None);
        assert_eq!(heading_day("## ü2024-03-05 x"), None);
    }
}
