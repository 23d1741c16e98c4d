//! tbl tables in roff source: a table between `.TS` and `.TE` is an
//! options line (`center box tab(;);`), format lines up to one ending in a
//! dot (`l | n n.`), then one data line per row, cells split by the tab
//! character the options name (a tab by default), with `_` and `=` lines
//! drawing rules and `T{ … T}` holding a cell's text over several lines.
//!
//! The table is written as `| a | b |` rows, the form [`super::tables`]
//! reads: a row of a single cell (a title spanning the columns) becomes a
//! lead-in line above the rows (`Table 1. Enforcement, 2023–2024:`), the
//! first row of several cells the header over a separator, and the other
//! rows follow it without a gap.
//!
//! Invariant: only the table's own lines are written, from its `.TS` line
//! on, so the rows never run into the text around it.

use super::latex_tables::pipe;

/// Writes the table whose source lines (from `.TS` to `.TE`, escapes read)
/// are `lines` into `out`, line for line.
pub fn lay_out_table(lines: &[String], out: &mut [String]) {
    let rows = table_rows(lines);
    let mut at = 0;
    let mut write = |text: String| {
        if let Some(line) = out.get_mut(at) {
            *line = text;
            at += 1;
        }
    };
    let (titles, rows): (Vec<Vec<String>>, Vec<Vec<String>>) =
        rows.into_iter().partition(|r| r.len() == 1);
    for title in titles.into_iter().take(1) {
        let title = title[0].trim_end_matches([':', '.']);
        write(format!("{title}:"));
    }
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    for (n, row) in rows.iter().enumerate() {
        let mut cells = row.clone();
        cells.resize(width, String::new());
        write(pipe(&cells));
        if n == 0 && rows.len() > 1 {
            write(pipe(&vec!["---".to_string(); width]));
        }
    }
}

/// The table's data rows, cells trimmed, rules and empty rows left out.
fn table_rows(lines: &[String]) -> Vec<Vec<String>> {
    let body = lines.get(1..).unwrap_or(&[]);
    let body = body.strip_suffix(&[".TE".to_string()]).unwrap_or(body);
    let mut tab = '\t';
    let mut rest = body;
    if let Some(options) = rest.first().filter(|l| l.trim_end().ends_with(';')) {
        tab = tab_char(options).unwrap_or('\t');
        rest = &rest[1..];
    }
    let mut rows = Vec::new();
    let mut in_format = true;
    let mut text_block: Option<(Vec<String>, String)> = None;
    for line in rest {
        let line = line.trim_end();
        if in_format {
            in_format = !line.ends_with('.');
            continue;
        }
        if line == ".T&" {
            in_format = true;
            continue;
        }
        if let Some((cells, mut text)) = text_block.take() {
            match line.split_once("T}") {
                Some((last, after)) => {
                    text.push(' ');
                    text.push_str(last);
                    let mut cells = cells;
                    cells.push(text.trim().to_string());
                    let more = after.strip_prefix(tab).unwrap_or(after);
                    finish_row(cells, more, tab, &mut rows, &mut text_block);
                }
                None => {
                    text.push(' ');
                    text.push_str(line);
                    text_block = Some((cells, text));
                }
            }
            continue;
        }
        if matches!(line, "_" | "=" | "\\_" | "") || line.starts_with('.') {
            continue;
        }
        finish_row(Vec::new(), line, tab, &mut rows, &mut text_block);
    }
    rows
}

/// Splits `line` into cells after `cells`; a `T{` cell opens a text block.
fn finish_row(
    mut cells: Vec<String>,
    line: &str,
    tab: char,
    rows: &mut Vec<Vec<String>>,
    text_block: &mut Option<(Vec<String>, String)>,
) {
    for cell in line.split(tab).filter(|_| !line.is_empty()) {
        if let Some(start) = cell.strip_prefix("T{") {
            *text_block = Some((cells, start.to_string()));
            return;
        }
        cells.push(cell.trim().to_string());
    }
    if cells
        .iter()
        .any(|c| !c.is_empty() && !matches!(c.as_str(), "_" | "="))
    {
        rows.push(cells);
    }
}

/// The character `tab(;)` in an options line names.
fn tab_char(options: &str) -> Option<char> {
    let at = options.find("tab(")? + 4;
    let mut chars = options[at..].chars();
    let c = chars.next()?;
    (chars.next() == Some(')')).then_some(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn laid_out(source: &str) -> Vec<String> {
        let lines: Vec<String> = source.lines().map(String::from).collect();
        let mut out = vec![String::new(); lines.len()];
        lay_out_table(&lines, &mut out);
        out
    }

    #[test]
    fn a_boxed_table_becomes_a_lead_in_and_pipe_rows() {
        let out = laid_out(
            ".TS\nbox tab(;);\ncb s\nl n.\nTable 2. Designs\n_\nYear;Filed\n=\n2023;8,100\n2024;T{\n8,804\nT}\n.TE",
        );
        assert_eq!(
            out,
            [
                "Table 2. Designs:",
                "| Year | Filed |",
                "| --- | --- |",
                "| 2023 | 8,100 |",
                "| 2024 | 8,804 |",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
            ]
        );
    }

    #[test]
    fn tabs_split_cells_by_default_and_broken_tables_survive() {
        let out = laid_out(".TS\nl l.\na\tb\nc\td\n.TE");
        assert_eq!(out[..3], ["| a | b |", "| --- | --- |", "| c | d |"]);
        for source in [".TS", ".TS\ntab(", ".TS\nl.\nT{\n", ".TS\nx;\n.T&\n"] {
            let lines = source.lines().count();
            assert_eq!(laid_out(source).len(), lines);
        }
    }
}
