//! LaTeX tables laid out: each table a LaTeX source holds (`tabular`,
//! `tabularx`, `longtable`, read by [`super::latex_scan`]) is written as a
//! run of `| a | b |` rows, the form [`super::tables`] reads, on the blank
//! lines its environment left, with its caption on the line above as a
//! lead-in (`Applications by route, 2025:`). The rows above the first rule
//! drawn under a row (`\midrule`, `\hline`) are its header, merged into one
//! row over a Markdown separator when there are two or three; a cell over
//! several columns (`\multicolumn`) heads each of them, and a row that
//! repeats the header (a `longtable`'s on each page) goes.
//!
//! Invariant: only blank lines are written, next to the table's own, and
//! the lines a table takes are never another's, so two tables' rows never
//! run together; a caption that is no table's is left on its own line.

use super::latex_scan::{Caption, Cell, Table};

/// Lines above and below a table searched for its caption.
const CAPTION_WINDOW: usize = 6;
/// Most header rows merged into one.
const MAX_HEADER_ROWS: usize = 3;

/// Writes `tables` and `captions` into `lines` (0-based source lines).
pub fn lay_out_tables(lines: &mut [String], tables: &[Table], captions: &[Caption]) {
    if lines.is_empty() {
        return;
    }
    let mut taken = vec![false; lines.len()];
    let mut used = vec![false; captions.len()];
    // Tables and captions come in source order: a caption above one
    // table's window is above every later table's too.
    let mut next_caption = 0;
    for table in tables {
        let rows = pipe_rows(table);
        if rows.is_empty() {
            continue;
        }
        let free = |lines: &[String], taken: &[bool], line: usize| {
            line < lines.len() && !taken[line] && lines[line].trim().is_empty()
        };
        let first = table.first_line.min(lines.len().saturating_sub(1));
        let last = table.last_line.clamp(first, lines.len().saturating_sub(1));
        let mut up = first;
        while up > 0 && first - up < CAPTION_WINDOW && free(lines, &taken, up - 1) {
            up -= 1;
        }
        let mut down = last;
        while down - last < CAPTION_WINDOW && free(lines, &taken, down + 1) {
            down += 1;
        }
        while captions.get(next_caption).is_some_and(|c| c.line < up) {
            next_caption += 1;
        }
        let caption =
            Some(next_caption).filter(|&c| captions.get(c).is_some_and(|c| c.line <= down));
        next_caption += usize::from(caption.is_some());
        let caption_line = caption.map(|c| captions[c].line);
        let mut start = caption_line.map_or(first, |line| line.min(first));
        while start < last && !free(lines, &taken, start) {
            start += 1;
        }
        let end = caption_line.map_or(last, |line| line.max(last));
        let mut items = Vec::new();
        if let Some(c) = caption {
            used[c] = true;
            items.push(lead_in(&captions[c].text));
        }
        items.extend(rows);
        write_run(lines, start..=end, &mut taken, &items);
    }
    for (caption, _) in captions.iter().zip(&used).filter(|(_, used)| !**used) {
        if let Some(line) = lines.get_mut(caption.line) {
            if !line.trim().is_empty() {
                line.push(' ');
            }
            line.push_str(&caption.text);
        }
    }
}

/// A caption as the line that leads into its table's rows.
fn lead_in(caption: &str) -> String {
    if caption.ends_with(['.', ':', ';', '!', '?']) {
        caption.to_string()
    } else {
        format!("{caption}:")
    }
}

/// Writes `items` one a line from the run's first line, on its free
/// lines; what does not fit goes on the last free one (or, with none, after
/// the text of the run's last line). Every line of `run` is taken.
fn write_run(
    lines: &mut [String],
    run: std::ops::RangeInclusive<usize>,
    taken: &mut [bool],
    items: &[String],
) {
    let last = lines.len().saturating_sub(1);
    let (start, end) = ((*run.start()).min(last), (*run.end()).min(last));
    let free_end = (start..=end)
        .take_while(|&l| !taken[l] && lines[l].trim().is_empty())
        .last();
    for (idx, item) in items.iter().enumerate() {
        let line = free_end.map_or(end, |free_end| (start + idx).min(free_end));
        if !lines[line].is_empty() {
            lines[line].push(' ');
        }
        lines[line].push_str(item);
    }
    for flag in &mut taken[start..=end.max(start)] {
        *flag = true;
    }
}

/// The table's rows as pipe rows, its header (if known) merged into one
/// over a separator.
fn pipe_rows(table: &Table) -> Vec<String> {
    let header_rows = match table.header_rows {
        n if (1..=MAX_HEADER_ROWS).contains(&n) && n < table.rows.len() => n,
        _ => 0,
    };
    let mut out = Vec::new();
    let header = (header_rows > 0).then(|| merged_header(&table.rows[..header_rows]));
    if let Some(header) = &header {
        out.push(pipe(header));
        out.push(pipe(&vec!["---".to_string(); header.len()]));
    }
    // A `longtable` repeats its header rows on each page.
    let repeated: Vec<Vec<String>> = (table.rows[..header_rows].iter())
        .map(|r| columns(r, false))
        .collect();
    for row in &table.rows[header_rows..] {
        let cells = columns(row, false);
        if !repeated.contains(&cells) {
            out.push(pipe(&cells));
        }
    }
    out
}

/// The cells of a row one per column: a cell over several columns heads
/// each (`repeat`) or is followed by empty ones.
fn columns(row: &[Cell], repeat: bool) -> Vec<String> {
    let mut out = Vec::new();
    for cell in row {
        out.push(cell.text.clone());
        for _ in 1..cell.span {
            out.push(if repeat {
                cell.text.clone()
            } else {
                String::new()
            });
        }
    }
    out
}

/// Header rows merged column by column (`Applications` over `2024` →
/// `Applications 2024`).
fn merged_header(rows: &[Vec<Cell>]) -> Vec<String> {
    let rows: Vec<Vec<String>> = rows.iter().map(|r| columns(r, true)).collect();
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    (0..width)
        .map(|col| {
            let mut words: Vec<&str> = rows
                .iter()
                .filter_map(|r| r.get(col).map(String::as_str))
                .filter(|t| !t.is_empty())
                .collect();
            words.dedup();
            words.join(" ")
        })
        .collect()
}

/// `| a | b |`, a pipe inside a cell written as a slash.
pub(crate) fn pipe(cells: &[String]) -> String {
    let cells: Vec<String> = cells.iter().map(|c| c.replace('|', "/")).collect();
    format!("| {} |", cells.join(" | "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(text: &str, span: usize) -> Cell {
        Cell {
            text: text.to_string(),
            span,
        }
    }

    #[test]
    fn two_header_rows_merge_under_their_spanning_cells() {
        let table = Table {
            rows: vec![
                vec![cell("", 1), cell("Filed", 2)],
                vec![cell("Route", 1), cell("2024", 1), cell("2025", 1)],
                vec![cell("Online", 1), cell("310", 1), cell("355", 1)],
                vec![cell("Route", 1), cell("2024", 1), cell("2025", 1)],
            ],
            header_rows: 2,
            first_line: 1,
            last_line: 6,
        };
        let mut lines = vec![String::new(); 8];
        lines[0] = "Some prose.".into();
        let captions = [Caption {
            line: 7,
            text: "Filings by route".into(),
        }];
        lay_out_tables(&mut lines, &[table], &captions);
        expect_test::expect![[r#"
            Some prose.
            Filings by route:
            | Route | Filed 2024 | Filed 2025 |
            | --- | --- | --- |
            | Online | 310 | 355 |



        "#]]
        .assert_eq(&(lines.join("\n") + "\n"));
    }
}
