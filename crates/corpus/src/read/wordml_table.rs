//! A WordprocessingML table (`w:tbl`) as [`super::wordml`] reads it: rows
//! of cells, each cell the text of its paragraphs, laid on the table's grid.
//!
//! ```text
//! <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>
//!   <w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/></w:tcPr><w:p>…</w:p></w:tc>
//! ```
//!
//! A cell spanning columns (`gridSpan`) is repeated in each, as the HTML
//! reader does with `colspan`, so every column keeps its heading; a cell
//! merged down the rows (`vMerge`) is repeated in each row it covers, so
//! every row keeps its label. A row that is one cell across the whole
//! table is a caption or a group label, not a value of each column: at the
//! top it is written as a paragraph above the rows, below as a label in
//! the first column. Skipped grid columns (`gridBefore`) are empty cells; a
//! row deleted with its changes tracked goes.
//!
//! Invariant: no row grows past [`MAX_COLUMNS`] cells, whatever the spans say.

use super::pipe_rows;

/// Columns a table may have: Word allows 63.
pub const MAX_COLUMNS: usize = 63;

/// A table being read.
#[derive(Debug, Default)]
pub struct Table {
    rows: Vec<Row>,
    row: Option<Row>,
}

#[derive(Debug, Default)]
struct Row {
    cells: Vec<Cell>,
    cell: Option<Cell>,
    before: usize,
    deleted: bool,
}

#[derive(Debug)]
struct Cell {
    texts: Vec<String>,
    span: usize,
    /// Merged with the cell above (`vMerge` continuing).
    continues: bool,
}

impl Table {
    /// A `w:tr` opens.
    pub fn start_row(&mut self) {
        self.end_row();
        self.row = Some(Row::default());
    }

    /// A `w:tc` opens.
    pub fn start_cell(&mut self) {
        let row = self.row.get_or_insert_with(Row::default);
        row.cells.extend(row.cell.take());
        row.cell = Some(Cell {
            texts: Vec::new(),
            span: 1,
            continues: false,
        });
    }

    pub fn span(&mut self, span: usize) {
        if let Some(cell) = self.cell() {
            cell.span = span.clamp(1, MAX_COLUMNS);
        }
    }

    pub fn merge_down(&mut self, continues: bool) {
        if let Some(cell) = self.cell() {
            cell.continues = continues;
        }
    }

    pub fn grid_before(&mut self, before: usize) {
        if let Some(row) = &mut self.row {
            row.before = before.min(MAX_COLUMNS);
        }
    }

    pub fn delete_row(&mut self) {
        if let Some(row) = &mut self.row {
            row.deleted = true;
        }
    }

    /// A paragraph's (or a nested table's) plain text, in the open cell.
    pub fn add_text(&mut self, text: String) {
        if let Some(cell) = self.cell() {
            cell.texts.push(text);
        }
    }

    pub fn end_cell(&mut self) {
        if let Some(row) = &mut self.row {
            row.cells.extend(row.cell.take());
        }
    }

    pub fn end_row(&mut self) {
        self.end_cell();
        self.rows.extend(self.row.take().filter(|row| !row.deleted));
    }

    /// The table as pipe rows (any caption above them), and as plain text
    /// for a cell it is nested in.
    pub fn finish(mut self) -> (String, String) {
        self.end_row();
        let grid = self.grid();
        let width = grid.iter().map(|(cells, _)| cells.len()).max().unwrap_or(0);
        let mut caption = Vec::new();
        let mut rows: Vec<Vec<String>> = Vec::new();
        for (mut cells, whole) in grid {
            match whole {
                Some(text) if width > 1 && rows.is_empty() => caption.push(text),
                Some(text) if width > 1 => {
                    cells = vec![String::new(); width];
                    cells[0] = text;
                    rows.push(cells);
                }
                _ => {
                    cells.resize(width, String::new());
                    rows.push(cells);
                }
            }
        }
        let mut plain: Vec<&str> = caption.iter().map(String::as_str).collect();
        plain.extend(
            rows.iter()
                .flatten()
                .map(String::as_str)
                .filter(|c| !c.is_empty()),
        );
        let plain = plain.join(" ");
        let mut shown = caption.join("\n\n");
        let piped = pipe_rows(&rows);
        if !shown.is_empty() && !piped.is_empty() {
            shown.push_str("\n\n");
        }
        shown.push_str(piped.trim_end());
        (shown, plain)
    }

    /// Each row's cells on the grid, with its text when the row is one cell.
    fn grid(&self) -> Vec<(Vec<String>, Option<String>)> {
        let mut out: Vec<(Vec<String>, Option<String>)> = Vec::new();
        for row in &self.rows {
            let mut cells = vec![String::new(); row.before];
            for cell in &row.cells {
                let column = cells.len();
                let text = if cell.continues {
                    let above = out.last().and_then(|(cells, _)| cells.get(column));
                    above.cloned().unwrap_or_default()
                } else {
                    cell.texts.join(" ")
                };
                let room = MAX_COLUMNS.saturating_sub(cells.len());
                cells.extend(std::iter::repeat_n(text, cell.span.min(room)));
            }
            let whole = match row.cells.as_slice() {
                [one] if row.before == 0 && !one.continues && one.span > 1 => {
                    cells.first().cloned().filter(|t| !t.is_empty())
                }
                _ => None,
            };
            out.push((cells, whole));
        }
        // A one-cell row spans the whole table only if no row is wider.
        let width = out.iter().map(|(cells, _)| cells.len()).max().unwrap_or(0);
        for (cells, whole) in &mut out {
            if cells.len() < width {
                *whole = None;
            }
        }
        out
    }

    fn cell(&mut self) -> Option<&mut Cell> {
        self.row.as_mut()?.cell.as_mut()
    }
}
