//! Facts from table rows: every figure cell of a row that [`super::tables`]
//! wrote (`Row — Column: cell; Column: cell.`) becomes a fact. Its measure
//! comes from the row header, its as-of date from the column header when that
//! is a year or a date (or the other way round, for a table with years down
//! the side), its unit from the cell (`%`, `yuan`), else from a header's
//! parentheses (`(billion yuan)`, `(10,000 pieces)`, which also scale the
//! value), else from the measure's head noun.
//!
//! Invariant: a fact's span is the cell's number in the row text, and no
//! measure carries a pipe, a parenthesis or a column label.

use super::currency::currency_before;
use super::dates::month_number;
use super::measure::unit_for;
use super::model::FactKind;
use super::numbers::{find_quantities, Quantity};
use super::periods::find_periods;
use super::phrases::{head_noun, without_period_edge};
use super::record_rows::DUE_KEYS;
use super::tables::{CELL_SEP, LABEL_SEP, ROW_MARK};

/// Words in a header's parentheses that say what kind of figure it is, not its unit.
#[rustfmt::skip]
const STATUS_WORDS: &[&str] = &["target", "goal", "plan", "planned", "projected", "forecast", "preliminary", "estimate", "estimated", "est", "e", "p", "actual", "provisional"];

/// The most words a figure cell of a written row holds, with its label
/// (`2023: about 1.2 billion yuan`).
const MAX_CELL_WORDS: usize = 8;

/// A cell's fact before it has an id and a place.
#[derive(Debug, Clone, PartialEq)]
pub struct CellFact {
    /// Bytes of the figure in the row text.
    pub span: std::ops::Range<usize>,
    /// The value, scaled by the headers' scale.
    pub value: f64,
    /// The unit.
    pub unit: String,
    /// What is measured, from the row (or column) header.
    pub measure: String,
    /// The as-of date from the column (or row) header.
    pub date: Option<String>,
    /// Actual, target or change, from the headers' words.
    pub kind: FactKind,
    /// Years before the row's own date the cell is for: 1 for a `previous
    /// year` or `last year` column, else 0.
    pub years_back: u8,
}

/// Column labels that mean the year before the row's own.
#[rustfmt::skip]
const YEAR_BEFORE: &[&str] = &["previous year", "last year", "prior year", "year before", "the year before", "a year earlier", "year earlier", "previous"];

/// The facts of a table row, or `None` when `text` is not a table row with
/// at least one figure.
pub fn row_facts(text: &str) -> Option<Vec<CellFact>> {
    if text.contains('\n') || !text.ends_with('.') {
        return None;
    }
    let mark = text.find(ROW_MARK)?;
    let head = &text[..mark];
    let cells_start = mark + ROW_MARK.len();
    let cells = &text[cells_start..text.len() - 1];
    // A written row's cells hold no dash of their own (`tables` writes one
    // as `-`) and no long text: `X numbered 96,300 — as at 31 March 2025 —
    // of which …` is a sentence with an apposition, not a row.
    let sentence_like = cells.contains(ROW_MARK)
        || cells
            .split(CELL_SEP)
            .any(|c| c.split_whitespace().count() > MAX_CELL_WORDS);
    if sentence_like {
        return None;
    }
    let row_unit = cells.split(CELL_SEP).find_map(|item| {
        let (label, cell) = item.split_once(LABEL_SEP)?;
        is_unit_label(label).then(|| cell.trim())
    });
    // `| Indicator | Target | Target year |`: the year the row's goal is
    // due, which dates its target cells and is no figure of its own.
    let due = cells.split(CELL_SEP).find_map(|item| {
        let (label, cell) = item.split_once(LABEL_SEP)?;
        let period = find_periods(cell.trim(), None).into_iter().next();
        is_due_label(label).then(|| period.map(|p| p.iso))?
    });
    let mut out = Vec::new();
    let mut offset = cells_start;
    for item in cells.split(CELL_SEP) {
        let start = offset;
        offset += item.len() + CELL_SEP.len();
        let (label, cell, cell_start) = match item.split_once(LABEL_SEP) {
            Some((label, cell)) => (label, cell, start + label.len() + LABEL_SEP.len()),
            None => ("", item, start),
        };
        if is_unit_label(label) || is_due_label(label) {
            continue;
        }
        if let Some(mut fact) = cell_fact(head, label, cell, cell_start, row_unit) {
            if fact.kind == FactKind::Target && fact.date.is_none() {
                fact.date.clone_from(&due);
            }
            out.push(fact);
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Column labels whose cells give the row's unit (`| Indicator | Unit | 2023 |`).
#[rustfmt::skip]
const UNIT_LABELS: &[&str] = &["unit", "units", "unit of measure", "unit of measurement", "uom"];

fn is_unit_label(label: &str) -> bool {
    UNIT_LABELS.contains(&label.trim().to_ascii_lowercase().as_str())
}

fn is_due_label(label: &str) -> bool {
    DUE_KEYS.contains(&label.trim().to_ascii_lowercase().as_str())
}

/// Unit cells that only say the row counts something, leaving the unit to
/// the measure's head noun.
#[rustfmt::skip]
const COUNT_UNITS: &[&str] = &["number", "numbers", "count", "no.", "no", "-", "n"];

fn cell_fact(
    head: &str,
    label: &str,
    cell: &str,
    at: usize,
    row_unit: Option<&str>,
) -> Option<CellFact> {
    let numeric = cell
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '-' | '+' | '−' | '%' | ' '));
    // `Q2 2025: 1915`: under a date, a bare four-digit cell is the value,
    // not a year.
    let dated = date_of(label).is_some() || date_of(head).is_some();
    let q = (find_quantities(cell).into_iter().next())
        .or_else(|| dated.then(|| bare_value(cell)).flatten())?;
    // `- 8.4%`, `−8.4%`: a fall.
    let before = cell[..q.span.start].trim_end();
    let negative = before.ends_with(['-', '−']);
    let span_start = match before.chars().last() {
        Some(sign) if negative => before.len() - sign.len_utf8(),
        _ => q.span.start,
    };
    let (row_date, col_date) = (date_of(head), date_of(label));
    // Years down the side and measures across the top.
    let (measure_head, date, other) = match (row_date, col_date) {
        (Some(date), None) if !label.is_empty() => (label, Some(date), head),
        (_, col) => (head, col, label),
    };
    let (measure, paren) = split_paren(measure_head);
    // `Valid patents (end of year)`: a bracket that says when in the
    // period the row counts is no unit; it dates the cell at the period's
    // end.
    // So does a label that counts a stock at the year's end (`cases
    // pending at 31 December`).
    let year_end = paren.as_deref().is_some_and(is_year_end) || counts_at_year_end(&measure);
    let measure = without_period_edge(&measure).to_string();
    let paren = paren.filter(|_| !year_end);
    let date = match date {
        Some(year) if year_end && year.len() == 4 => Some(format!("{year}-12")),
        date => date,
    };
    // `Baseline (2024)`: a column's bracketed date dates its cells.
    let other_paren = split_paren(other).1;
    let other_date = other_paren.as_deref().and_then(date_of);
    let other_paren = other_paren.filter(|_| other_date.is_none());
    let date = date.or(other_date);
    let row_unit = row_unit.filter(|u| !COUNT_UNITS.contains(&u.to_ascii_lowercase().as_str()));
    // `Change 2024/2023 (%)` across rows in `(thousand guilders)`: the
    // column's percentages are not the row's sums.
    let percent_column = (other_paren.as_deref().map(read_paren))
        .is_some_and(|(_, unit)| unit.as_deref() == Some("%"));
    let own = paren.as_deref().or(row_unit).filter(|_| !percent_column);
    let (scale, paren_unit) = own
        .or(other_paren.as_deref())
        .map(read_paren)
        .unwrap_or((1.0, None));
    let mut value = q.value;
    if numeric && q.unit != Some("%") {
        value *= scale;
    }
    if negative {
        value = -value;
    }
    // `3.2 points` under a `(%)` header: a change in points, not per cent.
    let points = (cell[q.span.end..].split_whitespace().next())
        .is_some_and(|w| matches!(w.trim_end_matches('.'), "points" | "pp" | "ppt"));
    let unit = q
        .unit
        .map(str::to_string)
        .or_else(|| points.then(|| "points".to_string()))
        .or(paren_unit)
        .or_else(|| percent_named(&measure).or_else(|| percent_named(other)))
        .or_else(|| time_unit_named(&measure));
    // `| Status | Members |` over `| active | 14382 |`: a row that names
    // no counted thing counts the things its column names.
    let column_counts = (unit.is_none() && date.is_none())
        .then(|| unit_for(&head_noun(other).unwrap_or_default()))
        .filter(|u| u != "count" && unit_for(&head_noun(&measure).unwrap_or_default()) == "count");
    let measure = match &column_counts {
        Some(_) => format!("{} {}", measure.trim(), lower_first(other.trim())),
        None => measure,
    };
    let unit = (unit.or(column_counts))
        .unwrap_or_else(|| unit_for(&head_noun(&measure).unwrap_or_default()));
    // `95% by 31/03/2026` under `Target`: the cell says when it is due.
    let date = date.or_else(|| {
        let due = cell[q.span.end..].trim_start().strip_prefix("by ")?;
        find_periods(due, None)
            .into_iter()
            .find(|p| p.span.start == 0)
            .map(|p| p.iso)
    });
    // Whole words, or their inflections (`targets`, `changed`): the
    // `Exchange` is no change and a `plant` no plan.
    let lower = format!("{head} {label}").to_lowercase();
    let words: Vec<&str> = (lower.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '/')))
        .filter(|w| !w.is_empty())
        .collect();
    let has = |stems: &[&str]| {
        words.iter().any(|w| {
            stems.iter().any(|s| {
                w == s
                    || w.strip_prefix(s)
                        .is_some_and(|rest| ["s", "d", "ed", "es"].contains(&rest))
            })
        })
    };
    let kind = if has(&["target", "goal", "plan", "planned", "projected", "forecast"]) {
        FactKind::Target
    } else if has(&[
        "growth",
        "change",
        "increase",
        "decrease",
        "year-on-year",
        "y/y",
        "yoy",
    ]) {
        FactKind::Change
    } else {
        FactKind::Actual
    };
    Some(CellFact {
        span: at + span_start..at + q.span.end,
        value,
        unit,
        measure: lower_first(&measure),
        date,
        kind,
        years_back: u8::from(YEAR_BEFORE.contains(&label.trim().to_lowercase().as_str())),
    })
}

/// The date of a row's cell: its header's, else `list`'s (the lead-in or
/// section heading over the rows), else the year the document reports on;
/// a `previous year` cell's is a year before that.
pub fn row_date(cell: &CellFact, list: Option<&str>, report_year: Option<u16>) -> Option<String> {
    let year = || {
        list.and_then(|l| l.get(..4))
            .map(str::to_string)
            .or(report_year.map(|y| y.to_string()))
    };
    let own = match cell
        .date
        .as_deref()
        .and_then(|d| d.strip_prefix(MONTH_OF_ROWS))
    {
        // A month row in the year its list or report is of.
        Some(month) => format!("{}-{month}", year()?),
        None => (cell.date.clone())
            .or_else(|| list.map(str::to_string))
            .or_else(|| report_year.map(|y| y.to_string()))?,
    };
    Some(match cell.years_back {
        0 => own,
        back => years_before(&own, back),
    })
}

/// `2025-04/2026-03` → `2024-04/2025-03` for one year back: every year of
/// an ISO date or period moved back.
fn years_before(iso: &str, back: u8) -> String {
    let mut out = String::new();
    let mut digits = String::new();
    for ch in iso.chars().chain(std::iter::once('/')) {
        if ch.is_ascii_digit() {
            digits.push(ch);
            continue;
        }
        match digits.parse::<u16>() {
            Ok(year) if digits.len() == 4 => out.push_str(&(year - u16::from(back)).to_string()),
            _ => out.push_str(&digits),
        }
        digits.clear();
        out.push(ch);
    }
    out.pop();
    out
}

/// The date a header names when it is (nearly) nothing but a date: `2023`,
/// `Dec 2023`, `2023 (target)`.
fn date_of(header: &str) -> Option<String> {
    let (bare, _) = split_paren(header);
    // `January` down the side of a table of one year: a month whose year
    // the rows' period gives (see [`row_date`]).
    if let Some(month) = month_number(bare.trim()) {
        return Some(format!("{MONTH_OF_ROWS}{month:02}"));
    }
    if let Some(part) = compact_part(bare.trim()) {
        return Some(part);
    }
    let periods = find_periods(&bare, None);
    let first = periods.first()?;
    let rest = format!("{} {}", &bare[..first.span.start], &bare[first.span.end..]);
    let rest_words = rest
        .split_whitespace()
        .filter(|w| {
            !matches!(
                w.to_ascii_lowercase().as_str(),
                "in" | "year" | "end" | "of" | "the" | "as"
            )
        })
        .count();
    (rest_words == 0).then(|| first.iso.clone())
}

/// `2024Q2`, `2024-Q2`, `2025H1` (how pandas and spreadsheets write a
/// quarter or half) → `2024-04/2024-06`.
fn compact_part(cell: &str) -> Option<String> {
    let (year, part) = (cell.get(..4)?, cell.get(4..)?.trim_start_matches('-'));
    let year: u16 = year.parse().ok().filter(|y| (1900..=2100).contains(y))?;
    let (months, n) = match part.as_bytes() {
        [b'Q' | b'q', n @ b'1'..=b'4'] => (3, n - b'0'),
        [b'H' | b'h', n @ b'1'..=b'2'] => (6, n - b'0'),
        _ => return None,
    };
    let last = months * n;
    Some(format!("{year}-{:02}/{year}-{last:02}", last - months + 1))
}

/// Words before a header's length of time that say which one it is.
const AVERAGE_WORDS: &[&str] = &["avg", "avg.", "average", "mean", "median"];

/// Marks a month row's date until its year is known (`--04`).
const MONTH_OF_ROWS: &str = "--";

/// Words that say which days are counted (`working days`).
const DAY_KINDS: &[&str] = &["working", "business", "calendar", "clear"];

/// The unit of a header that opens with a length of time (`Avg days to
/// judgment`, `Median weeks to grant`, `Days to first action`): the
/// column counts those days, not judgments. A length later in the header
/// (`Cases decided within 30 days`) says what is counted, not the unit.
fn time_unit_named(header: &str) -> Option<String> {
    let lower = header.to_ascii_lowercase();
    let mut words = lower.split_whitespace().peekable();
    // `Average working days to issue a certificate`.
    while words
        .peek()
        .is_some_and(|w| AVERAGE_WORDS.contains(w) || DAY_KINDS.contains(w))
    {
        words.next();
    }
    let first = words.next()?;
    let next_is_link = words
        .next()
        .is_some_and(|w| matches!(w, "to" | "until" | "for" | "from" | "per"));
    (matches!(first, "days" | "weeks" | "months" | "years") && next_is_link)
        .then(|| first.to_string())
}

/// The unit of a header that opens with a percent sign or word (`% change
/// 2024 on 2023`, `Percent of total`): the column counts percentages.
fn percent_named(header: &str) -> Option<String> {
    let lower = header.trim().to_ascii_lowercase();
    let rest = ["% ", "percent ", "per cent "]
        .iter()
        .find_map(|sign| lower.strip_prefix(sign))?;
    rest.starts_with(char::is_alphabetic)
        .then(|| "%".to_string())
}

/// A cell of nothing but a whole number (`1915`), which the number reader
/// takes for a year.
fn bare_value(cell: &str) -> Option<Quantity> {
    let trimmed = cell.trim_end_matches('.').trim();
    let start = cell.find(trimmed)?;
    let ok = !trimmed.is_empty() && trimmed.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| Quantity {
        value: trimmed.parse().unwrap_or(0.0),
        span: start..start + trimmed.len(),
        number_start: start,
        unit: None,
    })
}

/// `pending at 31 December`, `in force at year end`: a label of a stock
/// counted at the end of each year.
fn counts_at_year_end(label: &str) -> bool {
    let lower = label.to_ascii_lowercase().replace('-', " ");
    [
        " at 31 december",
        " at december 31",
        " at year end",
        " at the end of the year",
        " at end of year",
    ]
    .iter()
    .any(|p| lower.contains(p))
}

/// `end of year`, `year-end`, `at year end`: a row's stock at the end of
/// each year.
fn is_year_end(paren: &str) -> bool {
    let lower = paren.to_ascii_lowercase().replace('-', " ");
    let words: Vec<&str> = (lower.split_whitespace())
        .filter(|w| !matches!(*w, "at" | "as" | "of" | "the"))
        .collect();
    matches!(
        words[..],
        ["end", "year"] | ["year", "end"] | ["end", "period"]
    )
}

/// `Loans (billion yuan)` → (`Loans`, `billion yuan`).
fn split_paren(header: &str) -> (String, Option<String>) {
    match (header.find(" ("), header.ends_with(')')) {
        (Some(open), true) => (
            header[..open].trim().to_string(),
            Some(header[open + 2..header.len() - 1].trim().to_string()),
        ),
        _ => (header.trim().to_string(), None),
    }
}

/// `10,000 pieces` → (10 000, `pieces`); `billion yuan` → (1e9, `yuan`);
/// `€ million` → (1e6, `euros`); `%` → (1, `%`).
fn read_paren(paren: &str) -> (f64, Option<String>) {
    let mut scale = 1.0;
    let mut unit: Vec<&str> = Vec::new();
    for word in paren.split_whitespace() {
        let lower = word.to_ascii_lowercase();
        match lower.as_str() {
            // `(thousands of ducats)`: a plural scale and its `of`.
            "hundred" | "hundreds" => scale *= 1e2,
            "thousand" | "thousands" => scale *= 1e3,
            "ten" => scale *= 10.0,
            "million" | "millions" => scale *= 1e6,
            "billion" | "billions" => scale *= 1e9,
            "trillion" => scale *= 1e12,
            "of" if scale > 1.0 && unit.is_empty() => {}
            // `(10,000 pieces)`: a power of ten scales; another number
            // (`(31 December)`) is no scale.
            w if w.chars().all(|c| c.is_ascii_digit() || c == ',')
                && w.chars().any(|c| c.is_ascii_digit()) =>
            {
                let digits = w.replace(',', "");
                if digits.len() > 1
                    && digits.starts_with('1')
                    && digits[1..].bytes().all(|b| b == b'0')
                {
                    scale *= digits.parse::<f64>().unwrap_or(1.0);
                }
            }
            "%" | "percent" | "per cent" => unit.push("%"),
            "rmb" => unit.push("yuan"),
            "eur" | "euro" | "euros" => unit.push("euros"),
            "gbp" => unit.push("pounds"),
            w if STATUS_WORDS.contains(&w.trim_end_matches('.')) => {}
            // `(€ million)`, `(£ thousand)`: a sign standing for its money.
            _ => match currency_before(word) {
                Some((len, name)) if len == word.len() && !word.contains(char::is_alphabetic) => {
                    unit.push(name)
                }
                _ => unit.push(word),
            },
        }
    }
    let unit = unit.join(" ");
    (scale, (!unit.is_empty()).then_some(unit))
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_uppercase() && !b.is_uppercase() => a
            .to_lowercase()
            .chain(text[a.len_utf8()..].chars())
            .collect(),
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(row: &str, expect: expect_test::Expect) {
        let shown: Vec<String> = row_facts(row)
            .unwrap_or_default()
            .iter()
            .map(|f| {
                format!(
                    "{} {} | {} | {} | {} | {:?}",
                    f.value,
                    f.unit,
                    f.measure,
                    f.date.as_deref().unwrap_or("-"),
                    f.kind.as_str(),
                    &row[f.span.clone()]
                )
            })
            .collect();
        expect.assert_eq(&shown.join("\n"));
    }

    #[test]
    fn a_sentence_with_a_dashed_apposition_is_no_row() {
        check(
            "Seed vaults numbered 96,300 — as at 31 March 2021 — of which 61,900 were public.",
            expect_test::expect![""],
        );
        check(
            "Seed vaults numbered 96,300 — as at 31 March 2021, when the count of public ones was 61,900.",
            expect_test::expect![""],
        );
    }

    #[test]
    fn a_quarter_written_compactly_dates_its_row() {
        check(
            "2025Q2 — design applications: 2563; renewals: 688.",
            expect_test::expect![[r#"
                2563 applications | design applications | 2025-04/2025-06 | actual | "2563"
                688 renewals | renewals | 2025-04/2025-06 | actual | "688""#]],
        );
        assert_eq!(compact_part("2025-H1").as_deref(), Some("2025-01/2025-06"));
        assert_eq!(compact_part("2025Q5"), None);
        assert_eq!(compact_part("ÉÉÉÉQ1"), None);
    }

    #[test]
    fn a_column_headed_by_a_percent_sign_counts_percentages() {
        check(
            "Riga — % change in filings, 2025 on 2024: 4.2.",
            expect_test::expect![[r#"4.2 % | riga | - | change | "4.2""#]],
        );
    }

    #[test]
    fn a_due_column_dates_the_goal_and_a_bracketed_year_its_column() {
        check(
            "Seed banks opened — Unit: number; Baseline (2023): 14; Goal: 20; Due date: 2029.",
            expect_test::expect![[r#"
                14 banks | seed banks opened | 2023 | actual | "14"
                20 banks | seed banks opened | 2029 | target | "20""#]],
        );
    }

    #[test]
    fn a_percent_column_is_not_scaled_by_its_row_and_only_powers_of_ten_scale() {
        check(
            "Seed sales (thousand ducats) — 2024: 512; Change (%): 4.5.",
            expect_test::expect![[r#"
                512000 ducats | seed sales | 2024 | actual | "512"
                4.5 % | seed sales | - | change | "4.5""#]],
        );
        check(
            "Seed imports (10,000 tonnes) — 2024: 12.",
            expect_test::expect![[r#"120000 tonnes | seed imports | 2024 | actual | "12""#]],
        );
        check(
            "Seed testers (full-time, 31 December) — 2024: 12.",
            expect_test::expect![[
                r#"12 full-time, December | seed testers | 2024 | actual | "12""#
            ]],
        );
    }

    #[test]
    fn a_stock_counted_at_the_years_end_is_dated_at_it() {
        check(
            "Seed disputes pending at 31 December — 2023: 54; 2024: 65.",
            expect_test::expect![[r#"
                54 disputes | seed disputes pending at 31 December | 2023-12 | actual | "54"
                65 disputes | seed disputes pending at 31 December | 2024-12 | actual | "65""#]],
        );
    }

    #[test]
    fn a_four_digit_figure_under_a_date_is_a_value() {
        check(
            "Seed lots banked — Q1 2025: 1840; Q2 2025: 1915.",
            expect_test::expect![[r#"
                1840 lots | seed lots banked | 2025-01/2025-03 | actual | "1840"
                1915 lots | seed lots banked | 2025-04/2025-06 | actual | "1915""#]],
        );
        check("Seed bank — Founded: 1998.", expect_test::expect![""]);
    }

    #[test]
    fn a_kind_is_told_by_whole_words_not_by_parts_of_them() {
        check(
            "Licences signed through the Seed Exchange — 2025: 212.",
            expect_test::expect![[
                r#"212 licences | licences signed through the Seed Exchange | 2025 | actual | "212""#
            ]],
        );
        check(
            "Plant variety rights granted — 2024: 30; 2026 (target): 45.",
            expect_test::expect![[r#"
                30 rights | plant variety rights granted | 2024 | actual | "30"
                45 rights | plant variety rights granted | 2026 | target | "45""#]],
        );
    }

    #[test]
    fn a_change_in_points_under_a_percent_header_is_in_points() {
        check(
            "Seed rulings upheld (%) — 2025: 62.5; 2025 (change): 4.1 points.",
            expect_test::expect![[r#"
                62.5 % | seed rulings upheld | 2025 | actual | "62.5"
                4.1 points | seed rulings upheld | 2025 | change | "4.1""#]],
        );
    }

    #[test]
    fn a_unit_column_gives_the_row_its_unit_and_scale() {
        check(
            "Seed bank deposits — Unit: thousand euros; 2022: 12.5; 2023: 14.",
            expect_test::expect![[r#"
                12500 euros | seed bank deposits | 2022 | actual | "12.5"
                14000 euros | seed bank deposits | 2023 | actual | "14""#]],
        );
        check(
            "Mean wait for a seed ruling — Units: weeks; 2023: 31.",
            expect_test::expect![[
                r#"31 weeks | mean wait for a seed ruling | 2023 | actual | "31""#
            ]],
        );
        check(
            "Seed rulings appealed — Unit: No.; 2023: 17.",
            expect_test::expect![[r#"17 rulings | seed rulings appealed | 2023 | actual | "17""#]],
        );
    }

    #[test]
    fn years_across_the_top() {
        check(
            "Trademark registrations (10,000) — 2022: 28.7; 2023: 27.5.",
            expect_test::expect![[r#"
                287000 registrations | trademark registrations | 2022 | actual | "28.7"
                275000 registrations | trademark registrations | 2023 | actual | "27.5""#]],
        );
        check(
            "Licensing income (€ million) — 2024: 3.09; 2025: 3.62.",
            expect_test::expect![[r#"
                3090000 euros | licensing income | 2024 | actual | "3.09"
                3620000 euros | licensing income | 2025 | actual | "3.62""#]],
        );
    }

    #[test]
    fn years_down_the_side_units_from_cells_and_headers() {
        check(
            "2023 — Pledge loans (billion yuan): 4.6; Growth: -8.4%; PCT applications: 74,000.",
            expect_test::expect![[r#"
                4600000000 yuan | pledge loans | 2023 | actual | "4.6"
                -8.4 % | growth | 2023 | change | "-8.4%"
                74000 applications | PCT applications | 2023 | actual | "74,000""#]],
        );
    }

    #[test]
    fn a_row_counted_at_the_end_of_each_year_is_dated_at_its_end_and_has_no_such_unit() {
        check(
            "Valid patents (end of year) — 2023: 21,050; 2024: 24,310.",
            expect_test::expect![[r#"
                21050 patents | valid patents | 2023-12 | actual | "21,050"
                24310 patents | valid patents | 2024-12 | actual | "24,310""#]],
        );
        check(
            "Agents (at year-end) — 2024: 96.",
            expect_test::expect![[r#"96 people | agents | 2024-12 | actual | "96""#]],
        );
    }

    #[test]
    fn a_header_opening_with_a_length_of_time_counts_in_it() {
        check(
            "Q4 2025 — Avg days to judgment: 196; Cases closed: 472.",
            expect_test::expect![[r#"
                196 days | avg days to judgment | 2025-10/2025-12 | actual | "196"
                472 cases | cases closed | 2025-10/2025-12 | actual | "472""#]],
        );
        check(
            "Median weeks to grant — 2024: 16; 2025: 15.",
            expect_test::expect![[r#"
                16 weeks | median weeks to grant | 2024 | actual | "16"
                15 weeks | median weeks to grant | 2025 | actual | "15""#]],
        );
    }

    #[test]
    fn a_previous_year_cell_is_dated_a_year_before_the_row() {
        let cells =
            row_facts("Mediations settled within 60 days — 74%; previous year: 69%.").unwrap();
        let dates: Vec<Option<String>> = cells
            .iter()
            .map(|c| row_date(c, Some("2025-04/2026-03"), None))
            .collect();
        assert_eq!(
            dates,
            [
                Some("2025-04/2026-03".to_string()),
                Some("2024-04/2025-03".to_string())
            ]
        );
        let cells = row_facts("Designs registered — 5,940.").unwrap();
        assert_eq!(
            row_date(&cells[0], None, Some(2025)),
            Some("2025".to_string())
        );
        assert_eq!(row_date(&cells[0], None, None), None);
    }

    #[test]
    fn target_columns_and_rows_that_are_not_tables() {
        check(
            "Patent agencies — 2023: 412; 2025 (target): 500.",
            expect_test::expect![[r#"
                412 agencies | patent agencies | 2023 | actual | "412"
                500 agencies | patent agencies | 2025 | target | "500""#]],
        );
        // A goal's cell says when it is due; `working days` are days.
        check(
            "Average working days to register — H1 2025: 12; Goal: 8 by 2027.",
            expect_test::expect![[r#"
                12 days | average working days to register | 2025-01/2025-06 | actual | "12"
                8 days | average working days to register | 2027 | target | "8""#]],
        );
        // Months down the side: the column names the measure, the rows'
        // period the year.
        let cells = row_facts("April — Filed: 858; Online: 846.").unwrap_or_default();
        let dated: Vec<String> = (cells.iter())
            .map(|c| {
                format!(
                    "{} {:?}",
                    c.measure,
                    row_date(c, Some("2026-01/2026-06"), None)
                )
            })
            .collect();
        assert_eq!(
            dated,
            ["filed Some(\"2026-04\")", "online Some(\"2026-04\")"]
        );
        assert_eq!(row_date(&cells[0], None, None), None);
        assert_eq!(row_facts("The plan — goals: none; scope: wide."), None);
        assert_eq!(row_facts("Growth was 5%."), None);
    }
}
