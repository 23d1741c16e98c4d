//! Records in a saved JSON reply: an object whose members are one figure's
//! fields, each on a line of its own as a pretty-printer lays them out,
//!
//! ```text
//! {
//!   "label": "Patent applications filed",
//!   "value": 22418,
//!   "previous": 21037,
//!   "change_pct": 6.6
//! }
//! ```
//!
//! is read as a YAML record is ([`super::record_rows`]) and written as one
//! row, `Patent applications filed — 22418; previous year: 21037; change:
//! 6.6%.`, instead of a row per member. A member that is a one-line object
//! gives its fields under its key (`"previous": {"as_at": "2024-09-30",
//! "value": 37112}` → `previous_as_at`, `previous_value`). What the reply
//! says around the record comes in its [`Context`]: see
//! [`super::json_fields`], which finds the objects and writes the rows.
//!
//! Invariant: an object is a record only when all its members are on lines
//! of their own and [`record_row`] takes them (a label, a figure under a
//! value key, no figure under a key it cannot read), so every other object
//! is left to the line reader, and no figure is dropped unread.

use super::json_lines::{inline_pairs, json_line, leading_string, JsonLine};
use super::record_rows::{record_row, Context, Field, RecordRow};

/// The record whose object opens on line `start` of `lines` (a `{` line, or
/// `"key": {`): the line that closes it and its row, or `None` when the
/// object is no record (see the module doc).
pub(crate) fn record_at(
    lines: &[&str],
    start: usize,
    context: &Context,
) -> Option<(usize, RecordRow)> {
    let mut members: Vec<(usize, String, &str)> = Vec::new();
    let mut end = None;
    for (idx, line) in lines.iter().enumerate().skip(start + 1) {
        match json_line(line)? {
            JsonLine::Brace if line.trim().trim_end_matches(',') == "}" => {
                end = Some(idx);
                break;
            }
            JsonLine::Pair(key, value) if !line.trim_end().ends_with(['{', '[']) => {
                if let Some(pairs) = inline_pairs(value) {
                    members.extend(pairs.iter().map(|(k, v)| (idx, format!("{key}_{k}"), *v)));
                } else if value.starts_with('[') {
                    // A list of values inside a record is a figure that no
                    // field of a record holds.
                    return None;
                } else {
                    members.push((idx, key.to_string(), value));
                }
            }
            _ => return None,
        }
    }
    let fields: Vec<Field> = members
        .iter()
        .filter_map(|(line, key, value)| {
            let value = match leading_string(value) {
                Some((text, _)) => text,
                None if matches!(*value, "null" | "true" | "false") => return None,
                None => value,
            };
            Some(Field {
                line: *line,
                key,
                value,
            })
        })
        .collect();
    let row = record_row(&fields, context)?;
    Some((end?, row))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(json: &str, context: &Context) -> Option<String> {
        let lines: Vec<&str> = json.lines().collect();
        record_at(&lines, 0, context).map(|(end, r)| {
            assert_eq!(end, lines.len() - 1);
            r.row
        })
    }

    #[test]
    fn an_object_of_a_figures_fields_is_one_row() {
        let json = "{\n  \"label\": \"Patents granted\",\n  \"value\": 9812,\n  \"previous\": 9455,\n  \"change_pct\": 3.8,\n  \"unit\": \"patents\"\n}";
        let context = Context {
            file_date: Some("2024"),
            ..Context::default()
        };
        assert_eq!(
            row(json, &context).as_deref(),
            Some("Patents granted — 2024: 9812; previous year: 9455; 2024 (change): 3.8%.")
        );
    }

    #[test]
    fn a_one_line_member_gives_its_fields_under_its_key() {
        let json = "{\n  \"label\": \"Applications awaiting examination\",\n  \"as_at\": \"2025-09-30\",\n  \"value\": 34905,\n  \"previous\": {\"as_at\": \"2024-09-30\", \"value\": 37112},\n  \"active\": true\n}";
        assert_eq!(
            row(json, &Context::default()).as_deref(),
            Some("Applications awaiting examination — 30 September 2025: 34905; 30 September 2024: 37112.")
        );
    }

    #[test]
    fn an_observation_takes_its_series_label_and_unit_from_the_context() {
        let json = "{\n  \"period\": \"2022\",\n  \"value\": 20442\n}";
        let context = Context {
            filed_under: Some("Patent filings".into()),
            unit: Some("applications"),
            ..Context::default()
        };
        assert_eq!(
            row(json, &context).as_deref(),
            Some("Patent filings (applications) — 2022: 20442.")
        );
        assert_eq!(row(json, &Context::default()), None);
    }

    #[test]
    fn nested_objects_lists_and_unread_figures_make_no_record() {
        for json in [
            "{\n  \"label\": \"Filings\",\n  \"value\": 5,\n  \"rank\": 2\n}",
            "{\n  \"label\": \"Filings\",\n  \"value\": 5,\n  \"years\": [2023, 2024]\n}",
            "{\n  \"label\": \"Filings\",\n  \"by_region\": {\n    \"north\": 5\n  }\n}",
            "{\n  \"label\": \"Filings\",\n  \"value\": 5",
        ] {
            assert_eq!(row(json, &Context::default()), None, "{json}");
        }
    }
}
