//! Excel's XML workbooks (SpreadsheetML 2003, `<?mso-application
//! progid="Excel.Sheet"?>`) saved as a document: an office's statistics
//! table as worksheets of rows of cells, a cell's place given by
//! `ss:Index` where cells or rows are skipped:
//!
//! ```text
//! <Worksheet ss:Name="Fees">
//!  <Table><Row><Cell><Data ss:Type="String">Item</Data></Cell>…
//!   <Row ss:Index="4"><Cell ss:Index="3"><Data ss:Type="Number">219</Data></Cell>
//! ```
//!
//! Each sheet's rows are read with their cells in place, and
//! [`super::sheet_layout`] writes them as a section of pipe rows under the
//! sheet's name, for [`super::tables`]. A cell shows what Excel shows: a
//! formula's saved result, a date as its day, a number styled as a
//! percentage times 100 with `%`, a float's long tail rounded; comments
//! go. Of the document properties, the `Title`, `LastSaved` (else
//! `Created`) and `Company` are kept; styles, window settings, authors
//! and sheet options go.
//!
//! Invariant: a body is only rewritten when its root element is a
//! `Workbook` holding a `Worksheet`; the line count never changes while
//! each row of a sheet starts on a line of its own; broken markup ends the
//! reading, and what was read stays.

use std::borrow::Cow;

use super::data_keys::iso_day;
use super::sdmx_xml::{local, xml_pieces, Xml};
use super::sheet_layout::write_workbook;
use super::text::lines_like;

/// Columns a sheet may have: Excel 2003 had 256, and a bad `ss:Index`
/// must not make a row of billions of cells.
const MAX_COLUMNS: usize = 256;

/// A worksheet as read.
#[derive(Debug, Default)]
pub(crate) struct Sheet {
    /// Its `ss:Name`.
    pub name: String,
    /// The lines its element opens and closes on.
    pub lines: (usize, usize),
    /// Rows as `(row number, cells by column)`, numbers from 1.
    pub rows: Vec<(usize, Vec<String>)>,
}

/// What a workbook says.
#[derive(Debug, Default)]
pub(crate) struct Workbook {
    /// The `Title` property and its line.
    pub title: Option<(usize, String)>,
    /// The `LastSaved` and `Created` times, as written.
    pub saved: Option<String>,
    pub created: Option<String>,
    /// The `Company` property.
    pub company: Option<String>,
    pub sheets: Vec<Sheet>,
    /// Style ids whose number format is a percentage.
    percent_styles: Vec<String>,
}

/// The body with its worksheets as headed pipe tables, or as it is when it
/// is no SpreadsheetML workbook.
pub fn workbook_as_rows(body: &str) -> Cow<'_, str> {
    if !(body.contains("Workbook") && body.contains("Worksheet")) {
        return Cow::Borrowed(body);
    }
    let pieces = xml_pieces(body);
    let root = pieces.iter().find_map(|p| match p {
        Xml::Start { name, line, .. } => Some((*name, *line)),
        _ => None,
    });
    let Some(("Workbook", root_line)) = root else {
        return Cow::Borrowed(body);
    };
    let book = read_workbook(&pieces);
    if book.sheets.is_empty() {
        return Cow::Borrowed(body);
    }
    let mut out: Vec<String> = body.lines().map(str::to_string).collect();
    // The XML declaration and processing instructions above the root go too.
    let first_tag = (out.iter()).position(|l| l.trim_start().starts_with('<'));
    let start = first_tag.unwrap_or(root_line).min(root_line);
    for line in out.iter_mut().skip(start) {
        line.clear();
    }
    write_workbook(&book, &mut out, start);
    Cow::Owned(lines_like(&out, body))
}

/// Reads the pieces of a workbook: its properties, styles and sheets.
fn read_workbook(pieces: &[Xml]) -> Workbook {
    let mut book = Workbook::default();
    let mut stack: Vec<&str> = Vec::new();
    let mut column = 0;
    let mut style: Option<String> = None;
    let mut cell_style: Option<String> = None;
    for piece in pieces {
        match piece {
            Xml::Start {
                name,
                attrs,
                empty,
                line,
            } => {
                let attr = |key: &str| {
                    (attrs.iter()).find_map(|(k, v)| (local(k) == key).then_some(v.as_str()))
                };
                let index = attr("Index").and_then(|i| i.trim().parse::<usize>().ok());
                match *name {
                    "Worksheet" => book.sheets.push(Sheet {
                        name: attr("Name").unwrap_or("").trim().to_string(),
                        lines: (*line, *line),
                        rows: Vec::new(),
                    }),
                    "Row" => {
                        if let Some(sheet) = book.sheets.last_mut() {
                            let next = sheet.rows.last().map_or(1, |(n, _)| n + 1);
                            sheet
                                .rows
                                .push((index.unwrap_or(next).max(next), Vec::new()));
                        }
                        column = 0;
                    }
                    "Cell" => {
                        column = index.map_or(column + 1, |i| i.max(column + 1));
                        column = column.min(MAX_COLUMNS);
                        cell_style = attr("StyleID").map(str::to_string);
                        let merged = attr("MergeAcross").and_then(|m| m.trim().parse().ok());
                        if let Some(cells) = current_row(&mut book) {
                            cells.resize(column.max(cells.len()), String::new());
                        }
                        column = (column + merged.unwrap_or(0usize)).min(MAX_COLUMNS);
                    }
                    "Style" => style = attr("ID").map(str::to_string),
                    "NumberFormat"
                        if attr("Format").is_some_and(|f| f.contains('%') || f == "Percent") =>
                    {
                        book.percent_styles.extend(style.clone());
                    }
                    _ => {}
                }
                if !empty {
                    stack.push(name);
                }
            }
            Xml::End { name, line } => {
                if let Some(at) = stack.iter().rposition(|n| n == name) {
                    stack.truncate(at);
                }
                if *name == "Worksheet" {
                    if let Some(sheet) = book.sheets.last_mut() {
                        sheet.lines.1 = *line;
                    }
                }
            }
            Xml::Text { text, line } => read_text(&mut book, &stack, text, *line, &cell_style),
        }
    }
    book
}

/// Files a text by the element it is in: a cell's data or a property.
fn read_text(book: &mut Workbook, stack: &[&str], text: &str, line: usize, style: &Option<String>) {
    let Some(&element) = stack.last() else {
        return;
    };
    if stack.contains(&"Comment") {
        return;
    }
    if stack.contains(&"Data") {
        let percent = style
            .as_ref()
            .is_some_and(|s| book.percent_styles.contains(s));
        let shown = shown_value(text, percent);
        if let Some(cell) = current_row(book).and_then(|cells| cells.last_mut()) {
            if !cell.is_empty() {
                cell.push(' ');
            }
            cell.push_str(&shown);
        }
        return;
    }
    if !stack.contains(&"DocumentProperties") {
        return;
    }
    let text = text.trim().to_string();
    match element {
        "Title" => book.title = Some((line, text)),
        "LastSaved" => book.saved = Some(text),
        "Created" => book.created = Some(text),
        "Company" => book.company = Some(text),
        _ => {}
    }
}

/// The cells of the row being read.
fn current_row(book: &mut Workbook) -> Option<&mut Vec<String>> {
    Some(&mut book.sheets.last_mut()?.rows.last_mut()?.1)
}

/// A cell's value as Excel shows it: a day for a date and time, a
/// percentage for a fraction styled as one, long float tails rounded.
fn shown_value(text: &str, percent: bool) -> String {
    let text = text.trim();
    if let Some((y, m, d)) = iso_day(text).filter(|_| text.contains('T')) {
        return format!("{y:04}-{m:02}-{d:02}");
    }
    let Ok(number) = text.parse::<f64>() else {
        return text.to_string();
    };
    if !number.is_finite() {
        return text.to_string();
    }
    let decimals = text.split_once('.').map_or(0, |(_, f)| f.len());
    match (percent, decimals > 9) {
        (true, _) => format!("{}%", rounded(number * 100.0)),
        (false, true) => rounded(number),
        (false, false) => text.to_string(),
    }
}

/// A number with at most six decimals, trailing zeros gone.
fn rounded(number: f64) -> String {
    let text = format!("{number:.6}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    fn check(body: &str, expect: expect_test::Expect) {
        let text = workbook_as_rows(body);
        assert_eq!(text.split('\n').count(), body.split('\n').count());
        expect.assert_eq(&text);
    }

    #[test]
    fn sheets_become_headed_tables_with_skipped_cells_in_place() {
        check(
            r#"<?xml version="1.0"?>
<ss:Workbook xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
<ss:Styles><ss:Style ss:ID="pc"><ss:NumberFormat ss:Format="0.0%"/></ss:Style></ss:Styles>
<ss:Worksheet ss:Name="Seed banks">
<ss:Table>
<ss:Row><ss:Cell><ss:Data ss:Type="String">Seed banks by region</ss:Data></ss:Cell></ss:Row>
<ss:Row ss:Index="3"><ss:Cell><ss:Data ss:Type="String">Region</ss:Data></ss:Cell><ss:Cell><ss:Data ss:Type="Number">2023</ss:Data></ss:Cell><ss:Cell><ss:Data ss:Type="Number">2024</ss:Data></ss:Cell><ss:Cell><ss:Data ss:Type="String">Share</ss:Data></ss:Cell></ss:Row>
<ss:Row><ss:Cell><ss:Data ss:Type="String">North | hills</ss:Data></ss:Cell><ss:Cell ss:Index="3" ss:Formula="=B4*2"><ss:Data ss:Type="Number">36</ss:Data></ss:Cell><ss:Cell ss:StyleID="pc"><ss:Data ss:Type="Number">0.41999999999999998</ss:Data></ss:Cell></ss:Row>
<ss:Row><ss:Cell><ss:Data ss:Type="String">Checked</ss:Data></ss:Cell><ss:Cell><ss:Data ss:Type="DateTime">2024-11-05T00:00:00.000</ss:Data></ss:Cell><ss:Cell><ss:Comment><ss:Data>not audited</ss:Data></ss:Comment></ss:Cell></ss:Row>
</ss:Table>
</ss:Worksheet>
<ss:Worksheet ss:Name="Sheet2"><ss:Table/></ss:Worksheet>
<ss:Worksheet ss:Name="Sheet3">
<ss:Table><ss:Row><ss:Cell><ss:Data ss:Type="String">Source: seed register.</ss:Data></ss:Cell></ss:Row></ss:Table>
</ss:Worksheet>
<o:DocumentProperties xmlns:o="urn:schemas-microsoft-com:office:office">
<o:Created>2024-12-01T09:00:00Z</o:Created>
<o:Company>Seed Board</o:Company>
</o:DocumentProperties>
</ss:Workbook>
"#,
            expect![[r#"
                Date: 2024-12-01
                Source: Seed Board

                # Seed banks
                Seed banks by region

                | Region | 2023 | 2024 | Share |
                | North / hills |  | 36 | 42% |
                | Checked | 2024-11-05 |  |  |



                Source: seed register.







            "#]],
        );
    }

    #[test]
    fn a_workbook_on_one_line_keeps_its_rows_apart() {
        let body = r#"<Workbook><Worksheet ss:Name="Fees"><Table><Row><Cell><Data>Fee</Data></Cell><Cell><Data>Euros</Data></Cell></Row><Row><Cell><Data>Filing</Data></Cell><Cell><Data>120</Data></Cell></Row></Table></Worksheet></Workbook>"#;
        expect![[r#"
            # Fees
            | Fee | Euros |
            | Filing | 120 |"#]]
        .assert_eq(&workbook_as_rows(body));
    }

    #[test]
    fn other_text_and_broken_workbooks_are_kept_or_survive() {
        let prose = "A Workbook and a Worksheet are Excel's words.\n";
        assert_eq!(workbook_as_rows(prose), prose);
        let empty = "<Workbook><Worksheet ss:Name=\"Blank\"></Worksheet></Workbook>";
        assert_eq!(workbook_as_rows(empty), "");
        for body in [
            "<Workbook>\n<Worksheet ss:Name=\"A\"><Table><Row><Cell ss:Index=\"999999999999\"><Data>1",
            "<Workbook>\n<Worksheet><Row><Cell ss:MergeAcross=\"9\"><Data>x</Data></Cell><Cell><Data>2</Data>",
            "<Workbook><Worksheet>\n<Table><Row ss:Index=\"-3\"><Cell><Data>&#xFFFFFF;</Data></Cell></Row>",
            "<Workbook><Worksheet ss:Name=\"A\"><Table><Row><Cell><Data>a</Data></Cell><Cell><Data>b</Data></Cell></Row></Table></Worksheet><Worksheet",
        ] {
            let _ = workbook_as_rows(body);
        }
    }
}
