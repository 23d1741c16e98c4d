//! JSON records: an open-data endpoint's reply saved into a document (a
//! pretty-printed object under a `curl` line, a pasted API response) gives
//! its figures as `"key": value` lines whose snake_case or camelCase keys
//! say what is counted, nested under objects that say of what
//! (`"caseload": { "newly_filed": 2457 }`). Each such line is written as a
//! table row of its key made words (`Caseload newly filed — 2457.`), so
//! [`super::table_facts`] measures it:
//! - a unit suffix goes in brackets (`settlement_rate_pct` → `settlement
//!   rate (%)`), and so does an inline record's `"unit"` (`{"value": 138,
//!   "unit": "days"}`);
//! - a key that names a change (`newly_filed_change_pct`) reads `up 11.9%`
//!   or `down …`;
//! - a key that names a target and the year, or year and month, it is due
//!   by (`target_average_trial_days_by_2026_12`) reads `December 2026
//!   (target): 120`;
//! - an object keyed `by_type` or `by_region` names its members first
//!   (`"newly_filed_by_type": {"patent": 904}` → `Patent newly filed`);
//! - a `period` record of `from` and `to` dates, and an `as_at` or `as_of`
//!   date, become lead-ins (`January to June 2025:`, `As at 30 June
//!   2025:`) that date the rows after them; a `generated_at`, `updated` or
//!   `published` timestamp becomes an `Updated:` line;
//! - a string is written as `Key: text.`, and a list of strings (`notes`)
//!   as its sentences.
//!
//! Invariant: the line count never changes (brackets and braces become
//! blank lines); only lines inside a JSON object that opens on a line of
//! its own (`{`, `"key": {`) are rewritten, and only in a body holding at
//! least [`MIN_NUMBER_LINES`] numeric `"key": value` lines, so prose that
//! quotes a word and a colon stays as it is.

use super::data_keys::{capitalised, is_number, key_words, spelled_date, AS_AT_KEYS, STAMP_KEYS};
use super::delimited::column_name;
use super::qualify::TIME_NOUNS;
use super::tables::{CELL_SEP, LABEL_SEP, ROW_MARK};
use super::text::lines_like;

/// The fewest numeric `"key": value` lines that make a body a JSON record.
const MIN_NUMBER_LINES: usize = 3;
/// The most words of a key, made words.
const MAX_KEY_WORDS: usize = 12;
/// Keys of a record of a reporting period.
const PERIOD_KEYS: &[&str] = &["period", "reporting period", "reference period"];
/// Unit suffixes of a key that are lengths of time.
const TIME_SUFFIXES: &[&str] = &["days", "weeks", "months", "years"];
/// Words of a key that say its value is a change.
const CHANGE_WORDS: &[&str] = &["change", "growth", "increase", "yoy", "year-on-year"];
/// Words of a key that say its value is a goal.
const TARGET_WORDS: &[&str] = &[
    "target",
    "goal",
    "objective",
    "targets",
    "goals",
    "objectives",
];

/// One line of a JSON text, as far as a line-by-line reader can tell.
#[derive(Debug, PartialEq)]
enum JsonLine<'a> {
    /// `"key": value` (a trailing comma dropped).
    Pair(&'a str, &'a str),
    /// A lone string of a list: `"Damages are amounts …",`.
    Item(&'a str),
    /// `{`, `}`, `],` and the like.
    Brace,
}

/// Reads one line of a pretty-printed JSON text.
fn json_line(line: &str) -> Option<JsonLine<'_>> {
    let text = line.trim().trim_end_matches(',').trim_end();
    if !text.is_empty() && text.chars().all(|c| matches!(c, '{' | '}' | '[' | ']')) {
        return Some(JsonLine::Brace);
    }
    let (string, rest) = leading_string(text)?;
    match rest.trim_start().strip_prefix(':') {
        Some(value) => Some(JsonLine::Pair(string, value.trim())),
        None if rest.trim().is_empty() => Some(JsonLine::Item(string)),
        None => None,
    }
}

/// A leading JSON string's contents (escapes left in) and what follows it.
fn leading_string(text: &str) -> Option<(&str, &str)> {
    let inner = text.strip_prefix('"')?;
    let mut escaped = false;
    for (at, c) in inner.char_indices() {
        match c {
            '\\' if !escaped => escaped = true,
            '"' if !escaped => return Some((&inner[..at], &inner[at + 1..])),
            _ => escaped = false,
        }
    }
    None
}

/// The pairs of a one-line record: `{"value": 138, "unit": "days"}`.
fn inline_pairs(value: &str) -> Option<Vec<(&str, &str)>> {
    let inner = value.strip_prefix('{')?.strip_suffix('}')?;
    let mut pairs = Vec::new();
    let mut rest = inner.trim();
    while !rest.is_empty() {
        let (key, after) = leading_string(rest)?;
        let after = after.trim_start().strip_prefix(':')?.trim_start();
        let (value, next) = match leading_string(after) {
            Some((string, next)) => (string, next),
            None => {
                let end = after.find(',').unwrap_or(after.len());
                (after[..end].trim(), &after[end..])
            }
        };
        pairs.push((key, value));
        rest = next.trim_start().trim_start_matches(',').trim_start();
    }
    Some(pairs)
}

/// A period record's lead-in: `{"from": "2025-01-01", "to": "2025-06-30"}`
/// → `January to June 2025:` (whole months) or `1 January 2025 to 15
/// March 2025:`.
fn period_lead_in(pairs: &[(&str, &str)]) -> Option<String> {
    let find = |names: &[&str]| {
        (pairs.iter())
            .find(|(k, _)| names.contains(&k.to_ascii_lowercase().as_str()))
            .map(|(_, v)| *v)
    };
    let from = find(&["from", "start", "begin", "start_date"])?;
    let to = find(&["to", "end", "until", "end_date"])?;
    let (from_spelled, to_spelled) = (spelled_date(from)?, spelled_date(to)?);
    let whole_months = from.get(8..10) == Some("01") && is_month_end(to);
    let same_year = from.get(..4) == to.get(..4);
    Some(match (whole_months, same_year) {
        (true, true) => {
            let first = from_spelled.split(' ').nth(1)?;
            let last: Vec<&str> = to_spelled.split(' ').skip(1).collect();
            format!("{first} to {}:", last.join(" "))
        }
        _ => format!("{from_spelled} to {to_spelled}:"),
    })
}

/// True for the last day of its month (`2025-06-30`, `2024-02-29`).
fn is_month_end(iso: &str) -> bool {
    let day: u8 = iso.get(8..10).and_then(|d| d.parse().ok()).unwrap_or(0);
    let month: u8 = iso.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(0);
    match month {
        2 => day >= 28,
        4 | 6 | 9 | 11 => day == 30,
        _ => day == 31,
    }
}

/// What a numeric key says beside its words: a change, or a target due by
/// a date.
#[derive(Debug, PartialEq)]
enum Reading {
    Value,
    Change,
    Target(Option<String>),
}

/// A numeric key's label and reading: change and target words and a `by`
/// date leave the words, and the rest is made a column name (unit suffix
/// in brackets).
fn label_of(words: &[String], parent: Option<&[String]>, unit: Option<&str>) -> (String, Reading) {
    let mut words: Vec<String> = words.to_vec();
    let mut reading = Reading::Value;
    if let Some(at) = words.iter().position(|w| w == "by") {
        let year = words
            .get(at + 1)
            .filter(|y| y.len() == 4 && y.parse::<u16>().is_ok());
        if let Some(year) = year.cloned() {
            let month = (words.get(at + 2))
                .and_then(|m| m.parse::<usize>().ok())
                .filter(|m| (1..=12).contains(m));
            let due = match month {
                Some(month) => format!("{}-{month:02}", year),
                None => year,
            };
            words.drain(at..at + 2 + usize::from(month.is_some()));
            reading = Reading::Target(Some(due));
        }
    }
    // `"goals": {"medianTimeToRegistrationDaysBy2027": 15}`: a member of
    // a goals object is a goal.
    let is_target = |w: &String| TARGET_WORDS.contains(&w.as_str());
    let in_goals = parent.is_some_and(|p| p.iter().any(is_target));
    if let Some(at) = words.iter().position(is_target) {
        words.remove(at);
        if reading == Reading::Value {
            reading = Reading::Target(None);
        }
    } else if in_goals {
        if reading == Reading::Value {
            reading = Reading::Target(None);
        }
    } else if matches!(reading, Reading::Target(_)) {
        // `cases_by_2024`: a breakdown, not a goal.
        reading = Reading::Value;
    }
    if let Some(at) = words
        .iter()
        .position(|w| CHANGE_WORDS.contains(&w.as_str()))
    {
        if reading == Reading::Value && words.len() > 1 {
            words.remove(at);
            reading = Reading::Change;
        }
    }
    let mut phrase = words;
    let parent: Option<Vec<String>> =
        parent.map(|p| p.iter().filter(|w| !is_target(w)).cloned().collect());
    if let Some(parent) = parent.as_deref() {
        match parent.iter().position(|w| w == "by") {
            // `newly_filed_by_type: {patent: 904}`: the member, then what
            // was counted.
            Some(at) => phrase.extend(parent[..at].iter().cloned()),
            None => phrase.splice(0..0, parent.iter().cloned()).for_each(drop),
        }
    }
    // `average_trial_days`: a length of time says so (`average trial time
    // (days)`), or it would read as the trials' count.
    let suffix_time = phrase
        .last()
        .is_some_and(|w| TIME_SUFFIXES.contains(&w.as_str()));
    let unit_time = unit.is_some_and(|u| TIME_SUFFIXES.contains(&u.to_lowercase().as_str()));
    if (suffix_time || unit_time) && !phrase.iter().any(|w| TIME_NOUNS.contains(&w.as_str())) {
        phrase.insert(phrase.len() - usize::from(suffix_time), "time".to_string());
    }
    let label = column_name(&phrase.join("_"), unit);
    (capitalised(&label), reading)
}

/// The row of a numeric pair.
fn number_row(label: &str, reading: &Reading, value: &str) -> String {
    let body = match reading {
        Reading::Value => value.to_string(),
        Reading::Change => format!("change{LABEL_SEP}{value}"),
        Reading::Target(Some(due)) => {
            format!(
                "{} (target){LABEL_SEP}{value}",
                spelled_date(due).unwrap_or(due.clone())
            )
        }
        Reading::Target(None) => format!("target{LABEL_SEP}{value}"),
    };
    format!("{label}{ROW_MARK}{body}.")
}

/// The rewrite of one pair inside the record, given the key of the object
/// around it (`None` at the top), and whether it is a lead-in that dates
/// the rows after it.
fn pair_line(key: &str, value: &str, parent: Option<&[String]>) -> (String, bool) {
    let words = key_words(key);
    if words.is_empty() || words.len() > MAX_KEY_WORDS {
        return (String::new(), false);
    }
    let spoken = words.join(" ");
    if is_number(value) {
        let (label, reading) = label_of(&words, parent, None);
        return (number_row(&label, &reading, value), false);
    }
    if let Some(pairs) = inline_pairs(value) {
        if PERIOD_KEYS.contains(&spoken.as_str()) {
            return (period_lead_in(&pairs).unwrap_or_default(), true);
        }
        let number = pairs.iter().find(|(k, v)| *k == "value" && is_number(v));
        let unit = pairs.iter().find(|(k, _)| *k == "unit").map(|(_, u)| *u);
        let row = number.map_or_else(String::new, |(_, v)| {
            let (label, reading) = label_of(&words, parent, unit);
            number_row(&label, &reading, v)
        });
        return (row, false);
    }
    let Some((string, _)) = leading_string(value) else {
        return (String::new(), false);
    };
    if STAMP_KEYS.contains(&spoken.as_str()) {
        let line = spelled_date(string).map_or_else(String::new, |d| format!("Updated: {d}"));
        return (line, false);
    }
    if AS_AT_KEYS.contains(&spoken.as_str()) {
        let line = spelled_date(string).map(|d| format!("As at {d}:"));
        return (line.unwrap_or_default(), true);
    }
    let text = string.replace("\\\"", "\"");
    let text = text.trim_end_matches('.');
    let line = format!("{}{LABEL_SEP}{text}.", capitalised(&spoken)).replace(CELL_SEP, ", ");
    (line, false)
}

/// An object or list open in the record: its key's words and the lead-in
/// in effect inside it.
struct Level {
    key: Vec<String>,
    lead_in: Option<String>,
}

/// True when `body` holds enough numeric `"key": value` lines to be read
/// as a JSON record.
fn looks_like_json(body: &str) -> bool {
    (body.lines().filter_map(json_line))
        .filter(|l| matches!(l, JsonLine::Pair(_, v) if is_number(v)))
        .nth(MIN_NUMBER_LINES - 1)
        .is_some()
}

/// Rewrites the JSON objects of `body` line for line (see the module doc).
pub fn json_records_as_rows(body: &str) -> String {
    if !body.contains("\":") && !body.contains("\" :") || !looks_like_json(body) {
        return body.to_string();
    }
    let mut lines = Vec::new();
    // The objects and lists open, outermost first; empty outside a record.
    let mut open: Vec<Level> = Vec::new();
    for line in body.lines() {
        let parsed = json_line(line);
        let opens = line.trim_end().ends_with(['{', '[']);
        if open.is_empty() {
            if opens && matches!(parsed, Some(JsonLine::Brace)) {
                open.push(Level {
                    key: Vec::new(),
                    lead_in: None,
                });
                lines.push(String::new());
            } else {
                lines.push(line.to_string());
            }
            continue;
        }
        // A lead-in holds for the rows of the objects inside it, so an
        // object's opening line repeats it: prose between (a note, a
        // name) would otherwise end its list.
        let in_effect = open.iter().rev().find_map(|l| l.lead_in.clone());
        let rewritten = match parsed {
            Some(JsonLine::Brace) => {
                if line.trim().trim_end_matches(',').ends_with(['}', ']']) {
                    open.pop();
                }
                String::new()
            }
            Some(JsonLine::Pair(key, _)) if opens => {
                open.push(Level {
                    key: key_words(key),
                    lead_in: None,
                });
                in_effect.unwrap_or_default()
            }
            Some(JsonLine::Pair(key, value)) => {
                let parent = (open.len() > 1).then(|| open.last().map(|l| l.key.as_slice()));
                let (text, lead_in) = pair_line(key, value, parent.flatten());
                if lead_in && !text.is_empty() {
                    open.last_mut().expect("inside a record").lead_in = Some(text.clone());
                }
                text
            }
            Some(JsonLine::Item(text)) => {
                let text = text.replace("\\\"", "\"");
                if text.ends_with(['.', '!', '?']) {
                    text
                } else {
                    format!("{text}.")
                }
            }
            // A line a record does not hold: the record ended unseen.
            None => {
                open.clear();
                line.to_string()
            }
        };
        lines.push(rewritten);
    }
    lines_like(&lines, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(body: &str, expect: expect_test::Expect) {
        let rewritten = json_records_as_rows(body);
        assert_eq!(rewritten.lines().count(), body.lines().count());
        expect.assert_eq(&rewritten);
    }

    #[test]
    fn a_member_of_a_goals_object_is_a_goal() {
        check(
            r#"{
  "office": "Harlow Patent Office",
  "reportingPeriod": {"from": "2025-01-01", "to": "2025-12-31"},
  "filings": {
    "received": 4100,
    "onlinePct": 88
  },
  "objectives": {
    "filingsOnlinePctBy2028": 95,
    "examiners": 300
  }
}
"#,
            expect_test::expect![[r#"

                Office: Harlow Patent Office.
                January to December 2025:
                January to December 2025:
                Filings received — 4100.
                Filings online (%) — 88.

                January to December 2025:
                Filings online (%) — 2028 (target): 95.
                Examiners — target: 300.


            "#]],
        );
    }

    #[test]
    fn a_saved_reply_becomes_rows_dated_by_its_period_line_for_line() {
        check(
            r#"$ curl -s "https://data.example/v1/seeds?period=2024-H2"
{
  "registry": "Seedwell Plant Variety Office",
  "generated_at": "2025-02-03T08:00:00Z",
  "period": {"from": "2024-07-01", "to": "2024-12-31"},
  "applications": {
    "received": 1840,
    "received_change_pct": -4.5,
    "received_by_crop": {
      "maize": 610,
      "rice": 402
    }
  },
  "examination": {
    "median_time": {"value": 210, "unit": "days"},
    "granted_within_limit_pct": 91.2,
    "targetMedianTimeBy2026": 180
  },
  "staff": {"as_of": "2024-12-31"},
  "notes": [
    "Figures are provisional.",
    "Crops with fewer than 50 applications are not listed"
  ]
}
Source: Seedwell open data."#,
            expect_test::expect![[r#"
                $ curl -s "https://data.example/v1/seeds?period=2024-H2"

                Registry: Seedwell Plant Variety Office.
                Updated: 3 February 2025
                July to December 2024:
                July to December 2024:
                Applications received — 1840.
                Applications received (%) — change: -4.5.
                July to December 2024:
                Maize received — 610.
                Rice received — 402.


                July to December 2024:
                Examination median time (days) — 210.
                Examination granted within limit (%) — 91.2.
                Examination median time — 2026 (target): 180.


                July to December 2024:
                Figures are provisional.
                Crops with fewer than 50 applications are not listed.


                Source: Seedwell open data."#]],
        );
    }

    #[test]
    fn prose_with_quoted_words_and_short_records_stay() {
        for body in [
            "He said: \"We received 1,840 applications.\"\n\"Maize\": 610 of them.",
            "{\n  \"received\": 1840,\n  \"name\": \"x\"\n}",
            "Config:\n  \"timeout\": 30\n  \"retries\": 3\n  \"port\": 8080",
        ] {
            assert_eq!(json_records_as_rows(body), body);
        }
    }
}
