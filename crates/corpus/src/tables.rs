//! Tables in the text: runs of `| a | b |` lines (Markdown tables, and the
//! tables the HTML and PDF readers write), and runs of dash-separated lines
//! of as many cells each (`Item — 2023 — 2024` over `Patents — 45,200 —
//! 51,800`, as plain-text bulletins list indicators), become one plain row
//! per line,
//! `Row header — Column: cell; Column: cell.`, so a passage reads as text
//! with no pipe characters, and [`super::table_facts`] can give each cell
//! its row and column.
//!
//! Invariant: the line count never changes (the header and separator rows
//! become blank lines), so every block keeps its file line; a line is only
//! rewritten inside a run of at least two pipe rows, or of at least two dash
//! rows under a header of dates, or of space-aligned rows under such a
//! header ([`super::aligned`]).

use super::aligned::aligned_tables_as_pipes;
use super::delimited::{column_name, delimited_tables_as_pipes};
use super::periods::find_periods;
use super::text::lines_like;

/// Separates the row header from the cells in a rewritten row.
pub const ROW_MARK: &str = " — ";
/// Separates the cells of a rewritten row.
pub const CELL_SEP: &str = "; ";
/// Separates a column header from its cell.
pub const LABEL_SEP: &str = ": ";

/// Rewrites every pipe table of `body` into plain rows, line for line.
pub fn rewrite_tables(body: &str) -> String {
    let body = &dash_tables_as_pipes(&aligned_tables_as_pipes(&delimited_tables_as_pipes(body)));
    let lines: Vec<&str> = body.lines().collect();
    if !lines.iter().any(|l| is_pipe_row(l)) {
        return body.to_string();
    }
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut idx = 0;
    while idx < lines.len() {
        let run = lines[idx..].iter().take_while(|l| is_pipe_row(l)).count();
        // A row over a rule row inside a run heads a table of its own (two
        // tables printed without a blank line between them).
        let rule = |j: usize| is_separator(&cells(lines[idx + j]));
        let run = (2..run)
            .find(|&j| rule(j) && !rule(j - 1))
            .map_or(run, |j| j - 1);
        if run < 2 {
            out.push(lines[idx].to_string());
            idx += 1;
            continue;
        }
        out.extend(rewrite_run(&lines[idx..idx + run]));
        idx += run;
    }
    lines_like(&out, body)
}

/// Dashes that separate the cells of a plain-text table row.
const DASHES: [&str; 2] = [" — ", " – "];

/// The cells of a dash row (`Patents — 45,200 — 51,800`): at least three,
/// none empty, split by one kind of spaced dash.
fn dash_cells(line: &str) -> Option<Vec<&str>> {
    DASHES.iter().find_map(|dash| {
        let cells: Vec<&str> = line.trim().split(dash).map(str::trim).collect();
        (cells.len() >= 3 && cells.iter().all(|c| !c.is_empty())).then_some(cells)
    })
}

/// Runs of dash rows whose first row is a header of dates (`Item — 2023 —
/// 2024`) and whose other rows have as many cells, all figures after the
/// first, written as pipe rows for the table reader.
fn dash_tables_as_pipes(body: &str) -> String {
    let lines: Vec<&str> = body.lines().collect();
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let mut idx = 0;
    while idx < lines.len() {
        let header =
            dash_cells(lines[idx]).filter(|cells| cells[1..].iter().all(|c| is_date_label(c)));
        let Some(header) = header else {
            idx += 1;
            continue;
        };
        let width = header.len();
        let run = lines[idx + 1..]
            .iter()
            .take_while(|l| {
                dash_cells(l).is_some_and(|cells| {
                    cells.len() == width && cells[1..].iter().all(|c| is_figure(c))
                })
            })
            .count();
        if run == 0 {
            idx += 1;
            continue;
        }
        for (offset, line) in lines[idx..=idx + run].iter().enumerate() {
            let cells = dash_cells(line).unwrap_or_default();
            out[idx + offset] = format!("| {} |", cells.join(" | "));
        }
        idx += run + 1;
    }
    lines_like(&out, body)
}

/// `| a | b |` (outer pipes required, at least two cells).
fn is_pipe_row(line: &str) -> bool {
    let line = line.trim();
    line.len() >= 3
        && line.starts_with('|')
        && line.ends_with('|')
        && line.matches('|').count() >= 3
}

fn cells(line: &str) -> Vec<String> {
    let inner = line.trim();
    let inner = &inner[1..inner.len() - 1];
    inner.split('|').map(|c| clean_cell(c.trim())).collect()
}

/// A cell's text without the characters that delimit rewritten rows.
fn clean_cell(cell: &str) -> String {
    cell.replace(ROW_MARK.trim(), "-")
        .replace(';', ",")
        .replace(": ", " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `|---|:--:|`: the separator under a Markdown header.
fn is_separator(cells: &[String]) -> bool {
    cells
        .iter()
        .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
}

/// A cell that is a figure: digits with separators, signs, `%` and units.
fn is_figure(cell: &str) -> bool {
    cell.chars().any(|c| c.is_ascii_digit())
        && cell.split_whitespace().count() <= 4
        && cell.chars().next().is_some_and(|c| {
            c.is_ascii_digit() || matches!(c, '-' | '+' | '−' | '$' | '¥' | '~' | '<' | '>')
        })
}

/// A column header that is a year or a date (`2023`, `Dec 2023`, `2023 (target)`).
pub fn is_date_label(cell: &str) -> bool {
    let bare = cell.split(" (").next().unwrap_or(cell);
    let periods = find_periods(bare, None);
    periods
        .first()
        .is_some_and(|p| p.span.start == 0 && bare[p.span.end..].trim().is_empty())
}

/// One table: the header row (when its cells are labels, not figures) and
/// the body rows, each as a plain row.
fn rewrite_run(lines: &[&str]) -> Vec<String> {
    let rows: Vec<Vec<String>> = lines.iter().map(|l| cells(l)).collect();
    let has_separator = rows.get(1).is_some_and(|r| is_separator(r));
    let first_is_header = has_separator
        || rows[0]
            .iter()
            .skip(1)
            .all(|c| !is_figure(c) || is_date_label(c));
    // `| year | tm_applications | avg_pendency_months |`: an exported
    // table's column names, as words.
    let header: Vec<String> = if first_is_header {
        rows[0].iter().map(|c| column_name(c, None)).collect()
    } else {
        Vec::new()
    };
    rows.iter()
        .enumerate()
        .map(|(idx, row)| {
            let skip = (idx == 0 && first_is_header) || is_separator(row);
            if skip {
                String::new()
            } else {
                plain_row(&header, row)
            }
        })
        .collect()
}

/// `Row — Col: cell; Col: cell.`; empty cells are left out.
fn plain_row(header: &[String], row: &[String]) -> String {
    let Some((first, rest)) = row.split_first() else {
        return String::new();
    };
    let items: Vec<String> = rest
        .iter()
        .enumerate()
        .filter(|(_, cell)| !cell.is_empty() && !matches!(cell.as_str(), "-" | "—" | "…"))
        .map(
            |(idx, cell)| match header.get(idx + 1).filter(|h| !h.is_empty()) {
                Some(label) => format!("{label}{LABEL_SEP}{cell}"),
                None => cell.clone(),
            },
        )
        .collect();
    if items.is_empty() {
        return first.clone();
    }
    let mut text = if first.is_empty() {
        items.join(CELL_SEP)
    } else {
        format!("{first}{ROW_MARK}{}", items.join(CELL_SEP))
    };
    if !text.ends_with('.') {
        text.push('.');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_table_becomes_plain_rows_line_for_line() {
        let body = "Intro.\n| Indicator | 2022 | 2023 |\n|---|--:|--:|\n| Patents (10,000) | 1.2 | |\n| Loans; total | 3 | 4 |\nAfter.\n";
        expect_test::expect![[r#"
            Intro.


            Patents (10,000) — 2022: 1.2.
            Loans, total — 2022: 3; 2023: 4.
            After.
        "#]]
        .assert_eq(&rewrite_tables(body));
    }

    #[test]
    fn a_table_without_a_header_keeps_its_cells_unlabelled() {
        expect_test::expect![[r#"
            Agencies — 371; 412.
            Attorneys — 2,585; 2,870."#]]
        .assert_eq(&rewrite_tables(
            "| Agencies | 371 | 412 |\n| Attorneys | 2,585 | 2,870 |",
        ));
    }

    #[test]
    fn dash_rows_under_a_header_of_years_are_a_table() {
        expect_test::expect![[r#"
            Indicators:

            Seed patents — 2023: 45,200; 2024: 51,800.
            Seed loans (billion yuan) — 2023: 160.5; 2024: 182.3.
            Seeds — a crop — grow well — in spring.
            Wheat — 2023 — 2024"#]]
        .assert_eq(&rewrite_tables(
            "Indicators:\nItem — 2023 — 2024\nSeed patents — 45,200 — 51,800\nSeed loans (billion yuan) – 160.5 – 182.3\nSeeds — a crop — grow well — in spring.\nWheat — 2023 — 2024",
        ));
    }

    #[test]
    fn a_markdown_table_of_snake_case_columns_reads_as_words() {
        expect_test::expect![[r#"


            2024 — trade mark applications: 9,960; share online (%): 89."#]]
        .assert_eq(&rewrite_tables(
            "| year | tm_applications | share_online_pct |\n|---|---|---|\n| 2024 | 9,960 | 89 |",
        ));
    }

    #[test]
    fn a_header_over_its_rule_inside_a_run_starts_a_new_table() {
        let body = "| Item | 2024 |\n|---|---|\n| Seeds | 4 |\n| Item | Q1 2025 |\n|---|---|\n| Seeds | 2 |\n";
        expect_test::expect![[r#"


            Seeds — 2024: 4.


            Seeds — Q1 2025: 2.
        "#]]
        .assert_eq(&rewrite_tables(body));
    }

    #[test]
    fn lone_pipe_lines_and_prose_with_pipes_stay() {
        let body = "Beijing | 10 a.m. May 5, 2021\n| just one row |\nText.";
        assert_eq!(rewrite_tables(body), body);
    }
}
