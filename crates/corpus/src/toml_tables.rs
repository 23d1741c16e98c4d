//! TOML tables: a dashboard's or a data package's config file in TOML gives
//! its figures as tables of `key = value` lines, one `[[tile]]` (or
//! `[indicator]`) table per figure, or as inline tables under one key each
//! (`[targets]` over `backlog = { value = 1_300, by = 2026-12-31 }`):
//!
//! ```text
//! [[tile]]
//! title = "Detention cases"
//! value = 3_126
//! unit = "cases"
//! period = "2025-01..2025-09"
//! compare = { value = 2_874, period = "2024-01..2024-09" }
//! ```
//!
//! Each table or inline table with a figure under a value key is written as
//! one table row on its first line, as [`super::record_rows`] writes a
//! record (`Detention cases — January to September 2025: 3126; January to
//! September 2024: 2874.`), so [`super::table_facts`] measures it:
//! - numbers lose their `_` separators; a `compare` (or `previous`,
//!   `baseline`) inline table is the earlier figure; `change_pp` is a change
//!   in points ([`super::record_rows`] reads it);
//! - an inline table filed under a key that names another table's `id`
//!   takes that table's title (`days_to_disposal = { value = 15 … }` under
//!   `[targets]` labels the goal as the tile it is the goal of);
//! - a table named `targets` or `goals` holds goals;
//! - a top-level `last_updated` (or `generated`) timestamp becomes an
//!   `Updated:` line, a top-level `title` (or `name`) the headline, other top-level
//!   text (but addresses and links) a `Key: text.` line; a `[reporting_period]` table's `label` (or
//!   its `start` and `end`) dates the tables that give no period;
//! - a multi-line string (`text = """ … """`) is kept as the prose it is,
//!   and a `heading` in its table becomes a heading.
//!
//! Every other line (comments, settings such as `refresh_interval_minutes
//! = 60`, ids, arrays) becomes blank, so no figure of the machinery is read.
//!
//! Invariant: the line count never changes; only a body whose lines are
//! TOML (table headers, `key = value` lines, comments and multi-line
//! strings, at least [`MIN_SHARE_PERCENT`] per cent of them, under two or
//! more headers) holding at least [`MIN_RECORDS`] records is rewritten, so
//! prose with an `=` sign or a `[note]` stays as it is.

use super::data_keys::{capitalised, key_words, spelled_date, STAMP_KEYS};
use super::record_rows::{record_row, spoken, Context, Field, PERIOD_KEYS};
use super::text::lines_like;

/// The fewest records that make a body a TOML file of figures.
const MIN_RECORDS: usize = 2;
/// The least share of a body's non-blank lines that are TOML.
const MIN_SHARE_PERCENT: usize = 90;
/// The longest key read.
const MAX_KEY_CHARS: usize = 40;
/// Words of a table's name whose records are goals.
const GOAL_WORDS: &[&str] = &["target", "targets", "goal", "goals", "objectives"];
/// Keys of an inline table that is the record's earlier figure.
const EARLIER_KEYS: &[&str] = &["compare", "comparison", "previous", "prior", "baseline"];
/// Keys of a table's heading, kept as a heading.
const HEADING_KEYS: &[&str] = &["heading", "title", "headline"];

/// One line of a TOML file, as a line reader tells it.
#[derive(Debug, Clone, PartialEq)]
enum TomlLine<'a> {
    /// Blank, or a `#` comment.
    Blank,
    /// `[name]` or `[[name]]`: the name as written, and whether it is an
    /// array of tables.
    Header(&'a str, bool),
    /// `key = value`, the value as written (a trailing comment dropped).
    Key { key: &'a str, value: &'a str },
    /// Inside a multi-line string: the text, or `None` on the line that
    /// closes it (its text before the quotes, when any, kept).
    Text(&'a str),
    /// Inside a multi-line array or a value the reader does not follow.
    Other,
}

/// Rewrites the tables of a TOML body line for line (see the module doc).
pub fn toml_tables_as_rows(body: &str) -> String {
    if !body.contains(" = ") || !body.contains('[') {
        return body.to_string();
    }
    let lines: Vec<&str> = body.lines().collect();
    let parsed = parse(&lines);
    if !is_toml(&parsed) {
        return body.to_string();
    }
    let tables = tables(&parsed);
    let file_date = file_period(&tables);
    let titles: Vec<(String, String)> = (tables.iter())
        .filter_map(|t| {
            let id = t
                .value_of("id")
                .map(unquoted)
                .or(t.id.map(str::to_string))?;
            let title = ["title", "label", "name"]
                .iter()
                .find_map(|k| t.value_of(k))?;
            Some((id, unquoted(title)))
        })
        .collect();
    let mut out: Vec<String> = vec![String::new(); lines.len()];
    let mut records = 0;
    for table in &tables {
        let goal = (table.parent.iter()).any(|w| GOAL_WORDS.contains(&w.as_str()));
        let context = |filed_under: Option<String>| Context {
            filed_under,
            goal,
            file_date: file_date.as_deref(),
            unit: None,
        };
        let own = owned_fields(&table.keys);
        let own_fields = fields_of(&own);
        let holder = table.last.join(" ");
        if let Some(row) = record_row(
            &own_fields,
            &context(Some(holder).filter(|h| !h.is_empty())),
        ) {
            out[own.first().map_or(table.line, |f| f.line)] = row.row;
            for (line, note) in row.notes {
                out[line] = note;
            }
            records += 1;
            continue;
        }
        for key in &table.keys {
            let Some(inner) = inline_fields(key.line, key.value) else {
                continue;
            };
            let label = (titles.iter())
                .find(|(id, _)| id == key.key)
                .map_or_else(|| spoken(key.key), |(_, title)| title.clone());
            if let Some(row) = record_row(&fields_of(&inner), &context(Some(label))) {
                out[key.line] = row.row;
                records += 1;
            }
        }
        if table.name.is_empty() || !own.iter().any(|f| f.key == "value") {
            write_text_keys(table, &mut out);
        }
    }
    for (idx, line) in parsed.iter().enumerate() {
        if let TomlLine::Text(text) = line {
            out[idx] = text.to_string();
        }
    }
    if records < MIN_RECORDS {
        return body.to_string();
    }
    lines_like(&out, body)
}

/// A table: the words of the table it is in (none for the top level),
/// its own key (none for an array's tables, `[[tile]]`), its header's
/// line and its `key = value` lines.
struct Table<'a> {
    /// The words of the whole name (`metrics licences signed`), empty at
    /// the top level.
    name: Vec<String>,
    /// The words of the table it is in, or of its own name when it is in
    /// none (`metrics`; `targets`).
    parent: Vec<String>,
    /// The words of its last part (`licences signed`).
    last: Vec<String>,
    id: Option<&'a str>,
    line: usize,
    keys: Vec<KeyAt<'a>>,
}

/// A `key = value` line and where it stands.
#[derive(Clone, Copy)]
struct KeyAt<'a> {
    line: usize,
    key: &'a str,
    value: &'a str,
}

impl Table<'_> {
    fn value_of(&self, key: &str) -> Option<&str> {
        self.keys.iter().find(|k| k.key == key).map(|k| k.value)
    }
}

/// A field read from a line, with its value cleaned (owned, as numbers
/// lose their `_` and inline tables are flattened).
struct OwnedField {
    line: usize,
    key: String,
    value: String,
}

/// The lines of a body, read one by one.
fn parse<'a>(lines: &[&'a str]) -> Vec<TomlLine<'a>> {
    let mut parsed = Vec::with_capacity(lines.len());
    let mut open: Option<&str> = None;
    let mut array_depth = 0usize;
    for line in lines {
        let text = line.trim();
        if let Some(quotes) = open {
            match text.find(quotes) {
                Some(at) => {
                    open = None;
                    parsed.push(TomlLine::Text(text[..at].trim()));
                }
                None => parsed.push(TomlLine::Text(text)),
            }
            continue;
        }
        if array_depth > 0 {
            array_depth =
                (array_depth + text.matches('[').count()).saturating_sub(text.matches(']').count());
            parsed.push(TomlLine::Other);
            continue;
        }
        if text.is_empty() || text.starts_with('#') {
            parsed.push(TomlLine::Blank);
            continue;
        }
        if let Some((name, array)) = header(text) {
            parsed.push(TomlLine::Header(name, array));
            continue;
        }
        let Some((key, value)) = key_value(text) else {
            parsed.push(TomlLine::Other);
            continue;
        };
        for quotes in ["\"\"\"", "'''"] {
            if let Some(rest) = value.strip_prefix(quotes) {
                if !rest.contains(quotes) {
                    open = Some(quotes);
                }
            }
        }
        if value.starts_with('[') {
            array_depth = value
                .matches('[')
                .count()
                .saturating_sub(value.matches(']').count());
        }
        parsed.push(TomlLine::Key { key, value });
    }
    parsed
}

/// `[name]` or `[[name]]` as the name and whether it is an array of
/// tables; `None` for other lines.
fn header(text: &str) -> Option<(&str, bool)> {
    let text = match text.find(" #") {
        Some(at) => text[..at].trim_end(),
        None => text,
    };
    let inner = text.strip_prefix('[')?.strip_suffix(']')?;
    let array = (inner.strip_prefix('[').and_then(|i| i.strip_suffix(']'))).map(str::trim);
    let name = array.unwrap_or(inner).trim();
    let ok = !name.is_empty()
        && name.len() <= MAX_KEY_CHARS * 2
        && (name.chars()).all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
    ok.then_some((name, array.is_some()))
}

/// `key = value` as its key and its value without a trailing comment.
fn key_value(text: &str) -> Option<(&str, &str)> {
    let (key, value) = text.split_once('=')?;
    let key = key.trim();
    let key_ok = !key.is_empty()
        && key.len() <= MAX_KEY_CHARS
        && (key.chars()).all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'));
    let value = value.trim();
    if !key_ok || value.is_empty() {
        return None;
    }
    let value = match value.starts_with(['"', '\'']) {
        true => value,
        false => value.find(" #").map_or(value, |at| value[..at].trim_end()),
    };
    Some((key, value))
}

/// True for a body of TOML: two or more headers and nearly every line read.
fn is_toml(parsed: &[TomlLine]) -> bool {
    let headers = (parsed.iter())
        .filter(|l| matches!(l, TomlLine::Header(..)))
        .count();
    let filled = (parsed.iter())
        .filter(|l| !matches!(l, TomlLine::Blank))
        .count();
    let other = (parsed.iter())
        .filter(|l| matches!(l, TomlLine::Other))
        .count();
    headers >= 2 && filled > 0 && (filled - other) * 100 >= filled * MIN_SHARE_PERCENT
}

/// The tables of a parsed body, the top level first.
fn tables<'a>(parsed: &[TomlLine<'a>]) -> Vec<Table<'a>> {
    let mut tables = vec![Table {
        name: Vec::new(),
        parent: Vec::new(),
        last: Vec::new(),
        id: None,
        line: 0,
        keys: Vec::new(),
    }];
    for (line, parsed) in parsed.iter().enumerate() {
        match parsed {
            TomlLine::Header(name, array) => {
                // `[metrics.backlog]`: a table filed under its key in a
                // table of many, as `backlog = { … }` would be.
                let (parent, key) = name.rsplit_once('.').unwrap_or((name, name));
                tables.push(Table {
                    name: key_words(&name.replace('.', " ")),
                    parent: key_words(&parent.replace('.', " ")),
                    last: key_words(key),
                    id: (!array).then_some(key),
                    line,
                    keys: Vec::new(),
                })
            }
            TomlLine::Key { key, value } => {
                if let Some(table) = tables.last_mut() {
                    table.keys.push(KeyAt { line, key, value });
                }
            }
            _ => {}
        }
    }
    tables
}

/// The period a `[reporting_period]` table names: its `label`, else its
/// `start` and `end` spelled.
fn file_period(tables: &[Table]) -> Option<String> {
    let table = (tables.iter()).find(|t| PERIOD_KEYS.contains(&t.name.join(" ").as_str()))?;
    if let Some(label) = table.value_of("label") {
        return Some(unquoted(label));
    }
    let start = spelled_date(&unquoted(table.value_of("start")?))?;
    let end = spelled_date(&unquoted(table.value_of("end")?))?;
    Some(format!("{start} to {end}"))
}

/// A table's own scalar fields, with an earlier figure's inline table
/// flattened (`compare = { value = 2 }` → `previous_value = 2`).
fn owned_fields(keys: &[KeyAt]) -> Vec<OwnedField> {
    let mut fields = Vec::new();
    for key in keys {
        if key.value.starts_with('{') {
            if EARLIER_KEYS.contains(&key.key) {
                for inner in inline_fields(key.line, key.value).unwrap_or_default() {
                    fields.push(OwnedField {
                        key: format!("previous_{}", inner.key),
                        ..inner
                    });
                }
            }
            continue;
        }
        if key.value.starts_with('[') || key.value.starts_with("\"\"\"") {
            continue;
        }
        fields.push(OwnedField {
            line: key.line,
            key: key.key.to_string(),
            value: scalar(key.value),
        });
    }
    fields
}

/// The fields of an inline table (`{ value = 15, unit = "days" }`), each
/// on `line`; `None` for a value that is no inline table.
fn inline_fields(line: usize, value: &str) -> Option<Vec<OwnedField>> {
    let inner = value.strip_prefix('{')?.strip_suffix('}')?;
    let mut fields = Vec::new();
    for part in split_outside_quotes(inner) {
        let (key, value) = key_value(part.trim())?;
        fields.push(OwnedField {
            line,
            key: key.to_string(),
            value: scalar(value),
        });
    }
    Some(fields)
}

/// `a = 1, b = "x, y"` split at the commas outside quotes.
fn split_outside_quotes(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut quote: Option<char> = None;
    let mut start = 0;
    for (at, c) in text.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (None, '"' | '\'') => quote = Some(c),
            (None, ',') => {
                parts.push(&text[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts.retain(|p| !p.trim().is_empty());
    parts
}

/// Fields borrowing from their owned values, for the record reader.
fn fields_of(owned: &[OwnedField]) -> Vec<Field<'_>> {
    (owned.iter())
        .map(|f| Field {
            line: f.line,
            key: &f.key,
            value: &f.value,
        })
        .collect()
}

/// A TOML scalar as the record reader reads it: quotes dropped, `1_482_900`
/// → `1482900`, a date-time cut to its date.
fn scalar(value: &str) -> String {
    let unquoted = unquoted(value);
    if unquoted.len() != value.len() {
        return unquoted;
    }
    let digits = value.trim_start_matches(['-', '+']);
    if digits.starts_with(|c: char| c.is_ascii_digit()) && !value.contains(['-', ':']) {
        return value.replace('_', "");
    }
    match spelled_date(value) {
        Some(_) if value.len() > 10 => value[..10].to_string(),
        _ => value.to_string(),
    }
}

/// A string value without its quotes (as written when it has none).
fn unquoted(value: &str) -> String {
    for quote in ["\"", "'"] {
        if let Some(inner) = (value.strip_prefix(quote)).and_then(|v| v.strip_suffix(quote)) {
            return inner.to_string();
        }
    }
    value.to_string()
}

/// The text keys of a table that holds no record: a stamp as `Updated:`,
/// the top level's title as the headline, a heading as a heading, other
/// text of several words as `Key: text.`.
fn write_text_keys(table: &Table, out: &mut [String]) {
    for key in &table.keys {
        let words = spoken(key.key);
        if STAMP_KEYS.contains(&words.as_str()) {
            if let Some(date) = spelled_date(&unquoted(key.value)) {
                out[key.line] = format!("Updated: {date}.");
            }
            continue;
        }
        if !key.value.starts_with(['"', '\'']) || key.value.starts_with("\"\"\"") {
            continue;
        }
        let text = unquoted(key.value);
        // Contacts and links are no text of the document.
        if text.contains(['@', '/']) {
            continue;
        }
        let top_name = table.name.is_empty() && words == "name";
        if HEADING_KEYS.contains(&words.as_str()) || top_name {
            out[key.line] = format!("# {text}");
        } else if text.contains(' ') && table.name.is_empty() {
            let text = text.trim_end_matches('.');
            out[key.line] = format!("{}: {text}.", capitalised(&words));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(body: &str, expect: expect_test::Expect) {
        let rewritten = toml_tables_as_rows(body);
        assert_eq!(rewritten.lines().count(), body.lines().count());
        expect.assert_eq(&rewritten);
    }

    #[test]
    fn tables_of_figures_become_rows_and_goals_take_their_tables_title() {
        check(
            r#"# registry.toml -- licensing board
title = "Licensing board"
owner = "Statistics desk of the registry"
generated = 2026-02-03T08:00:00Z
refresh_minutes = 15

[period]
label = "2025"

[[indicator]]
id = "licences"
title = "Licences granted"
value = 4_210
unit = "licences"
previous = { value = 3_980, year = 2024 }

[[indicator]]
id = "median_wait"
title = "Median wait for a licence"
value = 41
unit = "days"
as_of = 2025-12-31
change_pp = -2.5
notes = """
Counted from the complete application.
"""

[goals]
median_wait = { value = 30, unit = "days", by = 2027-06-30 }

[colours]
warn_pct = 10
"#,
            expect_test::expect![[r#"

                # Licensing board
                Owner: Statistics desk of the registry.
                Updated: 3 February 2026.






                Licences granted — 2025: 4210; 2024: 3980.






                Median wait for a licence (days) — 31 December 2025: 41; 31 December 2025 (change): -2.5 points.






                Counted from the complete application.



                Median wait for a licence (days) — 30 June 2027 (target): 30.



            "#]],
        );
    }

    #[test]
    fn malformed_toml_keeps_its_line_count() {
        let tile = "[[tile]]\ntitle = \"Filings\"\nvalue = 5\n";
        for tail in [
            "text = \"\"\"\nnever closed",
            "[[",
            "value = {",
            "é = \"ü\"\n[targets]\nx = { value = , by = }",
            "a = [1,\n[2, 3]\n",
            "value = 1_2_\nunit = \"\"",
            "[[tile]]\ntitle = \"Grants\"\nvalue = 7\nas_at = 2025-13-45",
        ] {
            let body = format!("{tile}\n{tile}\n{tail}");
            let lines = |text: &str| text.split('\n').count();
            assert_eq!(lines(&toml_tables_as_rows(&body)), lines(&body));
        }
    }

    #[test]
    fn prose_ini_files_and_lone_tables_stay() {
        for body in [
            "We set x = 4 and y = 5 in [the model].\nThen [it] ran.",
            "[server]\nport = 8080\nhost = \"a\"\n\n[client]\nretries = 3",
            "[[tile]]\ntitle = \"Filings\"\nvalue = 5\n\n[other]\nname = \"x\"",
            "[a]\n= 5\n[b]\nvalue = {\n",
        ] {
            assert_eq!(toml_tables_as_rows(body), body);
        }
    }
}
