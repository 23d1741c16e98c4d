//! Plain-text tables in space-aligned columns: a header line of dates
//! (`Indicator    2022    2023    2024`, `      Q1 2025   Q2 2025`), an
//! optional rule line (`-------   -------`) and an optional units line
//! (`(thousand yuan)`) under it, then rows of a label and one figure per
//! date column (`Patent pledge loans (million yuan)    860    1,240`),
//! written as pipe rows for [`super::tables`], so each cell becomes a fact
//! dated by its column, with its measure, unit and scale from its row label.
//!
//! Invariant: the line count never changes; a line is only rewritten when
//! it is such a header or lies in the run of rows right under one, and a
//! row must split into exactly one label and one cell per date column at
//! runs of two or more spaces (a sentence never does).

use super::tables::is_date_label;
use super::text::lines_like;

/// The cells of a line split at runs of two or more spaces or at tabs,
/// without the leading indentation; the first cell is empty when the line
/// is indented by two or more spaces (a header without a row label).
fn columns(line: &str) -> Vec<&str> {
    let line = line.trim_end();
    let indented = line.starts_with("  ") || line.starts_with('\t');
    let mut cells: Vec<&str> = Vec::new();
    let mut rest = line.trim_start();
    if indented {
        cells.push("");
    }
    while !rest.is_empty() {
        let gap = (rest.find("  ").into_iter())
            .chain(rest.find('\t'))
            .min()
            .unwrap_or(rest.len());
        cells.push(&rest[..gap]);
        rest = rest[gap..].trim_start();
    }
    cells
}

/// The date columns of a header line: a label (or none) then two or more
/// dates, each its own column.
fn header(line: &str) -> Option<Vec<&str>> {
    let cells = labelled_columns(line);
    let mut dates = cells.get(1..)?;
    // `KPI   Aug 2025   Jul 2025   Target`: a last column of goals, or of
    // changes (`JAN-OCT 2025   JAN-OCT 2024   CHANGE`).
    if dates.last().is_some_and(|c| {
        let lower = c.to_ascii_lowercase();
        GOAL_HEADERS.contains(&lower.as_str()) || CHANGE_HEADERS.contains(&lower.as_str())
    }) {
        dates = &dates[..dates.len() - 1];
    }
    let label_is_date = !cells[0].is_empty() && is_date_label(cells[0]);
    (dates.len() >= 2 && !label_is_date && dates.iter().all(|c| is_date_label(c))).then_some(cells)
}

/// Headers of a last column that gives each row's goal.
const GOAL_HEADERS: &[&str] = &["target", "targets", "goal", "goals", "objective", "aim"];
/// Headers of a last column that gives each row's change over the period
/// of its first date column.
#[rustfmt::skip]
const CHANGE_HEADERS: &[&str] = &["change", "% change", "change %", "chg", "% chg", "+/-", "y/y", "yoy"];

/// A rule under a header: dashes, equals signs or underscores only.
fn is_rule(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty() && line.chars().all(|c| "-=_—–+ ".contains(c))
}

/// A units line under a header: one bracket (`(thousand yuan)`,
/// `(units: million yuan)`), which every row without a bracket of its own
/// is counted in.
fn units_line(line: &str) -> Option<&str> {
    let inner = line.trim().strip_prefix('(')?.strip_suffix(')')?;
    let inner = inner.strip_prefix("units:").unwrap_or(inner).trim();
    (!inner.is_empty() && !inner.contains(['(', ')']) && inner.split_whitespace().count() <= 4)
        .then_some(inner)
}

/// A cell that holds a figure, or a placeholder for none (`-`, `n.a.`).
pub(super) fn is_cell(cell: &str) -> bool {
    let placeholder = matches!(cell, "-" | "—" | "–" | "…" | ".." | "n.a." | "n/a" | "na");
    let figure = cell.chars().any(|c| c.is_ascii_digit())
        && cell.split_whitespace().count() <= 3
        && cell.chars().next().is_some_and(|c| {
            c.is_ascii_digit()
                || matches!(c, '-' | '+' | '−' | '$' | '¥' | '£' | '€' | '~' | '<' | '>')
        });
    placeholder || figure
}

/// [`columns`], but an indented line that opens with a label (`   KPI
/// Aug 2025   Jul 2025`, a table indented as a whole) keeps it first.
fn labelled_columns(line: &str) -> Vec<&str> {
    let mut cells = columns(line);
    let labelled =
        (cells.get(1)).is_some_and(|c| c.chars().any(char::is_alphabetic) && !is_date_label(c));
    if cells.first() == Some(&"") && labelled {
        cells.remove(0);
    }
    cells
}

/// A row of `width` columns: a label with a letter, then figure cells.
fn row(line: &str, width: usize) -> Option<Vec<&str>> {
    let cells = labelled_columns(line);
    let labelled = cells
        .first()
        .is_some_and(|l| l.chars().any(char::is_alphabetic));
    let figures = cells.get(1..).is_some_and(|c| c.iter().all(|c| is_cell(c)));
    (cells.len() == width && labelled && figures && cells[1..].iter().any(|c| !is_cell_empty(c)))
        .then_some(cells)
}

fn is_cell_empty(cell: &str) -> bool {
    !cell.chars().any(|c| c.is_ascii_digit())
}

/// `| a | b |` with the cell text kept as it is.
pub(super) fn pipe_row(cells: &[&str]) -> String {
    format!("| {} |", cells.join(" | "))
}

/// Rewrites every space-aligned table of `body` as pipe rows, line for line.
pub fn aligned_tables_as_pipes(body: &str) -> String {
    let lines: Vec<&str> = body.lines().collect();
    if !lines.iter().any(|l| l.contains("   ")) {
        return body.to_string();
    }
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let mut idx = 0;
    while idx < lines.len() {
        let Some(head) = header(lines[idx]) else {
            idx += 1;
            continue;
        };
        let width = head.len();
        let mut at = idx + 1;
        let mut unit: Option<&str> = None;
        let mut under: Vec<usize> = Vec::new();
        while at < lines.len() && at <= idx + 2 {
            if is_rule(lines[at]) {
                under.push(at);
            } else if let Some(u) = units_line(lines[at]).filter(|_| unit.is_none()) {
                unit = Some(u);
                under.push(at);
            } else {
                break;
            }
            at += 1;
        }
        let rows: Vec<Vec<&str>> = lines[at..].iter().map_while(|l| row(l, width)).collect();
        if rows.is_empty() {
            idx += 1;
            continue;
        }
        let mut head = head;
        if head[0].is_empty() {
            head[0] = "Item";
        }
        // `CHANGE` after `JAN-OCT 2025`: the change over that period.
        let change = (head.last().copied())
            .filter(|c| CHANGE_HEADERS.contains(&c.to_ascii_lowercase().as_str()))
            .map(|c| format!("{} ({})", head[1], c.to_lowercase()));
        if let (Some(change), Some(last)) = (&change, head.last_mut()) {
            *last = change;
        }
        // `FEE INCOME (THOUSANDS OF DUCATS)   OCT 2025`: the header's own
        // label may give the units, when no line under it does.
        let unit = unit.or_else(|| units_line(&head[0][head[0].find('(')?..]));
        out[idx] = pipe_row(&head);
        for &u in &under {
            out[u] = pipe_row(&vec!["---"; width]);
        }
        for (offset, cells) in rows.iter().enumerate() {
            let label = match unit.filter(|_| !cells[0].ends_with(')')) {
                Some(unit) => format!("{} ({unit})", cells[0]),
                None => cells[0].to_string(),
            };
            let mut cells = cells.clone();
            cells[0] = &label;
            out[at + offset] = pipe_row(&cells);
        }
        idx = at + rows.len();
    }
    lines_like(&out, body)
}

#[cfg(test)]
mod tests {
    use super::super::tables::rewrite_tables;
    use super::*;

    #[test]
    fn a_table_of_years_with_a_labelled_header_becomes_rows() {
        let body = "Main indicators\n\nIndicator                      2022      2023\nPatents granted               3,412     3,980\nLoans (million yuan)            860     1,240\n\nNotes: none.\n";
        expect_test::expect![[r#"
            Main indicators


            Patents granted — 2022: 3,412; 2023: 3,980.
            Loans (million yuan) — 2022: 860; 2023: 1,240.

            Notes: none.
        "#]]
        .assert_eq(&rewrite_tables(body));
    }

    #[test]
    fn quarters_over_a_rule_and_a_units_line_with_an_indented_header() {
        let body = "                 Q1 2025    Q2 2025\n                 -------    -------\n                (thousand yuan)\nFees                 406        447\nFines (yuan)          12          -\n";
        expect_test::expect![[r#"



            Fees (thousand yuan) — Q1 2025: 406; Q2 2025: 447.
            Fines (yuan) — Q1 2025: 12.
        "#]]
        .assert_eq(&rewrite_tables(body));
    }

    #[test]
    fn an_indented_table_with_a_label_and_a_column_of_goals() {
        let body = "    Measure                     H1 2025   H2 2025   Goal\n    -------                     -------   -------   ----\n    Designs renewed online (%)     61.5      64.0   75% by 30/06/2026\n    Average working days to register   12        11   8 by 2027\n";
        expect_test::expect![[r#"


            Designs renewed online (%) — H1 2025: 61.5; H2 2025: 64.0; Goal: 75% by 30/06/2026.
            Average working days to register — H1 2025: 12; H2 2025: 11; Goal: 8 by 2027.
        "#]]
        .assert_eq(&rewrite_tables(body));
    }

    #[test]
    fn prose_and_lists_with_wide_gaps_are_no_table() {
        for body in [
            "The plan covers 2023  and 2024.\nPatents  rose to 3,412 in 2023.\n",
            "Years:   2023   2024\nThe office grew quickly in both years.\n",
            "Name        Role\nLi Wen      Director\n",
            "2021      2022      2023\n1,200     1,300     1,400\n",
        ] {
            assert_eq!(aligned_tables_as_pipes(body), body, "{body}");
        }
    }

    #[test]
    fn a_row_with_a_missing_column_ends_the_table() {
        let body = "Item        2023    2024\nAgencies     371     412\nAttorneys  2,585\n";
        expect_test::expect![[r#"

            Agencies — 2023: 371; 2024: 412.
            Attorneys  2,585
        "#]]
        .assert_eq(&rewrite_tables(body));
    }
}
