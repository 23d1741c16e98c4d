//! Debian-style changelogs: a package's changelog (a data package's release
//! notes) is a list of entries, newest first, each a header line, items,
//! and a trailer that alone says when it was made:
//!
//! ```text
//! regstats (2024.3.1-1) stable; urgency=low
//!
//!   * Monthly release: February 2024 figures added.
//!     - 880 design applications were filed in February 2024.
//!       Closes: #812
//!
//!  -- Ana Ruiz <ana@example.org>  Tue, 05 Mar 2024 10:12:00 +0100
//! ```
//!
//! The first header becomes the headline (`# regstats changelog`) and the
//! blank line under it a `Date:` line of the newest trailer's day; every
//! later header a heading of its entry's day (`# 2024-02-03 · regstats 2024.2.1-1`),
//! so each entry is a section dated by its trailer. Items become `- `
//! items with their indented continuation lines joined to them, bug
//! closers (`Closes: #812`) go, and trailers become blank.
//!
//! Invariant: the line count never changes, and a body is only rewritten
//! when it opens with a header line and holds a trailer line with a date.

use std::borrow::Cow;

use super::dates::month_number;
use super::text::lines_like;

/// The body with its changelog entries read as dated sections, or as it is
/// when it is no changelog.
pub fn changelog_as_text(body: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = body.lines().collect();
    let first = lines.iter().position(|l| !l.trim().is_empty());
    if first.and_then(|i| header(lines[i])).is_none() {
        return Cow::Borrowed(body);
    }
    let days: Vec<Option<String>> = lines.iter().map(|l| trailer_day(l)).collect();
    let Some(newest) = days.iter().flatten().max().cloned() else {
        return Cow::Borrowed(body);
    };
    let mut out: Vec<String> = vec![String::new(); lines.len()];
    // The line of the item that indented lines continue.
    let mut item: Option<usize> = None;
    for (i, line) in lines.iter().enumerate() {
        let text = without_closers(line.trim());
        if days[i].is_some() || text.is_empty() {
            item = None;
            continue;
        }
        if let Some((name, version)) = header(line) {
            item = None;
            // The version keeps a heading of a day from being read as the
            // page's dateline.
            out[i] = if Some(i) == first {
                format!("# {name} changelog")
            } else {
                let day = (days[i..].iter())
                    .flatten()
                    .next()
                    .cloned()
                    .unwrap_or_default();
                format!("# {day} · {name} {version}")
            };
            continue;
        }
        match text.strip_prefix("* ").or_else(|| text.strip_prefix("- ")) {
            Some(rest) => {
                out[i] = format!("- {rest}");
                item = Some(i);
            }
            None => match item {
                Some(at) => {
                    out[at].push(' ');
                    out[at].push_str(&text);
                }
                None => out[i] = text,
            },
        }
    }
    // `Date:` on the blank line under the first header, when there is one.
    if let Some(under) = first
        .map(|f| f + 1)
        .filter(|&u| u < out.len() && out[u].is_empty())
    {
        out[under] = format!("Date: {newest}");
    }
    Cow::Owned(lines_like(&out, body))
}

/// `regstats (2024.3.1-1) stable; urgency=low` → (`regstats`, `2024.3.1-1`).
fn header(line: &str) -> Option<(&str, &str)> {
    if line.starts_with(char::is_whitespace) {
        return None;
    }
    let (name, rest) = line.split_once(" (")?;
    let (version, rest) = rest.split_once(") ")?;
    let named = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || "-+.".contains(c));
    (named && rest.contains("urgency=")).then_some((name, version))
}

/// ` -- Ana Ruiz <ana@example.org>  Tue, 05 Mar 2024 10:12:00 +0100` → `2024-03-05`.
fn trailer_day(line: &str) -> Option<String> {
    let rest = line.strip_prefix(" -- ")?;
    let (_, date) = rest.split_once(">  ")?;
    let words: Vec<&str> = date.split_whitespace().collect();
    let at = words.iter().position(|w| month_number(w).is_some())?;
    let day: u8 = words.get(at.checked_sub(1)?)?.parse().ok()?;
    let month = month_number(words[at])?;
    let year: u16 = words.get(at + 1)?.parse().ok()?;
    ((1..=31).contains(&day) && year >= 1000).then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// The line without Debian bug closers (`Closes: #812, #815`).
fn without_closers(text: &str) -> String {
    let Some(at) = text.find("Closes: #") else {
        return text.to_string();
    };
    let after = &text[at + "Closes: ".len()..];
    let len = after
        .find(|c: char| !(c.is_ascii_digit() || "#, ".contains(c)))
        .unwrap_or(after.len());
    format!("{} {}", text[..at].trim_end(), after[len..].trim_start())
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    fn check(body: &str, expect: expect_test::Expect) {
        expect.assert_eq(&changelog_as_text(body));
    }

    #[test]
    fn entries_become_sections_dated_by_their_trailers() {
        check(
            "regstats (2024.3.1-1) stable; urgency=low\n\
             \n\
             \x20 * Monthly release: February 2024 figures added.\n\
             \x20   - 880 design applications were filed in February 2024,\n\
             \x20     against 812 a year before. Closes: #812\n\
             \n\
             \x20-- Ana Ruiz <ana@example.org>  Tue, 05 Mar 2024 10:12:00 +0100\n\
             \n\
             regstats (2024.2.1-1) stable; urgency=low\n\
             \n\
             \x20 * Fix the encoding.\n\
             \x20   Closes: #790\n\
             \n\
             \x20-- Ana Ruiz <ana@example.org>  Sat, 03 Feb 2024 09:00:00 +0100\n",
            expect![[r#"
                # regstats changelog
                Date: 2024-03-05
                - Monthly release: February 2024 figures added.
                - 880 design applications were filed in February 2024, against 812 a year before.




                # 2024-02-03 · regstats 2024.2.1-1

                - Fix the encoding.



            "#]],
        );
    }

    #[test]
    fn other_text_and_malformed_trailers_are_kept() {
        let prose = "Notes (draft) for the board; urgency=high\nNo trailer here.\n";
        assert_eq!(changelog_as_text(prose), prose);
        for body in [
            "",
            " -- ",
            "x (1) y; urgency=low\n -- A <a>  Tue, 99 Nov",
            "x (1) y; urgency=low\n -- é>  ü Nov 2025",
        ] {
            assert_eq!(changelog_as_text(body), body);
        }
        assert_eq!(
            trailer_day(" -- A <a>  Tue, 04 Nov 2025 16:42:10 +0100").as_deref(),
            Some("2025-11-04")
        );
        assert_eq!(without_closers("Fix. Closes: #1, #2"), "Fix.");
        assert_eq!(without_closers("Closes: #"), "");
    }
}
