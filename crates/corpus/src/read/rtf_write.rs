//! The text an RTF body is written into, for [`super::rtf`]: paragraphs as
//! lines between blank lines, heading paragraphs as `#` lines, and table
//! rows as `| a | b |` rows ([`super::pipe_rows`]), one table for rows that
//! follow each other.
//!
//! ```text
//! # 1. Filings                  ← a paragraph in a heading style
//!
//! In 2024 the Office received…  ← one paragraph, one line, however the
//!                                  RTF file broke its source lines
//! | Indicator | 2023 | 2024 |    ← \trowd … \cell … \cell … \row
//! ```
//!
//! A `\line` breaks a line inside its paragraph. A `\par` inside a table
//! cell joins the cell's paragraphs with a space. Paragraphs laid out with
//! tabs (`Year\tFilings`) become a table too when at least two follow each
//! other with the same number of tab stops, as WordPad users make tables;
//! a lone tabbed paragraph is a line with its tabs as spaces.
//!
//! Invariant: every paragraph, heading and table ends in a blank line, and
//! no line of the output is blank but those.

use super::{pipe_rows, squash};

/// Paragraphs and tables written so far, and the one being read.
#[derive(Debug, Default)]
pub struct Writer {
    out: String,
    para: String,
    row: Vec<String>,
    rows: Vec<Vec<String>>,
    tabbed: Vec<Vec<String>>,
}

impl Writer {
    /// Text of the paragraph or cell being read.
    pub fn text(&mut self, text: &str) {
        self.para.push_str(text);
    }

    /// `\line`: a line break inside the paragraph.
    pub fn line(&mut self) {
        self.para.push('\n');
    }

    /// `\par`: the end of a paragraph, a heading of the given level (1 for
    /// `#`), or of one paragraph of a cell when `in_table`.
    pub fn par(&mut self, heading: Option<usize>, in_table: bool) {
        if in_table || !self.row.is_empty() {
            self.para.push(' ');
            return;
        }
        let text = std::mem::take(&mut self.para);
        let text = text.trim_matches([' ', '\t', '\n']);
        if text.is_empty() {
            return;
        }
        self.end_rows();
        if heading.is_none() && text.contains('\t') && !text.contains('\n') {
            let cells = text.split('\t').filter(|c| !c.trim().is_empty());
            self.tabbed.push(cells.map(squash).collect());
            return;
        }
        self.end_tabbed();
        if let Some(level) = heading {
            let marks = "#".repeat(level.clamp(1, 6));
            self.out.push_str(&format!("{marks} {}\n\n", squash(text)));
            return;
        }
        let lines: Vec<String> = text.lines().map(squash).filter(|l| !l.is_empty()).collect();
        self.out.push_str(&lines.join("\n"));
        self.out.push_str("\n\n");
    }

    /// `\page`, `\sect`: the paragraph ends, in a table or not.
    pub fn break_paragraph(&mut self) {
        if !self.row.is_empty() {
            self.row();
        }
        self.par(None, false);
    }

    /// `\cell`: the end of a table cell.
    pub fn cell(&mut self) {
        self.end_tabbed();
        self.row.push(std::mem::take(&mut self.para));
    }

    /// `\row`: the end of a table row; a cell left open is its last.
    pub fn row(&mut self) {
        self.end_tabbed();
        let mut row = std::mem::take(&mut self.row);
        let rest = std::mem::take(&mut self.para);
        if !rest.trim().is_empty() {
            row.push(rest);
        }
        self.rows.push(row);
    }

    /// Everything written, the last paragraph and table included.
    pub fn finish(mut self) -> String {
        self.break_paragraph();
        self.end_rows();
        self.end_tabbed();
        self.out
    }

    /// Writes the table rows read since the last paragraph.
    fn end_rows(&mut self) {
        if !self.rows.is_empty() {
            self.out.push_str(&pipe_rows(&self.rows));
            self.out.push('\n');
            self.rows.clear();
        }
    }

    /// Writes the tabbed paragraphs read since the last other paragraph: a
    /// table when two or more have as many cells, else lines.
    fn end_tabbed(&mut self) {
        let tabbed = std::mem::take(&mut self.tabbed);
        let width = tabbed.first().map_or(0, Vec::len);
        if tabbed.len() >= 2 && width >= 2 && tabbed.iter().all(|r| r.len() == width) {
            self.out.push_str(&pipe_rows(&tabbed));
            self.out.push('\n');
            return;
        }
        for row in tabbed {
            self.out.push_str(&row.join(" "));
            self.out.push_str("\n\n");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    #[test]
    fn paragraphs_headings_lines_and_a_table() {
        let mut w = Writer::default();
        w.text("1.\tFilings");
        w.par(Some(1), false);
        w.text("  The Office  received ");
        w.text("48,216 marks.");
        w.par(None, false);
        w.par(None, false);
        for cell in ["Indicator", "2024"] {
            w.text(cell);
            w.cell();
        }
        w.row();
        w.text("Fees");
        w.par(None, true);
        w.text("(million)");
        w.cell();
        w.text("21.6");
        w.cell();
        w.row();
        w.text("Hélène Maréchal");
        w.line();
        w.text("Directrice");
        w.par(None, false);
        expect![[r#"
            # 1. Filings

            The Office received 48,216 marks.

            | Indicator | 2024 |
            | Fees (million) | 21.6 |

            Hélène Maréchal
            Directrice

        "#]]
        .assert_eq(&w.finish());
    }

    #[test]
    fn tabbed_paragraphs_of_one_width_are_a_table_and_a_lone_one_a_line() {
        let mut w = Writer::default();
        for line in [
            "Ref.: 0147\tPublic",
            "Opening",
            "Year\tFilings",
            "2023\t\t45,090",
        ] {
            w.text(line);
            w.par(None, false);
        }
        expect![[r#"
            Ref.: 0147 Public

            Opening

            | Year | Filings |
            | 2023 | 45,090 |

        "#]]
        .assert_eq(&w.finish());
    }

    #[test]
    fn an_open_row_at_the_end_is_kept() {
        let mut w = Writer::default();
        w.text("a");
        w.cell();
        w.text("b");
        expect![[r#"
            | a | b |

        "#]]
        .assert_eq(&w.finish());
    }
}
