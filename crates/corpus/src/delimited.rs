//! Delimited rows: an open-data extract or a pasted spreadsheet gives a
//! table as lines of cells split by commas, semicolons or tabs, under a
//! header line of column names (`year,applications_filed,avg_pendency_months`,
//! `Quarter<TAB>Cases filed<TAB>Cases closed`), with an optional units line
//! right under the header (`;number;weeks;EUR thousand`). Each run is
//! written as pipe rows for [`super::tables`], with each column name made
//! words (`avg pendency (months)`, `share filed online (%)`,
//! `fee income (EUR thousand)`), so every figure cell becomes a fact
//! measured by its column and dated by its row's year or date cell.
//!
//! Invariant: the line count never changes (the units line becomes a
//! separator row, which the table reader blanks); a line is only rewritten
//! in a run of a header and at least one body row that split by the same
//! delimiter into the same number (three or more) of cells, the header all
//! short labels and every body cell after the first a figure or empty, so a
//! sentence with commas is never a row.

use super::aligned::{is_cell, pipe_row};
use super::text::lines_like;

/// Delimiters of a row, most specific first: a tab only comes from a
/// pasted table, a semicolon from a European export.
const DELIMITERS: [char; 3] = ['\t', ';', ','];
/// The most words a column name holds.
const MAX_HEADER_WORDS: usize = 8;
/// Suffixes of a snake_case column name that are its unit.
#[rustfmt::skip]
const UNIT_SUFFIXES: &[(&str, &str)] = &[("pct", "%"), ("percent", "%"), ("share", "%"), ("days", "days"), ("weeks", "weeks"), ("months", "months"), ("years", "years"), ("eur", "euros"), ("euro", "euros"), ("gbp", "pounds"), ("usd", "US dollars"), ("cny", "yuan"), ("rmb", "yuan"), ("yuan", "yuan")];
/// Abbreviations of snake_case column names, as words.
#[rustfmt::skip]
const ABBREVIATIONS: &[(&str, &str)] = &[("tm", "trade mark"), ("tms", "trade marks"), ("num", "number of"), ("no", "number of"), ("apps", "applications"), ("regs", "registrations"), ("reg", "registration"), ("qty", "quantity"), ("yr", "year"), ("yoy", "year-on-year")];
/// Words of a units line that name no unit: the column is a plain count.
#[rustfmt::skip]
const COUNT_WORDS: &[&str] = &["number", "count", "n", "no.", "units", "unit", "#"];

/// The cells of `line` split by `delimiter`, trimmed, with double quotes
/// around a cell removed (`"1,036"`); `None` for fewer than three cells.
fn split(line: &str, delimiter: char) -> Option<Vec<String>> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    for ch in line.trim_end().chars() {
        match ch {
            '"' => quoted = !quoted,
            c if c == delimiter && !quoted => cells.push(std::mem::take(&mut cell)),
            c => cell.push(c),
        }
    }
    cells.push(cell);
    let cells: Vec<String> = cells.iter().map(|c| c.trim().to_string()).collect();
    (cells.len() >= 3).then_some(cells)
}

/// A header cell: a short label with a letter and no figure.
fn is_label(cell: &str) -> bool {
    cell.chars().any(char::is_alphabetic)
        && !cell.ends_with(['.', '!', '?'])
        && cell.split_whitespace().count() <= MAX_HEADER_WORDS
        && !is_cell(cell)
}

/// A units line's cells: the first empty or a word such as `unit`, the
/// others short words without figures (`weeks`, `EUR thousand`).
fn is_units(cells: &[String]) -> bool {
    let first = cells[0].to_ascii_lowercase();
    let first_ok = first.is_empty() || first.starts_with("unit");
    first_ok
        && cells[1..]
            .iter()
            .all(|c| c.split_whitespace().count() <= 3 && !c.chars().any(|ch| ch.is_ascii_digit()))
        && cells[1..].iter().any(|c| !c.is_empty())
}

/// A body row: a first cell (a year, a date or a label), then figures or
/// empty cells, at least one a figure.
fn is_body(cells: &[String]) -> bool {
    !cells[0].is_empty()
        && cells[1..].iter().all(|c| c.is_empty() || is_cell(c))
        && cells[1..]
            .iter()
            .any(|c| c.chars().any(|ch| ch.is_ascii_digit()))
}

/// A column name as words, with its unit in brackets and its abbreviations
/// spelt out: `avg_pendency_months` → `avg pendency (months)`,
/// `tm_registrations` → `trade mark registrations`, `share_filed_online_pct` → `share filed
/// online (%)`; a units line's word goes in the brackets when the name has
/// none (`median time (weeks)`), unless it only says the column counts.
pub(super) fn column_name(name: &str, unit: Option<&str>) -> String {
    let snake = name.contains('_') && !name.contains(' ');
    let mut words: Vec<String> = if snake {
        name.split('_')
            .filter(|w| !w.is_empty())
            .map(|w| {
                let lower = w.to_ascii_lowercase();
                (ABBREVIATIONS.iter().find(|(a, _)| *a == lower))
                    .map_or_else(|| w.to_string(), |(_, full)| full.to_string())
            })
            .collect()
    } else {
        vec![name.to_string()]
    };
    let suffix = (snake && words.len() >= 2)
        .then(|| words.last().map(|w| w.to_ascii_lowercase()))
        .flatten()
        .and_then(|last| UNIT_SUFFIXES.iter().find(|(s, _)| *s == last))
        .map(|(_, unit)| unit.to_string());
    if suffix.is_some() {
        words.pop();
    }
    let unit = unit
        .filter(|u| !u.is_empty() && !COUNT_WORDS.contains(&u.to_ascii_lowercase().as_str()))
        .map(str::to_string)
        .or(suffix);
    // `no_of_staff`: the abbreviation's `of` is already there.
    let words = words.join(" ").replace("number of of ", "number of ");
    match unit {
        Some(unit) if !words.ends_with(')') => format!("{words} ({unit})"),
        _ => words,
    }
}

/// The run of a delimited table starting at `lines[idx]`: its delimiter,
/// whether a units line follows the header, and how many body rows.
fn run_at(lines: &[&str], idx: usize) -> Option<(char, bool, usize)> {
    DELIMITERS.iter().find_map(|&delimiter| {
        let header = split(lines[idx], delimiter)?;
        let width = header.len();
        // The first column may be unnamed (a pasted sheet's corner cell).
        if !header[1..].iter().all(|c| is_label(c))
            || !(header[0].is_empty() || is_label(&header[0]))
        {
            return None;
        }
        let cells_of = |at: usize| {
            lines
                .get(at)
                .and_then(|l| split(l, delimiter))
                .filter(|c| c.len() == width)
        };
        let units = cells_of(idx + 1).is_some_and(|c| is_units(&c));
        let first_body = idx + 1 + usize::from(units);
        let rows = (first_body..lines.len())
            .take_while(|&at| cells_of(at).is_some_and(|c| is_body(&c)))
            .count();
        (rows >= 1).then_some((delimiter, units, rows))
    })
}

/// Rewrites every delimited table of `body` as pipe rows, line for line.
pub fn delimited_tables_as_pipes(body: &str) -> String {
    if !body.contains([',', ';', '\t']) {
        return body.to_string();
    }
    let lines: Vec<&str> = body.lines().collect();
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let mut idx = 0;
    while idx < lines.len() {
        let Some((delimiter, has_units, rows)) = run_at(&lines, idx) else {
            idx += 1;
            continue;
        };
        let header = split(lines[idx], delimiter).unwrap_or_default();
        let units = has_units
            .then(|| split(lines[idx + 1], delimiter))
            .flatten()
            .unwrap_or_default();
        let names: Vec<String> = header
            .iter()
            .enumerate()
            .map(|(col, name)| match (col, name.is_empty()) {
                (0, true) => "Item".to_string(),
                (0, false) => column_name(name, None),
                _ => column_name(name, units.get(col).map(String::as_str)),
            })
            .collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        out[idx] = pipe_row(&names);
        if has_units {
            out[idx + 1] = pipe_row(&vec!["---"; names.len()]);
        }
        let first_body = idx + 1 + usize::from(has_units);
        for at in first_body..first_body + rows {
            let cells = split(lines[at], delimiter).unwrap_or_default();
            let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
            out[at] = pipe_row(&cells);
        }
        idx = first_body + rows;
    }
    lines_like(&out, body)
}

#[cfg(test)]
mod tests {
    use super::super::tables::rewrite_tables;
    use super::*;

    #[test]
    fn comma_rows_under_a_snake_case_header_are_measured_by_column_and_dated_by_year() {
        let body = "Extract.\n\nyear,applications_filed,avg_pendency_months,share_online_pct\n2021,18420,26.5,71\n2022,19075,25.1,\n\nLicence: open.";
        expect_test::expect![[r#"
            Extract.


            2021 — applications filed: 18420; avg pendency (months): 26.5; share online (%): 71.
            2022 — applications filed: 19075; avg pendency (months): 25.1.

            Licence: open."#]]
        .assert_eq(&rewrite_tables(body));
    }

    #[test]
    fn a_semicolon_export_takes_its_units_line_and_quoted_cells_keep_their_commas() {
        let body = "period;tm_registrations;median_time;fee_income\n;number;weeks;EUR thousand\n2024;9015;16;48800\n2025;\"9,570\";15;51300";
        expect_test::expect![[r#"


            2024 — trade mark registrations: 9015; median time (weeks): 16; fee income (EUR thousand): 48800.
            2025 — trade mark registrations: 9,570; median time (weeks): 15; fee income (EUR thousand): 51300."#]]
        .assert_eq(&rewrite_tables(body));
    }

    #[test]
    fn a_pasted_tab_table_with_quarters_down_the_side() {
        let body =
            "Quarter\tCases filed\tCases pending\nQ1 2025\t412\t1,036\nQ2 2025\t439\t1,074\nBest,";
        expect_test::expect![[r#"

            Q1 2025 — Cases filed: 412; Cases pending: 1,036.
            Q2 2025 — Cases filed: 439; Cases pending: 1,074.
            Best,"#]]
        .assert_eq(&rewrite_tables(body));
    }

    #[test]
    fn snake_case_abbreviations_are_spelt_out() {
        assert_eq!(
            column_name("tm_registrations", None),
            "trade mark registrations"
        );
        assert_eq!(
            column_name("avg_pendency_months", None),
            "avg pendency (months)"
        );
        assert_eq!(
            column_name("no_of_staff", Some("FTE")),
            "number of staff (FTE)"
        );
        assert_eq!(column_name("num_agents", None), "number of agents");
        assert_eq!(column_name("Cases filed", Some("count")), "Cases filed");
    }

    #[test]
    fn prose_with_commas_and_lone_header_lines_stay() {
        let body = "In 2021, 2022, and 2023, filings rose.\nName,Role,Office\nPatents, designs and marks, all grew.\nyear,filed,granted";
        assert_eq!(delimited_tables_as_pipes(body), body);
        let sentence = "Filings, grants, oppositions\n12, rose by 3, fell";
        assert_eq!(delimited_tables_as_pipes(sentence), sentence);
    }
}
