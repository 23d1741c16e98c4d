//! iCalendar (RFC 5545): a calendar export (`.ics`) of an organisation's
//! reporting dates and milestones holds its figures in the free text of
//! its events, folded and escaped:
//!
//! ```text
//! BEGIN:VEVENT
//! DTSTART;VALUE=DATE:20250415
//! SUMMARY:Q1 2025 royalty statement
//! DESCRIPTION:Royalties collected in Q1 2025: 34.8 million eu
//!  ros\, 9.1% more than in Q1 2024.\nLicensees at 31 March 2025: 1\,203.
//! END:VEVENT
//! ```
//!
//! A line that opens with a space or tab continues the one above it, cut
//! anywhere (even mid-word), so lines are unfolded first; `\,`, `\;` and
//! `\\` are unescaped and `\n` ends a line of the text, as a sentence. Each event, to-do
//! or journal entry becomes a section: a heading of its summary, dated by
//! the day it starts (`# 2025-04-15 · Q1 2025 royalty statement`), and
//! the lines of its description and comments as paragraphs under it. The
//! calendar's name (`X-WR-CALNAME`, `NAME`) is the headline, its
//! description a paragraph, and the newest `DTSTAMP` (when the export was
//! made) a `Date:` line under the headline. Everything else is machinery
//! and goes: identifiers, stamps, time zones, recurrence rules, alarms,
//! attendees, categories and statuses.
//!
//! Invariant: the line count never changes, and a body is only rewritten
//! when its first line is `BEGIN:VCALENDAR`. A component's text is laid
//! out on the lines the component spans; what does not fit is joined to
//! its last line.

use std::borrow::Cow;

use super::text::{ends_terminal, lines_like};

/// Components whose text is kept, each a section.
const ENTRIES: &[&str] = &["VEVENT", "VTODO", "VJOURNAL"];
/// Properties whose text is kept, in a component or the calendar.
const TEXT_PROPERTIES: &[&str] = &["DESCRIPTION", "COMMENT", "X-WR-CALDESC"];
/// Properties that name the calendar.
const NAME_PROPERTIES: &[&str] = &["X-WR-CALNAME", "NAME"];

/// The body with its calendar's text read as dated sections, or as it is
/// when it is no calendar.
pub fn icalendar_as_text(body: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = body.lines().collect();
    let first = lines.iter().position(|l| !l.trim().is_empty());
    if !first.is_some_and(|i| lines[i].trim().eq_ignore_ascii_case("BEGIN:VCALENDAR")) {
        return Cow::Borrowed(body);
    }
    let properties = unfold(&lines);
    let mut out: Vec<String> = vec![String::new(); lines.len()];
    let mut stack: Vec<String> = Vec::new();
    let mut entry: Option<Entry> = None;
    let mut headline: Option<usize> = None;
    let mut stamp: Option<String> = None;
    for property in &properties {
        let Some((name, _, value)) = split_property(&property.text) else {
            continue;
        };
        let component = stack.last().cloned();
        match name.as_str() {
            "BEGIN" => {
                let kind = value.trim().to_ascii_uppercase();
                if ENTRIES.contains(&kind.as_str()) && entry.is_none() {
                    entry = Some(Entry::new(&kind, property.line));
                }
                stack.push(kind);
            }
            "END" => {
                let kind = value.trim().to_ascii_uppercase();
                if let Some(at) = stack.iter().rposition(|c| *c == kind) {
                    stack.truncate(at);
                }
                if entry.as_ref().is_some_and(|e| e.kind == kind) {
                    entry.take().unwrap().write(&mut out, property.end);
                }
            }
            "DTSTAMP" => {
                let day = day_of(&value);
                if day > stamp {
                    stamp = day;
                }
            }
            _ => {}
        }
        let in_entry = entry
            .as_ref()
            .is_some_and(|e| component.as_ref() == Some(&e.kind));
        if let (true, Some(entry)) = (in_entry, entry.as_mut()) {
            match name.as_str() {
                "SUMMARY" => entry.summary = Some(unescape(&value).join(" ")),
                "DTSTART" => entry.day = day_of(&value),
                _ if TEXT_PROPERTIES.contains(&name.as_str()) => {
                    entry.text.push((property.line, sentences(&value)));
                }
                _ => {}
            }
        } else if component.as_deref() == Some("VCALENDAR") {
            if NAME_PROPERTIES.contains(&name.as_str()) && headline.is_none() {
                out[property.line] = format!("# {}", unescape(&value).join(" "));
                headline = Some(property.line);
            } else if TEXT_PROPERTIES.contains(&name.as_str()) {
                lay_out(&mut out, property.line, property.end, &sentences(&value));
            }
        }
    }
    if let (Some(day), Some(at)) = (stamp, headline) {
        if let Some(free) = (at + 1..out.len()).find(|&i| out[i].is_empty()) {
            out[free] = format!("Date: {day}");
        }
    }
    Cow::Owned(lines_like(&out, body))
}

/// One logical property: its unfolded text, its first line and its last.
struct Property {
    text: String,
    line: usize,
    end: usize,
}

/// The body's properties with folded lines joined: a line that opens with
/// a space or a tab continues the one above, without that first character.
fn unfold(lines: &[&str]) -> Vec<Property> {
    let mut out: Vec<Property> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        match (line.strip_prefix([' ', '\t']), out.last_mut()) {
            (Some(rest), Some(last)) => {
                last.text.push_str(rest);
                last.end = i;
            }
            _ if line.trim().is_empty() => {}
            _ => out.push(Property {
                text: line.to_string(),
                line: i,
                end: i,
            }),
        }
    }
    out
}

/// `DTSTART;VALUE=DATE:20250131` → (`DTSTART`, `VALUE=DATE`, `20250131`):
/// the name upper-cased, the parameters, and the value after the first
/// colon outside a quoted parameter.
fn split_property(text: &str) -> Option<(String, &str, String)> {
    let mut quoted = false;
    let colon = text.char_indices().find_map(|(i, c)| {
        if c == '"' {
            quoted = !quoted;
        }
        (c == ':' && !quoted).then_some(i)
    })?;
    let (head, value) = (&text[..colon], &text[colon + 1..]);
    let (name, params) = head.split_once(';').unwrap_or((head, ""));
    let named = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    named.then(|| (name.to_ascii_uppercase(), params, value.to_string()))
}

/// A text value's lines: `\n` (or `\N`) breaks a line, `\,`, `\;` and
/// `\\` stand for themselves. Blank lines are dropped.
fn unescape(value: &str) -> Vec<String> {
    let mut lines = vec![String::new()];
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match (c, c == '\\') {
            (_, true) => match chars.next() {
                Some('n' | 'N') => lines.push(String::new()),
                Some(other) => lines.last_mut().unwrap().push(other),
                None => {}
            },
            (c, false) => lines.last_mut().unwrap().push(c),
        }
    }
    lines
        .into_iter()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// A text value's lines as sentences: a line break ends one, so a line
/// that does not end like a sentence (`Dial-in: +41 44 555 01 92`) gets a
/// full stop and is never read as a heading.
fn sentences(value: &str) -> Vec<String> {
    as_sentences(unescape(value))
}

/// Lines of text as sentences: one that does not end like a sentence ends
/// in a full stop (a trailing comma becomes one).
pub(crate) fn as_sentences(mut lines: Vec<String>) -> Vec<String> {
    for line in &mut lines {
        if !ends_terminal(line) {
            let end = line.trim_end_matches([',', ' ']).len();
            line.truncate(end);
            line.push('.');
        }
    }
    lines
}

/// `20250131`, `20250312T140000` or `20251120T081500Z` → `2025-01-31`.
fn day_of(value: &str) -> Option<String> {
    let digits = value.trim().get(..8)?;
    let (y, m, d) = (digits.get(..4)?, digits.get(4..6)?, digits.get(6..8)?);
    let number = |t: &str| {
        t.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| t.parse::<u16>().ok())?
    };
    let (month, day) = (number(m)?, number(d)?);
    number(y)?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then(|| format!("{y}-{m}-{d}"))
}

/// An event, to-do or journal entry being read.
struct Entry {
    kind: String,
    /// The `BEGIN:` line, where its heading goes.
    line: usize,
    summary: Option<String>,
    day: Option<String>,
    /// Each text property's first line and its lines of text.
    text: Vec<(usize, Vec<String>)>,
}

impl Entry {
    fn new(kind: &str, line: usize) -> Entry {
        Entry {
            kind: kind.to_string(),
            line,
            summary: None,
            day: None,
            text: Vec::new(),
        }
    }

    /// Writes the heading and the text on the lines up to `end`, the
    /// entry's `END:` line.
    fn write(self, out: &mut [String], end: usize) {
        out[self.line] = match (self.day, self.summary) {
            (Some(day), Some(summary)) => format!("# {day} · {summary}"),
            (None, Some(summary)) => format!("# {summary}"),
            (Some(day), None) => format!("# {day}"),
            (None, None) => String::new(),
        };
        let mut from = self.line + 1;
        for (line, text) in self.text {
            from = lay_out(out, line.max(from), end, &text) + 1;
        }
    }
}

/// Writes `text`'s lines from line `from` on, with a blank line between
/// them while lines up to `end` are left, then on adjacent lines, and what
/// is left joined to the last. Returns the last line written.
pub(crate) fn lay_out(out: &mut [String], from: usize, end: usize, text: &[String]) -> usize {
    let end = end.min(out.len().saturating_sub(1));
    let mut at = from.min(end);
    for (n, piece) in text.iter().enumerate() {
        let left = text.len() - n;
        if n > 0 {
            if at + 2 * left <= end {
                at += 2;
            } else if at < end {
                at += 1;
            }
        }
        if out[at].is_empty() {
            out[at] = piece.clone();
        } else {
            out[at].push(' ');
            out[at].push_str(piece);
        }
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    fn check(body: &str, expect: expect_test::Expect) {
        let text = icalendar_as_text(body);
        assert_eq!(text.split('\n').count(), body.split('\n').count());
        expect.assert_eq(&text);
    }

    #[test]
    fn events_become_sections_dated_by_their_start() {
        check(
            "BEGIN:VCALENDAR\nPRODID:-//Registry//Cal 1.0//EN\nX-WR-CALNAME:Design registry dates\nX-WR-TIMEZONE:Europe/Rome\nBEGIN:VEVENT\nUID:a1@example\nDTSTAMP:20240302T080000Z\nDTSTART;VALUE=DATE:20240301\nSUMMARY:February figures\\, designs\nDESCRIPTION:Designs lodged in February 2024: 8\\,80\n 4.\\nExaminers at 29 February 2024: 31.\nCATEGORIES:STATS\nSTATUS:CONFIRMED\nEND:VEVENT\nBEGIN:VTODO\nDTSTAMP:20240301T090000Z\nDUE;VALUE=DATE:20251231\nSUMMARY:Goal\nDESCRIPTION:Reach 10\\,000 designs a month by 2025.\nEND:VTODO\nEND:VCALENDAR\n",
            expect![[r#"


                # Design registry dates
                Date: 2024-03-02
                # 2024-03-01 · February figures, designs




                Designs lodged in February 2024: 8,804.

                Examiners at 29 February 2024: 31.


                # Goal



                Reach 10,000 designs a month by 2025.


            "#]],
        );
    }

    #[test]
    fn alarms_time_zones_and_machinery_go() {
        check(
            "BEGIN:VCALENDAR\nBEGIN:VTIMEZONE\nTZID:X\nBEGIN:STANDARD\nDTSTART:19701025T030000\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nDTSTART;TZID=X:20250107T100000\nRRULE:FREQ=MONTHLY;BYDAY=1TU\nSUMMARY:Call\nLOCATION:Room 4.12\nATTENDEE;CN=\"Reps: all\":mailto:a@example\nBEGIN:VALARM\nDESCRIPTION:Reminder\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR",
            expect![[r#"







                # 2025-01-07 · Call









            "#]],
        );
    }

    #[test]
    fn text_that_does_not_fit_joins_the_last_line() {
        let mut out = vec![String::new(); 3];
        let last = lay_out(&mut out, 1, 2, &["A.".into(), "B.".into(), "C.".into()]);
        assert_eq!(
            (last, out),
            (2, vec!["".into(), "A.".into(), "B. C.".into()])
        );
    }

    #[test]
    fn other_text_and_malformed_calendars_are_kept_or_survive() {
        let prose = "BEGIN:VCALENDAR is how a calendar file opens.\nIt is text.";
        assert_eq!(icalendar_as_text(prose), prose);
        for body in [
            "BEGIN:VCALENDAR",
            "BEGIN:VCALENDAR\n \n\tDESCRIPTION\nEND:VEVENT\nEND:VEVENT",
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:2025\nSUMMARY:\\\nDESCRIPTION:\\n\\n\\,\n",
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nBEGIN:VEVENT\nDESCRIPTION:ü\\nö\\nä\\né\nEND:VEVENT",
        ] {
            let text = icalendar_as_text(body);
            assert_eq!(
                text.split('\n').count(),
                body.split('\n').count(),
                "{body:?}"
            );
        }
    }
}
