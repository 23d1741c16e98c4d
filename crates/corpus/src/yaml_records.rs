//! YAML records: an open-data file in YAML (or any indented `key: value`
//! layout) gives each figure as a record of fields, a run of `key: value`
//! lines at one indentation opened by a `- key: value` list item or by a
//! `key:` line with no value (whose key, made words, labels a record that
//! has no label of its own):
//!
//! ```text
//! indicators:
//!   - label: Licences in force
//!     value: 6128
//!     unit: licences
//!     as_at: 2024-12-31
//! ```
//!
//! Each record is written as one table row on its first line (`Licences in
//! force — 31 December 2024: 6128.`, see [`super::record_rows`]) so
//! [`super::table_facts`] measures it; a record under a `targets:` or
//! `goals:` key is a goal, a top-level period (`reporting_year: 2024`)
//! dates the records that have none, and a top-level timestamp
//! (`last_updated: 2025-08-14`) becomes an `Updated:` line, as in
//! [`super::json_fields`].
//!
//! Invariant: the line count never changes (a record's other lines become
//! blank, but for its notes); only the lines of records and top-level
//! timestamps are rewritten, and only in a body holding at least
//! [`MIN_RECORDS`] records, so front matter, prose with colons (`Note: the
//! office said …`), Markdown and JSON stay as they are.

use super::data_keys::{key_words, spelled_date, STAMP_KEYS};
use super::record_rows::{record_row, spoken, Context, Field, RecordRow, HOLDER_KEYS, PERIOD_KEYS};
use super::text::lines_like;

/// The fewest records that make a body a record list.
const MIN_RECORDS: usize = 2;
/// The longest key read.
const MAX_KEY_CHARS: usize = 40;
/// Words of a key whose records are goals.
const GOAL_WORDS: &[&str] = &[
    "target",
    "targets",
    "goal",
    "goals",
    "objective",
    "objectives",
];

/// One `key: value` line of an indented text.
#[derive(Debug, Clone, Copy, PartialEq)]
struct KeyLine<'a> {
    /// The key's column (after a list item's `- `).
    column: usize,
    /// True for a line opening a list item (`- key: value`).
    item: bool,
    key: &'a str,
    /// The value, quotes and a trailing comment removed; empty for a key
    /// that opens a mapping or a list.
    value: &'a str,
}

/// A record found: the lines it covers and what they are written as.
struct Found {
    lines: std::ops::Range<usize>,
    row: RecordRow,
}

/// Rewrites the records of `body` line for line (see the module doc).
pub fn yaml_records_as_rows(body: &str) -> String {
    if !body.contains(": ") {
        return body.to_string();
    }
    let lines: Vec<&str> = body.lines().collect();
    let parsed: Vec<Option<KeyLine>> = lines.iter().map(|l| key_line(l)).collect();
    let file_date = (parsed.iter().flatten())
        .filter(|k| k.column == 0 && !k.value.is_empty())
        .find(|k| PERIOD_KEYS.contains(&spoken(k.key).as_str()))
        .map(|k| k.value);
    let found = records(&lines, &parsed, file_date);
    if found.len() < MIN_RECORDS {
        return body.to_string();
    }
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    for (line, key) in parsed.iter().enumerate() {
        let stamp = key.filter(|k| k.column == 0 && !k.item);
        let stamp = stamp.filter(|k| STAMP_KEYS.contains(&spoken(k.key).as_str()));
        if let Some(date) = stamp.and_then(|k| spelled_date(k.value)) {
            // The full stop keeps the line from running on into the
            // top-level lines after it.
            out[line] = format!("Updated: {date}.");
        }
    }
    for record in found {
        for line in record.lines.clone() {
            out[line].clear();
        }
        out[record.lines.start] = record.row.row;
        for (line, note) in record.row.notes {
            out[line] = note;
        }
    }
    lines_like(&out, body)
}

/// Reads one line as `key: value`, `- key: value` or `key:`.
fn key_line(line: &str) -> Option<KeyLine<'_>> {
    let text = line.trim_start_matches(' ');
    let (item, text) = match text.strip_prefix("- ") {
        Some(rest) => (true, rest.trim_start_matches(' ')),
        None => (false, text),
    };
    let column = line.len() - text.len();
    let (key, rest) = text.split_once(':')?;
    let key_ok = key.len() <= MAX_KEY_CHARS
        && key.starts_with(|c: char| c.is_ascii_alphabetic())
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'));
    if !key_ok || !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    Some(KeyLine {
        column,
        item,
        key,
        value: scalar(rest.trim()),
    })
}

/// A value without its quotes (`"2024"`) or trailing comment (`6128 #
/// provisional`).
fn scalar(value: &str) -> &str {
    for quote in ['"', '\''] {
        if let Some(inner) = value
            .strip_prefix(quote)
            .and_then(|v| v.strip_suffix(quote))
        {
            return inner;
        }
    }
    match value.find(" #") {
        Some(at) => value[..at].trim_end(),
        None => value,
    }
}

/// True for a value that opens a block of text on the lines below
/// (`note: >`), which a line reader cannot take as the value.
fn opens_block(value: &str) -> bool {
    matches!(value, "|" | ">" | "|-" | ">-" | "|+" | ">+")
}

/// The records of a body, in order.
fn records<'a>(
    lines: &[&'a str],
    parsed: &[Option<KeyLine<'a>>],
    file_date: Option<&'a str>,
) -> Vec<Found> {
    let mut found = Vec::new();
    // The keys that open the mappings and lists the line is inside, by
    // their column, outermost first.
    let mut open: Vec<(usize, Vec<String>)> = Vec::new();
    let mut idx = 0;
    while idx < lines.len() {
        let Some(key) = parsed[idx] else {
            // A line of prose at the margin ends every mapping; a `#`
            // comment ends none.
            if lines[idx].starts_with(|c: char| !c.is_whitespace() && c != '#') {
                open.clear();
            }
            idx += 1;
            continue;
        };
        let margin = key.column - if key.item { 2 } else { 0 };
        // A list may stand at its key's own column (`targets:` over `- id:`).
        open.retain(|(column, _)| *column < margin || key.item && *column == margin);
        let start = if key.item {
            Some(idx)
        } else if key.value.is_empty() {
            first_child(lines, parsed, idx, key.column)
        } else {
            None
        };
        let filed_under = match (key.item, key.value.is_empty()) {
            (false, true) => Some(key_words(key.key)),
            _ => open.last().map(|(_, words)| words.clone()),
        };
        let candidate = start.and_then(|start| {
            let fields = fields_from(parsed, start);
            let context = context_of(&open, filed_under, file_date, key);
            let row = record_row(&fields, &context)?;
            let end = fields.last().map_or(start, |f| f.line) + 1;
            Some(Found {
                lines: idx..end,
                row,
            })
        });
        if key.value.is_empty() && !key.item {
            open.push((key.column, key_words(key.key)));
        }
        match candidate {
            Some(record) => {
                idx = record.lines.end;
                if !key.item {
                    open.pop();
                }
                found.push(record);
            }
            None => idx += 1,
        }
    }
    found
}

/// What the keys around a record say of it.
fn context_of<'a>(
    open: &[(usize, Vec<String>)],
    filed_under: Option<Vec<String>>,
    file_date: Option<&'a str>,
    key: KeyLine,
) -> Context<'a> {
    let goal_words = |words: &Vec<String>| words.iter().any(|w| GOAL_WORDS.contains(&w.as_str()));
    let opener = (!key.item).then(|| key_words(key.key));
    Context {
        filed_under: filed_under
            .map(|words| words.join(" "))
            .filter(|words| !HOLDER_KEYS.contains(&words.as_str())),
        goal: open
            .iter()
            .map(|(_, w)| w)
            .chain(opener.iter())
            .any(goal_words),
        file_date,
        unit: None,
    }
}

/// The line of the first field under a `key:` line at `column`, when the
/// lines under it are a record's fields (not a list or mapping of its own).
fn first_child(
    lines: &[&str],
    parsed: &[Option<KeyLine>],
    idx: usize,
    column: usize,
) -> Option<usize> {
    let next = (idx + 1..parsed.len()).find(|&at| !is_blank_or_comment(lines[at]))?;
    let child = parsed[next]?;
    (child.column > column && !child.item && !child.value.is_empty()).then_some(next)
}

/// The fields of the record whose first field is on line `start`: the
/// `key: value` lines at its column until a line that is not one (a blank
/// line, a nested mapping, the next item).
fn fields_from<'a>(parsed: &[Option<KeyLine<'a>>], start: usize) -> Vec<Field<'a>> {
    let Some(first) = parsed[start] else {
        return Vec::new();
    };
    let mut fields = Vec::new();
    for (line, key) in parsed.iter().enumerate().skip(start) {
        let Some(key) = key else {
            break;
        };
        let same = key.column == first.column && (line == start || !key.item);
        if !same || key.value.is_empty() || opens_block(key.value) {
            break;
        }
        fields.push(Field {
            line,
            key: key.key,
            value: key.value,
        });
    }
    fields
}

/// True for a line with nothing a record reads: blank, or a `#` comment.
fn is_blank_or_comment(line: &str) -> bool {
    let text = line.trim();
    text.is_empty() || text.starts_with('#')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(body: &str, expect: expect_test::Expect) {
        let rewritten = yaml_records_as_rows(body);
        assert_eq!(rewritten.lines().count(), body.lines().count());
        expect.assert_eq(&rewritten);
    }

    #[test]
    fn a_list_of_records_becomes_one_row_each_with_its_notes() {
        check(
            "publisher: Tarn Copyright Agency
updated_at: 2025-04-01
indicators:
  - id: A-1
    label: Licensing income
    value: 12.5
    unit: EUR million
    period: 2024
    previous_value: 11.9
    previous_period: 2023
    change_pct: 5.0
    note: Gross; before costs.
  - id: A-2
    label: Licences issued
    value: 940
    unit: licences
    as_at: 2024-12-31
targets:
  - label: Income paid out within a year
    target_value: 90
    unit: percent
    by: 2026-12-31
    baseline_value: 72
    baseline_period: 2024
",
            expect_test::expect![[r#"
                publisher: Tarn Copyright Agency
                Updated: 1 April 2025.
                indicators:
                Licensing income (EUR million) — 2024: 12.5; 2023: 11.9; 2024 (change): 5.0%.







                Note: Gross, before costs.
                Licences issued — 31 December 2024: 940.




                targets:
                Income paid out within a year (%) — 31 December 2026 (target): 90; 2024: 72.





            "#]],
        );
    }

    #[test]
    fn a_mapping_per_indicator_is_labelled_by_its_key_and_goals_by_their_list() {
        check(
            "reporting_year: 2024
figures:
  trade_mark_filings:
    amount: 5100
  hearings_held:
    amount: 310
    as_of: 2024-06-30
goals:
- metric: Hearings held
  value: 400
  target_year: 2026
",
            expect_test::expect![[r#"
                reporting_year: 2024
                figures:
                Trade mark filings — 2024: 5100.

                Hearings held — 30 June 2024: 310.


                goals:
                Hearings held — 2026 (target): 400.


            "#]],
        );
    }

    #[test]
    fn prose_markdown_json_and_single_records_stay() {
        for body in [
            "Note: the office said it filed 2,310 applications.\nStaff: 58 examiners.",
            "Agenda:\n  - Backlog: 3,900 files\n  - Total: 14 items on the list",
            "{\n  \"value\": 5,\n  \"label\": \"x\"\n}\n{\n  \"value\": 6\n}",
            "- label: Filings\n  value: 5100\n\nThat is all: 1 record.",
            "items:\n  - label: Filings\n    value: 5100\n    rank: 3\n  - label: Grants\n    value: 900\n    rank: 4",
        ] {
            assert_eq!(yaml_records_as_rows(body), body);
        }
    }
}
