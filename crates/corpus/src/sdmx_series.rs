//! One SDMX series as a table row, for [`super::sdmx`]: its label from a
//! `TITLE` (else a title-like attribute, a description, or its key's codes
//! made words), its unit from the `UNIT_MEASURE` code (`NUM` counts what
//! the label counts and needs no bracket; `PC` is `%`; `PCH_PRE` and other
//! growth codes are changes in `%`; `DAY`, `MONTH` … lengths of time; any
//! other three-letter code a currency), scaled by `UNIT_MULT` (`6` →
//! `million`), and each observation a cell of its period (`2024`, `Q1
//! 2025`, `March 2024`, `H1 2024`; a stock's quarter or half at its last
//! month). A series whose title or codes name a target, goal or objective
//! gives `2027 (target): 90` cells, its label without the word.
//!
//! Invariant: pure functions of one series' fields and observations; a
//! value that is not a plain number (`NaN`, empty) gives no cell, and a
//! series with none gives no row.

use super::currency::currency_named;
use super::data_keys::{capitalised, is_number, key_words, spelled_date};
use super::dates::MONTHS;
use super::tables::{CELL_SEP, LABEL_SEP, ROW_MARK};

/// One `id = value` of a series: a key dimension (`key`) or an attribute.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SeriesField {
    pub id: String,
    pub value: String,
    pub key: bool,
}

impl SeriesField {
    pub(crate) fn new(id: &str, value: &str, key: bool) -> Self {
        let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
        let id = id.to_ascii_uppercase();
        SeriesField { id, value, key }
    }
}

/// Ids of a series' title, most telling first.
const TITLE_IDS: &[&str] = &[
    "TITLE",
    "SERIES_TITLE",
    "TITLE_EN",
    "SERIES_NAME",
    "NAME",
    "LABEL",
];
/// Ids of a series' longer description.
const DESCRIPTION_IDS: &[&str] = &["TITLE_COMPL", "DESCRIPTION", "DESC", "SERIES_DESCRIPTION"];
/// Ids of the unit code, and of its power of ten.
const UNIT_IDS: &[&str] = &[
    "UNIT_MEASURE",
    "UNIT",
    "UNIT_MEAS",
    "UNIT_OF_MEASURE",
    "UNITS",
];
const MULT_IDS: &[&str] = &["UNIT_MULT", "UNIT_MULTIPLIER", "MULT"];
/// Key dimensions that say nothing of what is counted.
#[rustfmt::skip]
const PLAIN_DIMENSIONS: &[&str] = &["FREQ", "FREQUENCY", "REF_AREA", "TIME_FORMAT", "DECIMALS", "COLLECTION"];
/// Words of a title or code that make a series a goal.
#[rustfmt::skip]
const GOAL_WORDS: &[&str] = &["target", "targets", "tgt", "goal", "goals", "objective", "objectives"];
/// Words of a title or code that make a series a stock at its periods' end.
const STOCK_CODES: &[&str] = &["eop", "stock", "stocks"];
/// Unit codes of a count, of a share in per cent and of a change in per cent.
#[rustfmt::skip]
const COUNT_CODES: &[&str] = &["NUM", "NR", "NO", "N", "NUMBER", "COUNT", "PS", "PERS", "PURE_NUMB", "UNIT", "U", "_Z"];
const PERCENT_CODES: &[&str] = &["PC", "PCT", "PERCENT", "PER_CENT", "SHARE"];
#[rustfmt::skip]
const CHANGE_CODES: &[&str] = &["PCH", "PCH_PRE", "PCH_SM", "PCH_PRE_YEAR", "GR", "GROWTH", "PC_CHG", "PCT_CHG", "GRW", "CHG_PC", "RATE_CHG"];
/// Unit codes of lengths of time, with the unit written.
#[rustfmt::skip]
const TIME_CODES: &[(&str, &str)] = &[("DAY", "days"), ("DAYS", "days"), ("D", "days"), ("WK", "weeks"), ("WEEK", "weeks"), ("WEEKS", "weeks"), ("MONTH", "months"), ("MONTHS", "months"), ("MTH", "months"), ("MO", "months"), ("YR", "years"), ("YEAR", "years"), ("YEARS", "years"), ("HR", "hours"), ("HRS", "hours"), ("HOUR", "hours"), ("HOURS", "hours")];
/// Words for powers of ten the row reader scales by.
const SCALES: &[(&str, &str)] = &[
    ("2", "hundred"),
    ("3", "thousand"),
    ("6", "million"),
    ("9", "billion"),
    ("12", "trillion"),
];

/// The row of a series, or `None` when no observation is a number.
pub(crate) fn series_row(fields: &[SeriesField], obs: &[(String, String)]) -> Option<String> {
    let code_words: Vec<String> = (fields.iter())
        .filter(|f| is_code(f))
        .flat_map(|f| key_words(&f.value.to_lowercase()))
        .collect();
    let title = title(fields);
    let about = find(fields, DESCRIPTION_IDS).unwrap_or_default();
    let words = |text: &str| key_words(&text.to_lowercase());
    let named = |list: &[&str]| {
        let title_words = title.as_deref().map(words).unwrap_or_default();
        (title_words.iter().chain(&code_words)).any(|w| list.contains(&w.as_str()))
    };
    let goal = named(GOAL_WORDS);
    let lower = format!("{} {about}", title.as_deref().unwrap_or_default()).to_lowercase();
    let stock = named(STOCK_CODES)
        || [
            "end of period",
            "end of the period",
            "end of quarter",
            "end of the quarter",
        ]
        .iter()
        .any(|p| lower.contains(p));
    let unit_code = find(fields, UNIT_IDS)
        .unwrap_or_default()
        .to_ascii_uppercase();
    let change = CHANGE_CODES.contains(&unit_code.as_str()) || unit_code.starts_with("PCH");
    let label = (title.as_deref().map(without_goal_word))
        .or_else(|| about.split(';').next().map(str::to_string))
        .filter(|l| !l.trim().is_empty())
        .or_else(|| codes_label(fields))?;
    // The unit says the series is a change, and its cells will say so.
    let label = one_phrase(&if change {
        without_change_words(&label)
    } else {
        label
    });
    let scale = (find(fields, MULT_IDS))
        .and_then(|m| SCALES.iter().find(|(p, _)| *p == m).map(|(_, w)| *w));
    let named_in = [title.as_deref().unwrap_or_default(), about.as_str()];
    let bracket = unit_bracket(&unit_code, scale, change, &named_in);
    let mark = match (goal, change) {
        (true, _) => " (target)",
        (false, true) => " (change)",
        (false, false) => "",
    };
    let cells: Vec<String> = (obs.iter())
        .filter(|(_, value)| is_number(value))
        .map(|(period, value)| format!("{}{mark}{LABEL_SEP}{value}", period_label(period, stock)))
        .collect();
    if cells.is_empty() {
        return None;
    }
    let head = match bracket {
        Some(unit) => format!("{} ({unit})", capitalised(&label)),
        None => capitalised(&label),
    };
    Some(format!("{head}{ROW_MARK}{}.", cells.join(CELL_SEP)))
}

/// The series' description as a sentence, when it has a title and says
/// more than it. Its parts that hold a number other than a year (`indicator
/// 2.3`, `base 2015 = 100`) are left out: the observations are the
/// series' figures.
pub(crate) fn description(fields: &[SeriesField]) -> Option<String> {
    let about = find(fields, DESCRIPTION_IDS)?;
    let about = one_phrase(about.trim_end_matches('.'));
    let parts: Vec<&str> = (about.split(", "))
        .filter(|part| {
            (part.split(|c: char| !c.is_ascii_digit() && c != '.'))
                .filter(|n| n.bytes().any(|b| b.is_ascii_digit()))
                .all(|n| n.len() == 4 && !n.contains('.'))
        })
        .collect();
    let about = parts.join(", ");
    // Without a title, the description is the label already.
    let title = title(fields)?;
    (about != title && !about.is_empty()).then(|| format!("{about}."))
}

/// The first non-empty field of the first of `ids` a series has.
fn find(fields: &[SeriesField], ids: &[&str]) -> Option<String> {
    (ids.iter())
        .find_map(|id| fields.iter().find(|f| f.id == *id && !f.value.is_empty()))
        .map(|f| f.value.clone())
}

/// The series' title: a title id, else any id naming a title.
fn title(fields: &[SeriesField]) -> Option<String> {
    find(fields, TITLE_IDS).or_else(|| {
        (fields.iter())
            .find(|f| f.id.contains("TITLE") && !f.id.contains("COMPL") && !f.value.is_empty())
            .map(|f| f.value.clone())
    })
}

/// `Target: average time …` → `average time …`; `Filings, target` → `Filings`.
fn without_goal_word(title: &str) -> String {
    let lower = title.to_lowercase();
    for word in GOAL_WORDS {
        for sep in [":", " -", " –", " —"] {
            if lower.starts_with(&format!("{word}{sep}")) {
                return title[word.len() + sep.len()..].trim().to_string();
            }
        }
        for sep in [", ", " - ", " ("] {
            if lower.ends_with(&format!("{sep}{word}")) || lower.ends_with(&format!("{sep}{word})"))
            {
                return title[..lower.rfind(sep).unwrap_or(title.len())]
                    .trim()
                    .to_string();
            }
        }
    }
    title.to_string()
}

/// `Filings, growth rate` → `Filings`: a change series' label without the
/// trailing words that say it is one.
fn without_change_words(label: &str) -> String {
    let change_words = ["change", "growth", "increase", "decrease", "rate"];
    match label.rsplit_once(", ") {
        Some((head, tail))
            if key_words(tail)
                .iter()
                .any(|w| change_words.contains(&w.as_str())) =>
        {
            head.to_string()
        }
        _ => label.to_string(),
    }
}

/// The key's codes made words (`SEIZURES` `COUNTERFEIT` → `Seizures,
/// counterfeit`), leaving out frequency, area and unit.
fn codes_label(fields: &[SeriesField]) -> Option<String> {
    let words: Vec<String> = (fields.iter())
        .filter(|f| is_code(f) && !PLAIN_DIMENSIONS.contains(&f.id.as_str()))
        .filter(|f| !UNIT_IDS.contains(&f.id.as_str()) && !MULT_IDS.contains(&f.id.as_str()))
        .map(|f| {
            let words = key_words(&f.value.to_lowercase());
            let kept: Vec<String> = (words.into_iter())
                .filter(|w| !GOAL_WORDS.contains(&w.as_str()))
                .collect();
            kept.join(" ")
        })
        .filter(|w| !w.is_empty() && w != "t" && w != "z")
        .collect();
    (!words.is_empty()).then(|| words.join(", "))
}

/// True for a key's code (`TM`, `DUR_REG_TGT`), not a number or text: a
/// structure-specific series gives its titles and comments as attributes
/// beside its key, and their words say nothing a code does.
fn is_code(field: &SeriesField) -> bool {
    let value = &field.value;
    field.key
        && value.chars().any(|c| c.is_ascii_uppercase())
        && (value.chars()).all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// A label with no row, cell or column marks, and no brackets the row
/// reader would take for its unit.
fn one_phrase(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = text.replace(" (", ", ").replace(['(', ')'], "");
    let text = [ROW_MARK, " – ", CELL_SEP, LABEL_SEP]
        .iter()
        .fold(text, |t, mark| t.replace(mark, ", "));
    text.trim().trim_end_matches('.').to_string()
}

/// The unit a row's head brackets, with its scale: `%`, `days`, `euros
/// million`, `thousand`; `None` for a plain count. A currency is named as
/// [`currency_named`] names its code: by its known name, else by the word before its code
/// in brackets in the title or description (`Veskarian crowns (VSC)` →
/// `crowns`), else by its code.
fn unit_bracket(
    code: &str,
    scale: Option<&str>,
    change: bool,
    named_in: &[&str],
) -> Option<String> {
    if change || PERCENT_CODES.contains(&code) || code.starts_with("PC_") {
        return Some("%".to_string());
    }
    if let Some((_, unit)) = TIME_CODES.iter().find(|(c, _)| *c == code) {
        return Some(unit.to_string());
    }
    let unit = if COUNT_CODES.contains(&code) || code.is_empty() {
        None
    } else if code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()) {
        // An ISO 4217 currency: the other three-letter units are above.
        Some(currency_named(code, named_in).unwrap_or_else(|| code.to_string()))
    } else {
        Some(key_words(&code.to_lowercase()).join(" ")).filter(|w| !w.is_empty())
    };
    match (unit, scale) {
        (Some(unit), Some(scale)) => Some(format!("{unit} {scale}")),
        (unit, scale) => unit.or(scale.map(str::to_string)),
    }
}

/// An SDMX period as a column label: `2024`, `2024-Q1` → `Q1 2024` (a
/// stock's: `end of March 2024`), `2024-M03` and `2024-03` → `March 2024`,
/// `2024-S1` → `H1 2024`, `2024-03-15` → `15 March 2024`; else as written.
fn period_label(period: &str, stock: bool) -> String {
    let period = period.trim();
    let year = period
        .get(..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()));
    let Some(year) = year else {
        return one_phrase(period);
    };
    let rest = period[4..].trim_start_matches('-');
    let number = |prefix: &[char]| {
        rest.strip_prefix(prefix)
            .and_then(|n| n.parse::<usize>().ok())
    };
    let month_end = |month: usize| format!("end of {} {year}", capitalised(MONTHS[month - 1]));
    if rest.is_empty() || rest == "A1" || rest == "A" {
        return year.to_string();
    }
    if let Some(q) = number(&['Q']).filter(|q| (1..=4).contains(q)) {
        return if stock {
            month_end(q * 3)
        } else {
            format!("Q{q} {year}")
        };
    }
    if let Some(h) = number(&['S', 'H']).filter(|h| (1..=2).contains(h)) {
        return if stock {
            month_end(h * 6)
        } else {
            format!("H{h} {year}")
        };
    }
    if let Some(m) = number(&['M']).filter(|m| (1..=12).contains(m)) {
        return format!("{} {year}", capitalised(MONTHS[m - 1]));
    }
    spelled_date(period).unwrap_or_else(|| one_phrase(period))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(fields: &[(&str, &str, bool)], obs: &[(&str, &str)]) -> Option<String> {
        let fields: Vec<SeriesField> = (fields.iter())
            .map(|(id, value, key)| SeriesField::new(id, value, *key))
            .collect();
        let obs: Vec<(String, String)> = (obs.iter())
            .map(|(p, v)| (p.to_string(), v.to_string()))
            .collect();
        series_row(&fields, &obs)
    }

    #[test]
    fn periods_become_column_labels_and_a_stocks_quarter_its_last_month() {
        let shown: Vec<String> = [
            "2024",
            "2024-Q2",
            "2024Q3",
            "2024-M03",
            "2024-03",
            "2024-S2",
            "2024-03-15",
            "2024-W05",
        ]
        .iter()
        .map(|p| format!("{} / {}", period_label(p, false), period_label(p, true)))
        .collect();
        expect_test::expect![[r#"
            2024 / 2024
            Q2 2024 / end of June 2024
            Q3 2024 / end of September 2024
            March 2024 / March 2024
            March 2024 / March 2024
            H2 2024 / end of December 2024
            15 March 2024 / 15 March 2024
            2024-W05 / 2024-W05"#]]
        .assert_eq(&shown.join("\n"));
    }

    #[test]
    fn units_codes_scales_and_goals() {
        let obs = [("2024", "5.5"), ("2025", "NaN")];
        let shown = [
            row(
                &[
                    ("UNIT_MEASURE", "EUR", true),
                    ("UNIT_MULT", "3", false),
                    ("TITLE", "Fees", false),
                ],
                &obs,
            ),
            row(
                &[
                    ("UNIT_MEASURE", "XKR", true),
                    ("TITLE", "Fees (XKR)", false),
                    ("TITLE_COMPL", "Fees in Karsten marks (XKR)", false),
                ],
                &obs,
            ),
            row(
                &[
                    ("UNIT_MEASURE", "WEEKS", true),
                    ("TITLE", "Wait, target", false),
                ],
                &obs,
            ),
            row(
                &[
                    ("INDICATOR", "WAIT_TGT", true),
                    ("UNIT_MEASURE", "PCT", true),
                ],
                &obs,
            ),
            row(
                &[
                    ("TITLE", "Wait", true),
                    ("COMMENT", "The target was revised", true),
                ],
                &obs,
            ),
            row(&[("TITLE", "Wait", true)], &[("2025", "NaN")]),
        ];
        expect_test::expect![[r#"
            Some("Fees (euros thousand) — 2024: 5.5.")
            Some("Fees, XKR (marks) — 2024: 5.5.")
            Some("Wait (weeks) — 2024 (target): 5.5.")
            Some("Wait (%) — 2024 (target): 5.5.")
            Some("Wait — 2024: 5.5.")
            None"#]]
        .assert_eq(&shown.map(|r| format!("{r:?}")).join("\n"));
    }
}
