//! Lays a read SpreadsheetML workbook ([`super::spreadsheet_ml`]) out on
//! the lines of its body: the document properties as a headline, a
//! `Date:` and a `Source:` line, and each sheet with a filled cell as a
//! section headed by its name (Excel's default `Sheet1` names nothing and
//! goes) over its rows, one line each from the line its element opens on,
//! and a blank line where the sheet skips a row. Rows from the first to
//! the last of two or more filled cells are the sheet's table, as pipe
//! rows as wide as the sheet (`| Item | 2023 | 2024 |`); a row of one
//! filled cell above or below it (a caption, a units line, a source note)
//! is a paragraph, set off from the table by a blank line.
//!
//! Invariant: a sheet's lines stay within the lines its element spans;
//! what does not fit goes on its last line, one text under another, so
//! rows are never run together.

use super::data_keys::iso_day;
use super::spreadsheet_ml::{Sheet, Workbook};

/// Writes the headline, date, source and sheets into the blanked lines.
pub(crate) fn write_workbook(book: &Workbook, out: &mut [String], start: usize) {
    let mut head: Vec<String> = Vec::new();
    if let Some((_, title)) = book.title.as_ref().filter(|(_, t)| !t.is_empty()) {
        head.push(format!("# {title}"));
    }
    let day = (book.saved.iter().chain(&book.created))
        .find_map(|t| iso_day(t.trim()))
        .map(|(y, m, d)| format!("Date: {y:04}-{m:02}-{d:02}"));
    head.extend(day);
    head.extend(book.company.iter().map(|c| format!("Source: {c}")));
    let first_sheet = book.sheets.first().map_or(out.len(), |s| s.lines.0);
    let head_line = book.title.as_ref().map_or(start, |(line, _)| *line);
    place(out, head_line, first_sheet.saturating_sub(1), &head);
    for sheet in &book.sheets {
        place(out, sheet.lines.0, sheet.lines.1, &sheet_lines(sheet));
    }
}

/// A sheet's heading and rows, one text a line (empty for a blank line).
fn sheet_lines(sheet: &Sheet) -> Vec<String> {
    let filled = |cells: &[String]| cells.iter().filter(|c| !c.is_empty()).count();
    let tabular: Vec<usize> = (sheet.rows.iter().enumerate())
        .filter(|(_, (_, cells))| filled(cells) >= 2)
        .map(|(at, _)| at)
        .collect();
    if sheet.rows.iter().all(|(_, cells)| filled(cells) == 0) {
        return Vec::new();
    }
    let width = (sheet.rows.iter()).map(|(_, c)| c.len()).max().unwrap_or(0);
    let mut lines = Vec::new();
    if !is_default_name(&sheet.name) {
        lines.push(format!("# {}", sheet.name));
    }
    let mut previous: Option<(usize, bool)> = None;
    for (at, (number, cells)) in sheet.rows.iter().enumerate() {
        if filled(cells) == 0 {
            continue;
        }
        let in_table = tabular.first().is_some_and(|&first| at >= first)
            && tabular.last().is_some_and(|&last| at <= last);
        let skipped = previous.is_some_and(|(n, _)| *number > n + 1);
        let kind_changes = previous.is_some_and(|(_, t)| t != in_table);
        if skipped || kind_changes {
            lines.push(String::new());
        }
        lines.push(if in_table {
            pipe_row(cells, width)
        } else {
            cells
                .iter()
                .find(|c| !c.is_empty())
                .cloned()
                .unwrap_or_default()
        });
        previous = Some((*number, in_table));
    }
    lines
}

/// `| a | b |`, as wide as the sheet, pipes in cells made slashes.
fn pipe_row(cells: &[String], width: usize) -> String {
    let mut row = String::from("|");
    for column in 0..width {
        let cell = cells.get(column).map_or("", String::as_str);
        let cell = cell.split_whitespace().collect::<Vec<_>>().join(" ");
        row.push_str(&format!(" {} |", cell.replace('|', "/")));
    }
    row
}

/// Excel's own name for a new sheet (`Sheet1`), which says nothing.
fn is_default_name(name: &str) -> bool {
    let digits = name.trim_start_matches(|c: char| c.is_alphabetic());
    name.is_empty() || name.starts_with("Sheet") && digits.chars().all(|c| c.is_ascii_digit())
}

/// Writes `texts` on consecutive lines from `from`; what does not fit by
/// `to` goes on the last line, one text under another.
fn place(out: &mut [String], from: usize, to: usize, texts: &[String]) {
    let last = to.max(from).min(out.len().saturating_sub(1));
    for (at, text) in texts.iter().enumerate() {
        let Some(line) = out.get_mut((from + at).min(last)) else {
            return;
        };
        if !line.is_empty() {
            line.push('\n');
        }
        line.push_str(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(name: &str, rows: &[(usize, &[&str])]) -> Sheet {
        let rows = (rows.iter())
            .map(|(n, cells)| (*n, cells.iter().map(|c| c.to_string()).collect()))
            .collect();
        Sheet {
            name: name.to_string(),
            lines: (0, 0),
            rows,
        }
    }

    #[test]
    fn captions_and_notes_are_paragraphs_around_the_table() {
        let notes = sheet(
            "Grants",
            &[
                (1, &["Seed grants, 2024", ""]),
                (2, &["Office", "Grants", "Sum"]),
                (3, &["West", "", "12"]),
                (4, &["Subtotal"]),
                (5, &["East", "4", "9"]),
                (8, &["Provisional."]),
            ],
        );
        expect_test::expect![[r#"
            # Grants
            Seed grants, 2024

            | Office | Grants | Sum |
            | West |  | 12 |
            | Subtotal |  |  |
            | East | 4 | 9 |

            Provisional."#]]
        .assert_eq(&sheet_lines(&notes).join("\n"));
        assert!(sheet_lines(&sheet("Sheet12", &[(1, &["", ""])])).is_empty());
        assert_eq!(sheet_lines(&sheet("Sheet1", &[(1, &["Note"])])), ["Note"]);
    }

    #[test]
    fn texts_past_the_last_line_go_under_it() {
        let mut out = vec![String::new(); 3];
        let texts = ["a", "b", "c", "d"].map(String::from);
        place(&mut out, 1, 2, &texts);
        assert_eq!(out, ["", "a", "b\nc\nd"]);
        place(&mut out, 9, 1, &texts[..1]);
        assert_eq!(out[2], "b\nc\nd\na");
    }
}
