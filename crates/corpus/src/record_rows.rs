//! A record's fields as one table row: the fields of one figure in a data
//! file (`label`, `value`, `unit`, `period`, `as_at`, `target_value`, `by`,
//! `previous_value` and `previous_period`, `baseline_value`, `change_pct`,
//! `note`, …), read by what their keys say, become `Label (unit) — 2024:
//! 31.75; 2023: 29.40; 2024 (change): 8.0%.`, the form
//! [`super::table_facts`] measures, and their notes `Note: text.` lines.
//! [`super::yaml_records`] finds the records; this module only reads one.
//!
//! Invariant: a record gives a row only when it has a label (its own, or
//! the key it is filed under) and a figure under a value key, and no figure
//! under a key this module does not understand, so a figure is never
//! dropped unread.

use super::data_keys::{capitalised, key_words, spelled_date, AS_AT_KEYS};
use super::phrases::head_noun;
use super::tables::{CELL_SEP, LABEL_SEP, ROW_MARK};

/// One `key: value` field of a record, with its line in the body.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Field<'a> {
    pub line: usize,
    pub key: &'a str,
    pub value: &'a str,
}

/// What the keys around a record say of it.
#[derive(Debug, Default)]
pub(crate) struct Context<'a> {
    /// The key it is filed under, made words (`patent applications`).
    pub filed_under: Option<String>,
    /// True under a `targets:` or `goals:` key: its values are goals.
    pub goal: bool,
    /// The file's own period or as-at date (a top-level `reporting_year`).
    pub file_date: Option<&'a str>,
    /// The unit of the series the record is an observation of, when it
    /// names none itself.
    pub unit: Option<&'a str>,
}

/// A record written out: its row, and its notes by line.
#[derive(Debug, PartialEq)]
pub(crate) struct RecordRow {
    pub row: String,
    pub notes: Vec<(usize, String)>,
}

/// Keys of a record's label, most telling first.
pub(crate) const LABEL_KEYS: &[&str] = &[
    "label",
    "indicator",
    "metric",
    "measure",
    "title",
    "name",
    "description",
];
/// Keys of a record's own figure.
#[rustfmt::skip]
const VALUE_KEYS: &[&str] = &["value", "amount", "count", "total", "number", "actual", "actual value", "figure"];
/// Keys of a record's goal.
const TARGET_KEYS: &[&str] = &[
    "target value",
    "target",
    "goal",
    "goal value",
    "target amount",
];
/// Keys that hold records of many measures, and so label none.
#[rustfmt::skip]
pub(crate) const HOLDER_KEYS: &[&str] = &["indicators", "targets", "goals", "objectives", "data", "records", "items", "values", "observations", "series", "figures", "statistics", "stats", "metrics", "kpis", "measures", "results", "entries", "rows"];
/// Keys of a record's unit.
#[rustfmt::skip]
pub(crate) const UNIT_KEYS: &[&str] = &["unit", "units", "uom", "unit of measure", "unit of measurement"];
/// Keys of the period a figure covers.
#[rustfmt::skip]
pub(crate) const PERIOD_KEYS: &[&str] = &["period", "year", "reporting period", "reporting year", "financial year", "fiscal year", "fy", "reference period", "reference year"];
/// Keys of the date a goal is due by (and table columns of it).
#[rustfmt::skip]
pub(crate) const DUE_KEYS: &[&str] = &["by", "deadline", "due", "due date", "due by", "target date", "target year", "target period"];
/// First words of the keys of an earlier figure (`previous_value`,
/// `baseline_period`).
const EARLIER_WORDS: &[&str] = &["previous", "prior", "baseline"];
/// Keys of a change.
#[rustfmt::skip]
const CHANGE_KEYS: &[&str] = &["change", "change pct", "change percent", "pct change", "percent change", "yoy", "yoy pct", "yoy change", "change yoy", "growth", "growth pct", "growth percent", "growth rate", "annual change", "change pp", "change ppt", "change points", "pp change"];
/// Keys of text kept as a sentence of its own.
#[rustfmt::skip]
const NOTE_KEYS: &[&str] = &["note", "notes", "comment", "comments", "remark", "remarks", "footnote", "source"];
/// Keys of a breakdown the figure is of (`region: North`).
#[rustfmt::skip]
const PART_KEYS: &[&str] = &["region", "sector", "category", "country", "office", "segment", "technology", "field", "division", "department", "branch"];
/// Keys of a record's kind (`type: target`) or, for other words, its part.
const KIND_KEYS: &[&str] = &["type", "kind", "status"];
/// Keys whose figures are no measurement (`id: 101`).
#[rustfmt::skip]
const IGNORED_KEYS: &[&str] = &["id", "code", "ref", "reference", "key", "slug", "url", "link", "order", "sort order", "version", "frequency"];
/// Units that only say the record counts something.
const COUNT_UNITS: &[&str] = &["number", "count", "n", "no.", "#", "units", "unit", "items"];
/// Units that are per cent.
const PERCENT_UNITS: &[&str] = &["%", "percent", "per cent", "pct", "percentage"];
/// Currency codes, names and signs that make a unit money.
#[rustfmt::skip]
const CURRENCIES: &[&str] = &["eur", "euro", "euros", "gbp", "usd", "cny", "rmb", "yuan", "jpy", "yen", "chf", "aud", "cad", "nzd", "inr", "krw", "sek", "nok", "dkk", "hkd", "sgd", "dollars", "pounds", "€", "£", "$", "¥"];
/// Short scale words of money, with the word the row reader scales by.
#[rustfmt::skip]
const SCALES: &[(&str, &str)] = &[("k", "thousand"), ("th", "thousand"), ("thousands", "thousand"), ("m", "million"), ("mn", "million"), ("mln", "million"), ("millions", "million"), ("bn", "billion"), ("bln", "billion"), ("billions", "billion")];

/// The row of a record (see the module doc), or `None` for fields that
/// are no record of a figure.
pub(crate) fn record_row(fields: &[Field], context: &Context) -> Option<RecordRow> {
    let find =
        |keys: &[&str]| (keys.iter()).find_map(|k| fields.iter().find(|f| spoken(f.key) == *k));
    let figure_of = |keys: &[&str]| find(keys).and_then(|f| figure(f.value));
    if fields
        .iter()
        .any(|f| figure(f.value).is_some() && !understood(f.key))
    {
        return None;
    }
    let kind_goal = find(KIND_KEYS).is_some_and(|f| {
        ["target", "goal", "plan", "forecast"].contains(&f.value.to_lowercase().as_str())
    });
    let value = figure_of(VALUE_KEYS);
    let goal = figure_of(TARGET_KEYS).or(value.filter(|_| context.goal || kind_goal));
    let actual = value.filter(|_| goal.is_none() || figure_of(TARGET_KEYS).is_some());
    if goal.is_none() && actual.is_none() {
        return None;
    }
    let own_date = (find(PERIOD_KEYS).map(|f| date_label(f.value)))
        .or_else(|| {
            find(AS_AT_KEYS)
                .or(find(&["date"]))
                .map(|f| date_label(f.value))
        })
        .or_else(|| context.file_date.map(date_label));
    let mut cells = Vec::new();
    if let Some(goal) = goal {
        let due = find(DUE_KEYS).map(|f| date_label(f.value));
        let due = due.or(own_date.clone().filter(|_| actual.is_none()));
        cells.push(match due {
            Some(due) => format!("{due} (target){LABEL_SEP}{goal}"),
            None => format!("target{LABEL_SEP}{goal}"),
        });
    }
    if let Some(actual) = actual {
        cells.push(dated_cell(own_date.as_deref(), actual));
    }
    cells.extend(earlier_cells(fields));
    if let Some(change) = fields
        .iter()
        .find(|f| CHANGE_KEYS.contains(&spoken(f.key).as_str()))
    {
        let percent = key_words(change.key)
            .iter()
            .any(|w| w == "pct" || w == "percent");
        if let Some(number) = figure(change.value) {
            let points = (key_words(change.key).iter())
                .any(|w| ["pp", "ppt", "points"].contains(&w.as_str()));
            let sign = if percent && !number.ends_with('%') {
                "%"
            } else if points {
                " points"
            } else {
                ""
            };
            let label = match own_date.as_deref() {
                Some(date) => format!("{date} (change)"),
                None => "change".to_string(),
            };
            cells.push(format!("{label}{LABEL_SEP}{number}{sign}"));
        }
    }
    let unit = find(UNIT_KEYS).map(|f| f.value).or(context.unit);
    let head = row_head(fields, context, find(LABEL_KEYS), unit)?;
    let notes = (fields.iter())
        .filter(|f| NOTE_KEYS.contains(&spoken(f.key).as_str()))
        .filter(|f| !f.value.is_empty())
        .map(|f| (f.line, note_line(f)))
        .collect();
    let row = format!("{head}{ROW_MARK}{}.", cells.join(CELL_SEP));
    Some(RecordRow { row, notes })
}

/// `2024: 31.75`, or the bare figure when the record has no date.
fn dated_cell(date: Option<&str>, figure: &str) -> String {
    match date {
        Some(date) => format!("{date}{LABEL_SEP}{figure}"),
        None => figure.to_string(),
    }
}

/// The cells of a record's earlier figures (`previous_value` with
/// `previous_period`, `baseline_value` with `baseline_year`); one with no
/// date of its own is of `previous year` when its key says so, and else
/// left out, having nothing to date it by.
fn earlier_cells(fields: &[Field]) -> Vec<String> {
    let mut cells = Vec::new();
    for first in EARLIER_WORDS {
        let of = |rest: &[&str]| {
            fields.iter().find(|f| {
                let words = key_words(f.key);
                words.first().map(String::as_str) == Some(*first)
                    && rest.contains(&words[1..].join(" ").as_str())
            })
        };
        let Some(number) = of(&["", "value"]).and_then(|f| figure(f.value)) else {
            continue;
        };
        let date = of(&["period", "year", "as at", "as of", "date"]).map(|f| date_label(f.value));
        match date {
            Some(date) => cells.push(dated_cell(Some(&date), number)),
            None if *first != "baseline" => cells.push(format!("previous year{LABEL_SEP}{number}")),
            None => {}
        }
    }
    cells
}

/// The row's head: the label (or the key the record is filed under), its
/// parts (`, North`), and the unit in brackets.
fn row_head(
    fields: &[Field],
    context: &Context,
    label: Option<&Field>,
    unit: Option<&str>,
) -> Option<String> {
    let label = label
        .map(|f| f.value.trim().trim_end_matches('.').to_string())
        .or_else(|| context.filed_under.clone())
        .filter(|l| !l.is_empty())?;
    let mut label = label.replace(ROW_MARK, ", ").replace(CELL_SEP, ", ");
    label = label.replace(LABEL_SEP, ", ");
    let parts = fields.iter().filter(|f| {
        let key = spoken(f.key);
        PART_KEYS.contains(&key.as_str())
            || KIND_KEYS.contains(&key.as_str()) && !is_kind_word(f.value)
    });
    for part in parts.filter(|f| !f.value.is_empty() && figure(f.value).is_none()) {
        label.push_str(", ");
        label.push_str(part.value.trim());
    }
    let Some(unit) = unit.map(str::trim).filter(|u| !u.is_empty()) else {
        return Some(capitalised(&label));
    };
    // The unit field says what the figure is in, so brackets in the label
    // are an aside (`Members (authors … who have joined)`), which the row
    // reader would otherwise take for the unit.
    let label = label.replace(" (", ", ").replace(['(', ')'], "");
    Some(match unit_bracket(unit, &label) {
        Some(unit) => format!("{} ({unit})", capitalised(&label)),
        None => capitalised(&label),
    })
}

/// A unit as the row reader reads it in brackets: `%` for per cent, money
/// with its scale spelled (`USD bn` → `USD billion`), a counted noun only
/// when the label does not name it; `None` for none.
pub(crate) fn unit_bracket(unit: &str, label: &str) -> Option<String> {
    let lower = unit.to_lowercase();
    if PERCENT_UNITS.contains(&lower.as_str()) {
        return Some("%".to_string());
    }
    if COUNT_UNITS.contains(&lower.as_str()) {
        return None;
    }
    let mut money = false;
    let mut words = Vec::new();
    for word in unit.split_whitespace() {
        let lower = word.to_lowercase();
        let scale = SCALES.iter().find(|(s, _)| *s == lower).map(|(_, w)| *w);
        // `EURm`, `£bn`: a currency with its scale written on.
        let joined = CURRENCIES.iter().find_map(|c| {
            let rest = lower.strip_prefix(c)?;
            let scale = SCALES.iter().find(|(s, _)| *s == rest)?.1;
            Some((&word[..c.len()], scale))
        });
        if let Some((currency, scale)) = joined {
            money = true;
            words.extend([currency.to_string(), scale.to_string()]);
        } else {
            money |= CURRENCIES.contains(&lower.as_str());
            words.push(scale.map_or_else(|| word.to_string(), str::to_string));
        }
    }
    if money {
        return Some(words.join(" "));
    }
    // A counted noun is named when the row reader would take it from the
    // label's head noun (`Licences in force`), not merely when the label
    // holds it (`Members, authors … who have joined` counts members).
    let stem = lower.trim_end_matches('s');
    let named = match head_noun(&label.to_lowercase()) {
        _ if lower.contains(' ') => label.to_lowercase().contains(&lower),
        Some(head) => stem.len() >= 3 && head.starts_with(stem),
        None => false,
    };
    (!named).then(|| unit.to_string())
}

/// A period or date as a row's column label: `2024-12-31` → `31 December
/// 2024`, `2026-12` → `December 2026`, `2024-Q3` → `Q3 2024`; a year or a
/// year range (`2023-24`) as written.
pub(crate) fn date_label(value: &str) -> String {
    let value = value.trim();
    if let Some((from, to)) = value.split_once("..") {
        if let (Some(from), Some(to)) = (spelled_date(from), spelled_date(to)) {
            // `2025-01..2025-09` → `January to September 2025`.
            let year = |d: &str| d.rsplit(' ').next().map(str::to_string);
            return match year(&from) == year(&to) {
                true => format!(
                    "{} to {to}",
                    from.rsplit_once(' ').map_or(&*from, |(f, _)| f)
                ),
                false => format!("{from} to {to}"),
            };
        }
    }
    if let Some(spelled) = spelled_date(value) {
        return spelled;
    }
    if let Some((year, quarter)) = value.split_once("-Q") {
        return format!("Q{quarter} {year}");
    }
    value.replace(LABEL_SEP, " ").replace(CELL_SEP, " ")
}

/// `Note: Before deduction of administration costs.`
fn note_line(field: &Field) -> String {
    let text = field
        .value
        .trim()
        .trim_end_matches('.')
        .replace(CELL_SEP, ", ");
    format!("{}{LABEL_SEP}{text}.", capitalised(&spoken(field.key)))
}

/// A figure as written (`31.75`, `-4.5`, `6,128`, `12.5%`), else `None`.
fn figure(value: &str) -> Option<&str> {
    let value = value.trim();
    let digits = value.trim_end_matches('%').trim_start_matches(['-', '+']);
    let numeric = digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
        && digits.matches('.').count() <= 1;
    numeric.then_some(value)
}

/// True for `target`, `actual` and the like: a record's kind, no part.
fn is_kind_word(value: &str) -> bool {
    let lower = value.to_lowercase();
    [
        "target",
        "goal",
        "plan",
        "forecast",
        "actual",
        "provisional",
        "final",
    ]
    .contains(&lower.as_str())
}

/// True for a key whose figure this module reads (or knows to leave).
fn understood(key: &str) -> bool {
    let key = spoken(key);
    let first = key.split(' ').next().unwrap_or_default();
    [
        VALUE_KEYS,
        TARGET_KEYS,
        PERIOD_KEYS,
        AS_AT_KEYS,
        DUE_KEYS,
        CHANGE_KEYS,
    ]
    .iter()
    .chain([IGNORED_KEYS, &["date"]].iter())
    .any(|keys| keys.contains(&key.as_str()))
        || EARLIER_WORDS.contains(&first)
}

/// True for a key a record's own figure or goal is filed under (`value`,
/// `target_value`).
pub(crate) fn holds_figure_key(key: &str) -> bool {
    let key = spoken(key);
    VALUE_KEYS.contains(&key.as_str()) || TARGET_KEYS.contains(&key.as_str())
}

/// A key made words, lowercase: `previous_value` → `previous value`.
pub(crate) fn spoken(key: &str) -> String {
    key_words(key).join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_are_written_as_the_row_reader_reads_them() {
        let bracket = |unit: &str, label: &str| unit_bracket(unit, label);
        assert_eq!(bracket("per cent", "Grant rate").as_deref(), Some("%"));
        assert_eq!(
            bracket("GBP thousand", "Revenue").as_deref(),
            Some("GBP thousand")
        );
        assert_eq!(bracket("USD bn", "Revenue").as_deref(), Some("USD billion"));
        assert_eq!(bracket("EURm", "Revenue").as_deref(), Some("EUR million"));
        assert_eq!(bracket("licences", "Licences in force"), None);
        assert_eq!(bracket("number", "Hearings"), None);
        assert_eq!(
            bracket("members", "Members, authors and publishers who joined").as_deref(),
            Some("members")
        );
        assert_eq!(
            bracket("months", "Average time to payment").as_deref(),
            Some("months")
        );
    }

    #[test]
    fn periods_and_dates_become_column_labels() {
        assert_eq!(date_label("2024-12-31"), "31 December 2024");
        assert_eq!(date_label("2026-12"), "December 2026");
        assert_eq!(date_label("2024-Q3"), "Q3 2024");
        assert_eq!(date_label("2025-01..2025-09"), "January to September 2025");
        assert_eq!(
            date_label("2024-11..2025-04"),
            "November 2024 to April 2025"
        );
        assert_eq!(date_label("2023-24"), "2023-24");
    }

    #[test]
    fn a_record_without_a_label_or_with_an_unread_figure_gives_no_row() {
        let field = |key, value| Field {
            line: 0,
            key,
            value,
        };
        let context = Context::default();
        assert_eq!(record_row(&[field("value", "5")], &context), None);
        let unread = [
            field("label", "Filings"),
            field("value", "5"),
            field("rank", "2"),
        ];
        assert_eq!(record_row(&unread, &context), None);
        let plain = [field("label", "Filings"), field("value", "5")];
        assert_eq!(
            record_row(&plain, &context).map(|r| r.row).as_deref(),
            Some("Filings — 5.")
        );
    }
}
