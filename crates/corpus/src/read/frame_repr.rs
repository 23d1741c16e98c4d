//! The plain-text repr of a data frame or a series, as a notebook prints it
//! (pandas' `DataFrame` and `Series`, and their look-alikes), read back into
//! a grid of cells for [`super::pipe_rows`]. A frame is a header line of
//! column labels (its columns' name, if any, at the left), an optional line
//! of index names, then rows of an index label and right-aligned values; a
//! series is rows of an index label and one value, under an optional index
//! name and over a `Name: …, dtype: …` (or `dtype: …`) line.
//!
//! Columns are found by their right edges, where every row and the header
//! end a cell, so a column label with a space (`Q1 2025`) stays one cell.
//! The index is what lies left of the first column, and the repr's blanks
//! under a repeated outer index level (a MultiIndex) take the level above.
//!
//! Invariant: a block that is not such a repr (no common right edge, a cell
//! that is not a figure or a placeholder, a column without a label) is
//! `None`, and the caller keeps it as text; a frame of words is kept so.
//! Positions are bytes, so only ASCII blocks are read.

use crate::aligned::is_cell;
use crate::data_keys::key_words;

/// A table read from a repr: its header row (index names, then the column
/// labels) and its rows (index label, then one cell per column).
pub type Grid = Vec<Vec<String>>;

/// Reads a block of repr lines (no blank line among them) as a grid.
pub fn read_frame_repr(block: &str) -> Option<Grid> {
    // Columns are found by byte position, which is the printed position
    // only for ASCII text.
    if !block.is_ascii() {
        return None;
    }
    let lines: Vec<&str> = (block.lines().map(str::trim_end))
        .filter(|l| !l.is_empty() && !is_shape_line(l))
        .collect();
    let last = *lines.last()?;
    match series_footer(last) {
        Some(name) => series(&lines[..lines.len() - 1], name),
        None => frame(&lines),
    }
}

/// The name in a series' last line: `Name: member_id, dtype: int64` gives
/// `Some("member id")`, a bare `dtype: float64` gives `Some("")`.
fn series_footer(line: &str) -> Option<String> {
    let dtype_at = line.find("dtype: ")?;
    let dtype = &line[dtype_at + 7..];
    let head = line[..dtype_at].trim_end().trim_end_matches(',');
    let head = head
        .rsplit_once(", Length: ")
        .map_or(head, |(h, _)| h)
        .trim();
    let head = head.strip_prefix("Length: ").map_or(head, |_| "");
    let name = match head.strip_prefix("Name: ") {
        Some(name) => words(name),
        None if head.is_empty() => String::new(),
        None => return None,
    };
    // `members.groupby('status').member_id.count()`: whole numbers of a
    // thing's ids count the things (`member id` → `members`).
    let name = match name.strip_suffix(" id") {
        Some(thing) if dtype.starts_with("int") && !thing.ends_with('s') => format!("{thing}s"),
        _ => name,
    };
    dtype
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '[' || c == ']' || c == ',' || c == ' ')
        .then_some(name)
}

/// A series' rows under an optional index name line.
fn series(lines: &[&str], name: String) -> Option<Grid> {
    // Every value ends at the right edge of the one column.
    let edge = lines.iter().map(|l| l.len()).max()?.checked_sub(1)?;
    let first_is_name = lines.len() > 1 && ends_before(lines[0], edge);
    let (names, rows) = match first_is_name {
        true => (lines[0].trim(), &lines[1..]),
        false => ("", lines),
    };
    let edges = [edge];
    let rows = body_rows(rows, &edges)?;
    let mut grid = vec![vec![words(names), name]];
    grid.extend(rows);
    Some(grid)
}

/// A frame's header, optional index-name line, and rows.
fn frame(lines: &[&str]) -> Option<Grid> {
    let (header, rest) = lines.split_first()?;
    // A line of index names under the header ends left of the columns.
    let named = rest.len() > 1
        && right_edges(header, &rest[1..])
            .is_some_and(|e| ends_before(rest[0], column_start(header, &rest[1..], e[0])));
    let (names, rows) = match named {
        true => (rest[0].trim(), &rest[1..]),
        false => ("", rest),
    };
    let edges = right_edges(header, rows)?;
    let first_col_start = column_start(header, rows, edges[0]);
    let columns_name = header.get(..first_col_start).unwrap_or("").trim();
    let corner = if names.is_empty() {
        columns_name
    } else {
        names
    };
    let mut head = vec![words(corner)];
    let mut from = first_col_start;
    for &edge in &edges {
        head.push(label(header.get(from..=edge)?));
        from = edge + 1;
    }
    if head[1..].iter().any(String::is_empty) {
        return None;
    }
    let mut grid = vec![head];
    grid.extend(body_rows(rows, &edges)?);
    Some(grid)
}

/// `[5 rows x 3 columns]`: the size line under a truncated frame.
pub fn is_shape_line(line: &str) -> bool {
    let line = line.trim();
    line.starts_with('[') && line.ends_with("columns]") && line.contains(" rows x ")
}

/// The rows of a repr: index label (outer levels carried down over the
/// repr's blanks), then the cells between the column edges. Every row must
/// hold a figure, and a row of `...` (rows left out) is skipped.
fn body_rows(rows: &[&str], edges: &[usize]) -> Option<Grid> {
    let start = rows.iter().map(|r| cell_start(r, edges[0])).min()?;
    let mut above = String::new();
    let mut grid = Grid::new();
    for row in rows {
        if row.split_whitespace().all(|w| w == "..." || w == "…") {
            continue;
        }
        let index = row.get(..start)?.trim_end();
        let label = carried_index(index, &above);
        let mut cells = vec![self::label(&label)];
        let mut from = start;
        for &edge in edges {
            cells.push(row.get(from..=edge)?.trim().to_string());
            from = edge + 1;
        }
        let figures = cells[1..]
            .iter()
            .any(|c| c.chars().any(|ch| ch.is_ascii_digit()));
        let all_values = cells[1..].iter().all(|c| is_value(c));
        if cells[0].is_empty() || !figures || !all_values || row.len() > from {
            return None;
        }
        above = label;
        grid.push(cells);
    }
    (!grid.is_empty()).then_some(grid)
}

/// A value cell: a figure, or a placeholder for none (`NaN`, `-`).
fn is_value(cell: &str) -> bool {
    is_cell(cell) || matches!(cell, "NaN" | "NaT" | "None" | "<NA>" | "nan" | "...")
}

/// An index label whose leading levels are blank (`        trademarks`)
/// takes them from the label above (`North   patents`), up to where its own
/// text starts.
fn carried_index(index: &str, above: &str) -> String {
    let own = index.len() - index.trim_start().len();
    if own == 0 || above.len() < own {
        return index.to_string();
    }
    match above.get(..own) {
        Some(outer) if !outer.trim().is_empty() => format!("{outer}{}", &index[own..]),
        _ => index.to_string(),
    }
}

/// The columns' right edges: byte positions where the header (if it has
/// text there) and every row end a cell, a space or the line's end after.
fn right_edges(header: &str, rows: &[&str]) -> Option<Vec<usize>> {
    let width = rows.iter().map(|r| r.len()).max()?.max(header.len());
    let ends_at = |line: &str, at: usize| {
        let bytes = line.as_bytes();
        at < bytes.len() && bytes[at] != b' ' && bytes.get(at + 1).is_none_or(|&b| b == b' ')
    };
    let data: Vec<&str> = rows
        .iter()
        .copied()
        .filter(|r| !r.split_whitespace().all(|w| w == "..."))
        .collect();
    let edges: Vec<usize> = (0..width)
        .filter(|&at| ends_at(header, at) && data.iter().all(|r| ends_at(r, at)))
        .collect();
    (!edges.is_empty()).then_some(edges)
}

/// Where the first column starts: left of the widest of its cells (a value
/// has no space inside) or of its header label.
fn column_start(header: &str, rows: &[&str], edge: usize) -> usize {
    let header_start = header.get(..=edge).map_or(edge, |h| {
        let label = h.trim_end();
        // A header label may hold one inner space (`Q1 2025`), never two.
        label.rfind("  ").map_or(0, |at| at + 2)
    });
    rows.iter()
        .filter(|r| r.len() > edge)
        .map(|r| cell_start(r, edge))
        .min()
        .unwrap_or(edge)
        .min(header_start.max(1))
}

/// The start of the space-free cell that ends at `edge` in `line`.
fn cell_start(line: &str, edge: usize) -> usize {
    line.get(..=edge)
        .and_then(|l| l.rfind(' '))
        .map_or(0, |space| space + 1)
}

/// True when `line` has no text at or after `at`.
fn ends_before(line: &str, at: usize) -> bool {
    line.trim_end().len() <= at
}

/// A key as words: `member_id` → `member id`.
fn words(key: &str) -> String {
    key_words(key.trim()).join(" ")
}

/// An index or column label, re-spaced; an identifier (`public_perf`) as
/// words.
fn label(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match text.contains('_') && !text.contains(' ') {
        true => words(&text),
        false => text,
    }
}

#[cfg(test)]
mod tests {
    use expect_test::{expect, Expect};

    use super::*;

    fn check(lines: &[&str], expect: Expect) {
        let grid = read_frame_repr(&lines.join("\n"));
        let got = grid.map_or("None".into(), |g| crate::read::pipe_rows(&g));
        expect.assert_eq(&got);
    }

    #[test]
    fn a_frame_with_named_columns_and_index() {
        check(
            &[
                "year               2022        2023",
                "office                             ",
                "north_branch      1,204       1,380",
                "south_branch        988       1,012",
                "TOTAL             2,192       2,392",
            ],
            expect![[r#"
                | office | 2022 | 2023 |
                | north branch | 1,204 | 1,380 |
                | south branch | 988 | 1,012 |
                | TOTAL | 2,192 | 2,392 |
            "#]],
        );
    }

    #[test]
    fn a_multiindex_carries_its_outer_level_down() {
        check(
            &[
                "                       Q1 2025  Q2 2025",
                "unit       kind                        ",
                "Mechanics  pending        3120     2950",
                "           examined        840      910",
                "Chemistry  pending        1875     1790",
                "           examined        410      455",
            ],
            expect![[r#"
                | unit kind | Q1 2025 | Q2 2025 |
                | Mechanics pending | 3120 | 2950 |
                | Mechanics examined | 840 | 910 |
                | Chemistry pending | 1875 | 1790 |
                | Chemistry examined | 410 | 455 |
            "#]],
        );
    }

    #[test]
    fn dates_as_index_and_a_truncated_frame() {
        check(
            &[
                "            backlog  first_actions",
                "month                             ",
                "2025-01-31    14210           1105",
                "2025-02-28    13980           1190",
                "...             ...            ...",
                "2025-06-30    12875           1244",
                "",
                "[6 rows x 2 columns]",
            ],
            expect![[r#"
                | month | backlog | first actions |
                | 2025-01-31 | 14210 | 1105 |
                | 2025-02-28 | 13980 | 1190 |
                | 2025-06-30 | 12875 | 1244 |
            "#]],
        );
    }

    #[test]
    fn a_named_series_and_an_unnamed_one() {
        check(
            &[
                "art_unit",
                "1600    41.50",
                "2100    37.25",
                "3700    52.00",
                "Name: pendency_months, dtype: float64",
            ],
            expect![[r#"
                | art unit | pendency months |
                | 1600 | 41.50 |
                | 2100 | 37.25 |
                | 3700 | 52.00 |
            "#]],
        );
        check(
            &["granted     5120", "refused      730", "dtype: int64"],
            expect![[r#"
                | granted | 5120 |
                | refused | 730 |
            "#]],
        );
        check(
            &[
                "sector",
                "music      412",
                "film        98",
                "Name: licence_id, dtype: int64",
            ],
            expect![[r#"
                | sector | licences |
                | music | 412 |
                | film | 98 |
            "#]],
        );
    }

    #[test]
    fn text_that_is_no_repr_is_none() {
        check(&["Median lag: 287 days", "Runs: 4"], expect!["None"]);
        let printed = [
            "Backlog at 30 June 2025: 12,875 applications",
            "Median pendency to first action: 14.2 months",
        ];
        check(&printed, expect!["None"]);
        check(&["a  b", "some words  here"], expect!["None"]);
        check(&["name: Ada, dtype: the best"], expect!["None"]);
        check(
            &["Total   12", "dtype: float64"],
            expect![[r#"
            | Total | 12 |
        "#]],
        );
    }
}
