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
//!   as its sentences;
//! - an object of a figure's fields (`label`, `value`, `unit`, `period` …)
//!   is one row ([`super::json_records`]);
//! - a reply's paging (`page`, `page_size`, `offset`, and a `total` or
//!   `count` of the records beside them) is no figure.
//!
//! Invariant: the line count never changes (brackets and braces become
//! blank lines); only lines inside a JSON object that opens on a line of
//! its own (`{`, `"key": {`) are rewritten, and only in a body holding at
//! least [`MIN_NUMBER_LINES`] numeric `"key": value` lines, so prose that
//! quotes a word and a colon stays as it is.

use super::data_keys::{capitalised, is_number, key_words, spelled_date, AS_AT_KEYS, STAMP_KEYS};
use super::delimited::column_name;
use super::json_lines::{inline_pairs, json_line, leading_string, JsonLine};
use super::json_records::record_at;
use super::qualify::TIME_NOUNS;
use super::record_rows::{
    spoken, Context, HOLDER_KEYS, LABEL_KEYS, PERIOD_KEYS as RECORD_PERIOD_KEYS, UNIT_KEYS,
};
use super::tables::{CELL_SEP, LABEL_SEP, ROW_MARK};
use super::text::lines_like;

/// The fewest numeric `"key": value` lines that make a body a JSON record.
const MIN_NUMBER_LINES: usize = 3;
/// The most words of a key, made words.
const MAX_KEY_WORDS: usize = 12;
/// Keys of a reply's paging, made words.
#[rustfmt::skip]
const PAGING_KEYS: &[&str] = &["page", "page size", "per page", "page number", "page count", "pages", "total pages", "offset", "limit", "start index", "items per page"];
/// The most lines looked at each way from a `total` for the paging keys
/// beside it, which a reply's envelope holds close together; the bound
/// keeps a body of many `total` lines linear.
const PAGING_LOOK: usize = 200;
/// Keys of a count that, beside paging keys, counts the reply's records.
const RECORD_COUNT_KEYS: &[&str] = &[
    "total",
    "count",
    "total count",
    "total results",
    "total items",
    "total records",
];
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

/// An object or list open in the record: its key's words, the lead-in in
/// effect inside it, and what its own members say of the records below it
/// (its label and unit, for a list of observations; its period).
#[derive(Default)]
struct Level<'a> {
    key: Vec<String>,
    lead_in: Option<String>,
    label: Option<&'a str>,
    unit: Option<&'a str>,
    period: Option<&'a str>,
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
    let source: Vec<&str> = body.lines().collect();
    let mut lines: Vec<String> = Vec::with_capacity(source.len());
    // The objects and lists open, outermost first; empty outside a record.
    let mut open: Vec<Level> = Vec::new();
    while lines.len() < source.len() {
        let idx = lines.len();
        let line = source[idx];
        let parsed = json_line(line);
        let opens = line.trim_end().ends_with(['{', '[']);
        if line.trim_end().ends_with('{') && parsed.is_some() {
            let key = match parsed {
                Some(JsonLine::Pair(key, _)) => Some(key),
                _ => None,
            };
            if let Some((end, row)) = record_at(&source, idx, &context_of(&open, key)) {
                lines.push(row.row);
                lines.extend((idx + 1..=end).map(|_| String::new()));
                for (at, note) in row.notes {
                    lines[at] = note;
                }
                continue;
            }
        }
        if open.is_empty() {
            if opens && matches!(parsed, Some(JsonLine::Brace)) {
                open.push(Level::default());
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
            Some(JsonLine::Brace) if opens => {
                // An object of a list is filed under the list's key.
                let key = open.last().map(|l| l.key.clone()).unwrap_or_default();
                open.push(Level {
                    key,
                    ..Level::default()
                });
                String::new()
            }
            Some(JsonLine::Brace) => {
                if line.trim().trim_end_matches(',').ends_with(['}', ']']) {
                    open.pop();
                }
                String::new()
            }
            Some(JsonLine::Pair(key, _)) if opens => {
                open.push(Level {
                    key: key_words(key),
                    ..Level::default()
                });
                in_effect.unwrap_or_default()
            }
            Some(JsonLine::Pair(key, _)) if is_paging(&source, idx, key) => String::new(),
            Some(JsonLine::Pair(key, value)) => {
                note_member(open.last_mut().expect("inside a record"), key, value);
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

/// True for a paging member of a reply (`"page_size": 50`), or a `total`
/// in the object of one (`"page": 1, "total": 4`), found on the lines of
/// the object around line `idx` (at most [`PAGING_LOOK`] each way).
fn is_paging(source: &[&str], idx: usize, key: &str) -> bool {
    let key = spoken(key);
    if PAGING_KEYS.contains(&key.as_str()) {
        return true;
    }
    if !RECORD_COUNT_KEYS.contains(&key.as_str()) {
        return false;
    }
    paged_sibling(source[idx + 1..].iter().take(PAGING_LOOK), true)
        || paged_sibling(source[..idx].iter().rev().take(PAGING_LOOK), false)
}

/// True when the members of the object that `lines` walk through (after a
/// member, `forward`, or back from it) hold a paging key; a nested object
/// or list is stepped over, and the object's own bracket ends the walk.
fn paged_sibling<'a>(lines: impl Iterator<Item = &'a &'a str>, forward: bool) -> bool {
    let mut depth = 0usize;
    for line in lines {
        let text = line.trim().trim_end_matches(',');
        let closes = text.starts_with(['}', ']']);
        let opens = !closes && text.ends_with(['{', '[']);
        if opens || closes {
            if opens == forward {
                depth += 1;
            } else if depth == 0 {
                return false;
            } else {
                depth -= 1;
            }
            continue;
        }
        if let (0, Some(JsonLine::Pair(key, _))) = (depth, json_line(line)) {
            if PAGING_KEYS.contains(&spoken(key).as_str()) {
                return true;
            }
        }
    }
    false
}

/// Keeps what a member says of the records below its object: the label and
/// unit of a series, the period of the reply (`"reference_year": 2024`).
fn note_member<'a>(level: &mut Level<'a>, key: &str, value: &'a str) {
    let text = match leading_string(value) {
        Some((text, _)) => text,
        None if is_number(value) => value,
        None => return,
    };
    let key = spoken(key);
    let slot = if LABEL_KEYS.contains(&key.as_str()) {
        &mut level.label
    } else if UNIT_KEYS.contains(&key.as_str()) {
        &mut level.unit
    } else if RECORD_PERIOD_KEYS.contains(&key.as_str()) {
        &mut level.period
    } else {
        return;
    };
    slot.get_or_insert(text);
}

/// What the reply says around an object opening under the levels `open`
/// (with its own `key`, when it has one): the key it is filed under, or,
/// in a list that only holds records (`observations`), the label and unit
/// of the object holding the list; a goal under a `targets` key; the
/// period the outermost object gives.
fn context_of<'a>(open: &[Level<'a>], key: Option<&str>) -> Context<'a> {
    let own = key.map(key_words);
    let under = own.clone().or_else(|| open.last().map(|l| l.key.clone()));
    let filed = under.map(|w| w.join(" ")).filter(|w| !w.is_empty());
    let holder = |w: &String| HOLDER_KEYS.contains(&w.as_str());
    let series = match filed {
        Some(ref words) if !holder(words) => None,
        _ => open.iter().rev().skip(1).find(|l| l.label.is_some()),
    };
    let is_goal = |w: &String| TARGET_WORDS.contains(&w.as_str());
    Context {
        filed_under: match series {
            Some(level) => level.label.map(str::to_string),
            None => filed.filter(|w| !holder(w)),
        },
        goal: open.iter().any(|l| l.key.iter().any(is_goal))
            || own.is_some_and(|w| w.iter().any(is_goal)),
        file_date: open.first().and_then(|l| l.period),
        unit: series.and_then(|l| l.unit),
    }
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
    fn record_objects_in_lists_are_one_row_each_and_paging_goes() {
        check(
            r#"{
  "reference_year": 2024,
  "indicators": [
    {
      "id": "APP",
      "label": "Patent applications filed",
      "value": 22418,
      "previous": 21037,
      "change_pct": 6.6
    },
    {
      "region": "North",
      "filed": 5100,
      "granted": 2300
    }
  ],
  "series": {
    "label": "Patents granted",
    "unit": "patents",
    "observations": [
      {
        "period": "2023",
        "value": 9455
      }
    ],
    "page": 1,
    "total": 1
  },
  "targets": [
    {
      "label": "Applications awaiting examination",
      "target_value": 30000,
      "deadline": "2027-12-31",
      "baseline": {"as_at": "2023-12-31", "value": 38650}
    }
  ]
}
"#,
            expect_test::expect![[r#"

                Reference year — 2024.

                Patent applications filed — 2024: 22418; previous year: 21037; 2024 (change): 6.6%.







                Region: North.
                Indicators filed — 5100.
                Indicators granted — 2300.



                Label: Patents granted.
                Unit: patents.

                Patents granted — 2023: 9455.








                Applications awaiting examination — 31 December 2027 (target): 30000; 31 December 2023: 38650.







            "#]],
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
