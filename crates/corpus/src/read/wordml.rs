//! WordprocessingML, the XML of a Word document's body (`word/document.xml`
//! inside a `.docx`, or that part saved as a `.txt` or `.xml`): paragraphs
//! of runs of text, the runs cut wherever the formatting or the editing
//! session changed, even mid-word, with tracked changes and field codes
//! among them:
//!
//! ```text
//! <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>1. Fees</w:t></w:r></w:p>
//! <w:p><w:r w:rsidR="00A41C2E"><w:t>roy</w:t></w:r><w:r w:rsidR="003B7D90"><w:t>alties of </w:t></w:r>
//!  <w:del><w:r><w:delText>12</w:delText></w:r></w:del><w:ins><w:r><w:t>14</w:t></w:r></w:ins>
//!  <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>…
//! <w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p>…</w:p></w:tc></w:tr></w:tbl>
//! ```
//!
//! Each paragraph becomes one line of its runs' text joined as written
//! (`roy` + `alties` is `royalties`; a tab is a space, a line break a new
//! line), with a blank line between paragraphs. A heading (style `Title`,
//! `Heading1`…`Heading9`, a style [`Styles`] names so, or an outline level)
//! becomes a `#` line and a numbered or bulleted paragraph a `- ` item.
//! Tracked insertions stay and deletions go, as the document reads once its
//! changes are accepted; a field's instruction goes and its shown result
//! stays. A table becomes `| a | b |` rows, a cell spanning columns
//! repeated in each and one merged down the rows repeated in each, a
//! nested table's text flattened into its cell. A text box's paragraphs
//! follow the paragraph holding them. Headers, footers, footnotes and
//! comments are other parts of a package and are not read here (the body
//! holds only references to them, which go).
//!
//! Invariant: only the text of `t` elements inside runs (and `sym`
//! characters) reaches the output, never markup or attribute values; the
//! walk is iterative with a depth limit, and broken markup ends the
//! reading with what was read so far.

use super::wordml_parts::{attr, run_fragment, Styles};
use super::wordml_table::Table;
use crate::sdmx_xml::{xml_pieces_spaced, Xml};

/// Deepest element nesting read: Word nests a few dozen deep at most
/// (tables in text boxes in tables), and a hostile file must not grow the
/// open paragraphs and tables without bound.
pub const MAX_DEPTH: usize = 1_000;

/// What an open element is to the walk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Paragraph,
    ParagraphProps,
    NumberingProps,
    Run,
    Text,
    Table,
    Row,
    RowProps,
    Cell,
    CellProps,
    /// Content that is not the document's text: deletions, instructions,
    /// earlier formatting, alternative content.
    Skipped,
    Other,
}

/// A paragraph being read.
#[derive(Debug, Default)]
struct Paragraph {
    /// Its text, `\n` at line breaks.
    text: String,
    style: Option<String>,
    outline: Option<usize>,
    list: bool,
    /// The plain text of paragraphs in text boxes anchored in it.
    boxes: Vec<String>,
}

/// What holds the paragraphs being read.
#[derive(Debug)]
enum Container {
    Paragraph(Paragraph),
    Table(Table),
}

/// The state of one walk over a body.
struct Walk<'a, 's> {
    styles: &'s Styles,
    stack: Vec<(Kind, &'a str)>,
    /// How many `Skipped` elements are open.
    skipped: usize,
    /// Open complex fields, `true` while in their instruction, and how many are.
    fields: Vec<bool>,
    in_instruction: usize,
    containers: Vec<Container>,
    blocks: Vec<String>,
}

/// The text of a WordprocessingML body: paragraphs, headings, items and
/// table rows, blank lines between them. `Err` only when the markup nests
/// deeper than [`MAX_DEPTH`].
pub fn body_text(xml: &str, styles: &Styles) -> Result<String, String> {
    let mut walk = Walk {
        styles,
        stack: Vec::new(),
        skipped: 0,
        fields: Vec::new(),
        in_instruction: 0,
        containers: Vec::new(),
        blocks: Vec::new(),
    };
    for piece in xml_pieces_spaced(xml) {
        match piece {
            Xml::Start {
                name, attrs, empty, ..
            } => walk.start(name, &attrs, empty)?,
            Xml::End { name, .. } => walk.end(name),
            Xml::Text { text, .. } => walk.text(&text),
        }
    }
    // A file cut short still gives what it has.
    while let Some((kind, _)) = walk.stack.pop() {
        walk.close(kind);
    }
    let mut out = walk.blocks.join("\n\n");
    out.push('\n');
    Ok(out)
}

impl<'a> Walk<'a, '_> {
    fn start(
        &mut self,
        name: &'a str,
        attrs: &[(&str, String)],
        empty: bool,
    ) -> Result<(), String> {
        let parent = self.stack.last().map(|(kind, _)| *kind);
        let kind = if self.skipped > 0 {
            Kind::Skipped
        } else {
            self.open(name, attrs, parent)
        };
        if empty {
            // `<w:p/>`, `<w:tbl/>`, `<w:tc/>` open and close at once.
            if kind != Kind::Skipped {
                self.close(kind);
            }
            return Ok(());
        }
        if self.stack.len() >= MAX_DEPTH {
            return Err(format!(
                "its markup nests more than {MAX_DEPTH} elements deep"
            ));
        }
        if kind == Kind::Skipped {
            self.skipped += 1;
        }
        self.stack.push((kind, name));
        Ok(())
    }

    /// Reads a start tag outside skipped content, and says what it opens.
    fn open(&mut self, name: &str, attrs: &[(&str, String)], parent: Option<Kind>) -> Kind {
        let val = || attr(attrs, "val");
        match (name, parent) {
            ("p", _) => {
                self.containers
                    .push(Container::Paragraph(Paragraph::default()));
                return Kind::Paragraph;
            }
            ("tbl", _) => {
                self.containers.push(Container::Table(Table::default()));
                return Kind::Table;
            }
            ("tr", _) => self.with_table(Table::start_row),
            ("tc", _) => self.with_table(Table::start_cell),
            ("gridSpan", Some(Kind::CellProps)) => {
                let span = val().and_then(|v| v.trim().parse().ok()).unwrap_or(1);
                self.with_table(|t| t.span(span));
            }
            ("vMerge", Some(Kind::CellProps)) => {
                let restart = val() == Some("restart");
                self.with_table(|t| t.merge_down(!restart));
            }
            ("gridBefore", Some(Kind::RowProps)) => {
                let before = val().and_then(|v| v.trim().parse().ok()).unwrap_or(0);
                self.with_table(|t| t.grid_before(before));
            }
            // A row deleted with its changes tracked.
            ("del", Some(Kind::RowProps)) => self.with_table(Table::delete_row),
            ("pStyle", Some(Kind::ParagraphProps)) => {
                self.with_paragraph(|p| p.style = val().map(str::to_string));
            }
            ("outlineLvl", Some(Kind::ParagraphProps)) => {
                let level = val().and_then(|v| v.trim().parse().ok());
                self.with_paragraph(|p| p.outline = level);
            }
            ("numPr" | "listPr", Some(Kind::ParagraphProps)) => {
                self.with_paragraph(|p| p.list = true);
                return Kind::NumberingProps;
            }
            // Numbering 0 takes a style's numbering away.
            ("numId" | "ilfo", Some(Kind::NumberingProps)) if val() == Some("0") => {
                self.with_paragraph(|p| p.list = false);
            }
            ("fldChar", Some(Kind::Run)) => self.field(attr(attrs, "fldCharType")),
            ("tab" | "ptab", Some(Kind::Run)) => self.push(" "),
            ("br" | "cr", Some(Kind::Run)) => self.push("\n"),
            ("noBreakHyphen", Some(Kind::Run)) => self.push("-"),
            ("sym", Some(Kind::Run)) => {
                if let Some(c) = attr(attrs, "char").and_then(symbol) {
                    self.push(c.encode_utf8(&mut [0; 4]));
                }
            }
            // Word 2003 XML's tracked deletions and comments.
            ("annotation", _)
                if attr(attrs, "type")
                    .is_some_and(|t| t.ends_with("Deletion") || t.ends_with("Comment")) =>
            {
                return Kind::Skipped
            }
            _ => {}
        }
        match (name, parent) {
            ("pPr", Some(Kind::Paragraph)) => Kind::ParagraphProps,
            ("trPr", _) => Kind::RowProps,
            ("tcPr", _) => Kind::CellProps,
            ("r", _) => Kind::Run,
            ("t", Some(Kind::Run)) => Kind::Text,
            ("tr", _) => Kind::Row,
            ("tc", _) => Kind::Cell,
            (n, _) if n.ends_with("Change") => Kind::Skipped,
            // Word 2003 XML writes a footnote where it is referenced.
            #[rustfmt::skip]
            ("del" | "moveFrom" | "delText" | "delInstrText" | "instrText" | "fldData"
                | "Fallback" | "sdtPr" | "sdtEndPr" | "sectPr" | "footnote" | "endnote", _) => Kind::Skipped,
            _ => Kind::Other,
        }
    }

    fn end(&mut self, name: &str) {
        // Elements left open inside this one close with it.
        let Some(at) = self.stack.iter().rposition(|(_, open)| *open == name) else {
            return;
        };
        while self.stack.len() > at {
            if let Some((kind, _)) = self.stack.pop() {
                self.close(kind);
            }
        }
    }

    fn close(&mut self, kind: Kind) {
        match kind {
            Kind::Skipped => self.skipped = self.skipped.saturating_sub(1),
            Kind::Paragraph => {
                if let Some(Container::Paragraph(p)) = self.containers.pop() {
                    self.paragraph_done(p);
                }
            }
            Kind::Table => {
                if let Some(Container::Table(t)) = self.containers.pop() {
                    let (rows, plain) = t.finish();
                    self.emit(rows, plain);
                }
            }
            Kind::Cell => self.with_table(Table::end_cell),
            Kind::Row => self.with_table(Table::end_row),
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        if self.stack.last().map(|(kind, _)| *kind) != Some(Kind::Text) || self.skipped > 0 {
            return;
        }
        let text = text.replace(['\n', '\r', '\t'], " ");
        match run_fragment(&text) {
            Some(fragment) => self.push(&fragment),
            None => self.push(&text),
        }
    }

    /// Adds shown text to the open paragraph, unless a field's instruction
    /// is being read.
    fn push(&mut self, text: &str) {
        if self.in_instruction == 0 {
            self.with_paragraph(|p| p.text.push_str(text));
        }
    }

    /// A complex field's `begin`, `separate` (instruction over, result
    /// next) or `end`.
    fn field(&mut self, what: Option<&str>) {
        match what {
            Some("begin") => {
                self.fields.push(true);
                self.in_instruction += 1;
            }
            Some("separate") => {
                if let Some(top @ true) = self.fields.last_mut() {
                    *top = false;
                    self.in_instruction -= 1;
                }
            }
            Some("end") => {
                let instruction = self.fields.pop() == Some(true);
                self.in_instruction -= usize::from(instruction);
            }
            _ => {}
        }
    }

    fn paragraph_done(&mut self, p: Paragraph) {
        let lines: Vec<String> = (p.text.split('\n'))
            .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|line| !line.is_empty())
            .collect();
        if !lines.is_empty() {
            let plain = lines.join(" ");
            let shown = match (self.styles.level(&p.style, p.outline), p.list) {
                (Some(level), _) => format!("{} {plain}", "#".repeat(level)),
                (None, true) => format!("- {plain}"),
                (None, false) if self.styles.is_list(&p.style) => format!("- {plain}"),
                (None, false) => lines.join("\n"),
            };
            self.emit(shown, plain);
        }
        for text in p.boxes {
            self.emit(text.clone(), text);
        }
    }

    /// Puts a finished block where it belongs: in the body as `shown`, or
    /// as `plain` text in the table cell or paragraph (a text box's) it is in.
    fn emit(&mut self, shown: String, plain: String) {
        if shown.is_empty() && plain.is_empty() {
            return;
        }
        match self.containers.last_mut() {
            None => self.blocks.push(shown),
            Some(Container::Paragraph(p)) => p.boxes.push(plain),
            Some(Container::Table(t)) => t.add_text(plain),
        }
    }

    fn with_paragraph(&mut self, f: impl FnOnce(&mut Paragraph)) {
        if let Some(Container::Paragraph(p)) = self.containers.last_mut() {
            f(p);
        }
    }

    fn with_table(&mut self, f: impl FnOnce(&mut Table)) {
        if let Some(Container::Table(t)) = self.containers.last_mut() {
            f(t);
        }
    }
}

/// The character of a `sym` element's code: Unicode as it is, and the few
/// Symbol-font codes that are signs of figures (Word writes them as
/// private-use `F0xx`).
fn symbol(code: &str) -> Option<char> {
    let code = u32::from_str_radix(code.trim(), 16).ok()?;
    match code {
        0xF0B0 => Some('°'),
        0xF0B1 => Some('±'),
        0xF0B4 => Some('×'),
        0xF0B8 => Some('÷'),
        0xF0A3 => Some('≤'),
        0xF0B3 => Some('≥'),
        0xF02D => Some('−'),
        0xE000..=0xF8FF => None,
        _ => char::from_u32(code).filter(|c| !c.is_control()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    /// A body in its document element, as Word writes it.
    fn doc(body: &str) -> String {
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document \
             xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}\
             <w:sectPr><w:footerReference r:id=\"rId9\"/><w:pgSz w:w=\"11906\"/></w:sectPr></w:body></w:document>"
        )
    }

    fn check(body: &str, expect: Expect) {
        expect.assert_eq(&body_text(&doc(body), &Styles::default()).unwrap_or_else(|e| e));
    }

    #[test]
    fn a_paragraph_is_a_line() {
        check(
            "<w:p><w:r><w:t>Fees rose.</w:t></w:r></w:p>",
            expect![[r#"
                Fees rose.
            "#]],
        );
    }

    #[test]
    fn runs_join_as_written_even_mid_word() {
        check(
            r#"<w:p w:rsidR="00A41C2E"><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>
  <w:r w:rsidR="00A41C2E"><w:t xml:space="preserve">Income from </w:t></w:r><w:r w:rsidR="003B7D90"><w:rPr><w:b/></w:rPr><w:t>roy</w:t></w:r>
  <w:r w:rsidR="00E12F4A"><w:t>alties</w:t></w:r><w:r><w:tab/><w:t>rose</w:t><w:noBreakHyphen/><w:t>sharply</w:t><w:sym w:font="Symbol" w:char="F0B1"/><w:t>2</w:t></w:r>
  <w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="2"/></w:r><w:r><w:t>%</w:t></w:r>
  <w:r><w:lastRenderedPageBreak/><w:t xml:space="preserve"> in 2024,</w:t><w:br/><w:t>R&amp;D &#8211; up.</w:t></w:r></w:p>
<w:p/><w:tbl/><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p><w:p><w:r><w:t>Next.</w:t></w:r></w:p>"#,
            expect![[r#"
                Income from royalties rose-sharply±2% in 2024,
                R&D – up.

                Next.
            "#]],
        );
    }

    #[test]
    fn headings_items_and_captions() {
        check(
            r#"<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Annual Report</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>2. Fees</w:t></w:r></w:p>
<w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>Outlined</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/></w:pPr><w:r><w:t>Body text after all</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>first item</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>styled item</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>numbering taken away</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Caption"/></w:pPr><w:r><w:t>Table 1 – Fees</w:t></w:r></w:p>"#,
            expect![[r#"
                # Annual Report

                ## 2. Fees

                ### Outlined

                Body text after all

                - first item

                - styled item

                numbering taken away

                Table 1 – Fees
            "#]],
        );
    }

    #[test]
    fn a_table_is_pipe_rows_on_its_grid() {
        let cell = |props: &str, text: &str| {
            format!("<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>")
        };
        let rows = [
            cell("<w:gridSpan w:val=\"3\"/>", "Table 2 (million)"),
            cell("", "Item")
                + &cell(
                    "<w:gridSpan w:val=\"2\"/><w:tcPrChange w:id=\"8\"><w:tcPr><w:gridSpan w:val=\"1\"/></w:tcPr></w:tcPrChange>",
                    "2024",
                ),
            cell("", "") + &cell("", "H1") + &cell("", "H2"),
            cell("<w:vMerge w:val=\"restart\"/>", "Fees") + &cell("", "1.5") + &cell("", "2.0"),
            cell("<w:vMerge/>", "") + &cell("", "1.6") + &cell("", "2.1"),
            "<w:trPr><w:del w:id=\"7\" w:author=\"A\"/></w:trPr>".to_string()
                + &cell("", "Deleted")
                + &cell("", "9")
                + &cell("", "9"),
            "<w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>".to_string()
                + &cell("", "3.1")
                + "<w:tc><w:p><w:r><w:t>in</w:t></w:r></w:p><w:tbl><w:tr>"
                + &cell("", "nested")
                + &cell("", "4")
                + "</w:tr></w:tbl><w:p><w:r><w:t>total</w:t></w:r></w:p></w:tc>",
        ];
        let rows: String = rows.iter().map(|r| format!("<w:tr>{r}</w:tr>")).collect();
        check(
            &format!("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>{rows}</w:tbl>"),
            expect![[r#"
                Table 2 (million)

                | Item | 2024 | 2024 |
                |  | H1 | H2 |
                | Fees | 1.5 | 2.0 |
                | Fees | 1.6 | 2.1 |
                |  | 3.1 | in nested 4 total |
            "#]],
        );
    }

    #[test]
    fn tracked_changes_read_as_accepted() {
        check(
            r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:pPrChange w:id="1"><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:pPrChange></w:pPr><w:r><w:t>Fees</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Approved on </w:t></w:r><w:del w:id="2" w:author="A" w:date="2025-05-12T09:00:00Z"><w:r><w:delText>12 May</w:delText></w:r></w:del><w:ins w:id="3" w:author="A" w:date="2025-05-14T17:22:00Z"><w:r><w:t>14 May</w:t></w:r></w:ins><w:del w:id="6"><w:r><w:noBreakHyphen/><w:delText>15</w:delText></w:r></w:del><w:r><w:t xml:space="preserve"> 2025; </w:t></w:r>
<w:moveFrom w:id="4"><w:r><w:t>moved </w:t></w:r></w:moveFrom><w:r><w:t xml:space="preserve">grants </w:t></w:r><w:moveTo w:id="5"><w:r><w:t>moved </w:t></w:r></w:moveTo><w:r><w:t>up.</w:t></w:r></w:p>"#,
            expect![[r#"
                # Fees

                Approved on 14 May 2025; grants moved up.
            "#]],
        );
    }

    #[test]
    fn field_instructions_go_and_results_stay() {
        check(
            r#"<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://x.example" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>the register</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
<w:r><w:t xml:space="preserve">, page </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>4</w:t></w:r></w:fldSimple>
<w:r><w:t xml:space="preserve">, total </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>= </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>REF fees</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>10</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText>*2</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>20</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>.</w:t></w:r></w:p>"#,
            expect![[r#"
                See the register, page 4, total 20.
            "#]],
        );
    }

    #[test]
    fn text_boxes_follow_their_paragraph_and_fallbacks_go() {
        check(
            r#"<w:p><w:r><w:t xml:space="preserve">Fees rose. </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:positionH><wp:posOffset>1905</wp:posOffset></wp:positionH><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>Box: 12 offices</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Box: 12 offices</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Grants fell.</w:t></w:r></w:p>"#,
            expect![[r#"
                Fees rose. Grants fell.

                Box: 12 offices
            "#]],
        );
    }

    #[test]
    fn escaped_markup_in_a_run_reads_as_what_it_would_show() {
        check(
            r#"<w:p><w:r><w:t xml:space="preserve">Approved on </w:t></w:r><w:r><w:t>&lt;w:ins w:id="3" w:author="A"&gt;&lt;w:r&gt;&lt;w:t&gt;14 May 2025&lt;/w:t&gt;&lt;/w:r&gt;&lt;/w:ins&gt;&lt;w:del&gt;&lt;w:r&gt;&lt;w:delText&gt;12 May&lt;/w:delText&gt;&lt;/w:r&gt;&lt;/w:del&gt;</w:t></w:r><w:r><w:t>. Fees &lt; 5% of income.</w:t></w:r></w:p>"#,
            expect![[r#"
                Approved on 14 May 2025. Fees < 5% of income.
            "#]],
        );
    }

    #[test]
    fn deep_nesting_is_an_error_and_broken_markup_reads_as_far_as_it_goes() {
        let deep = "<w:p><w:r>".repeat(MAX_DEPTH) + "<w:t>x</w:t>";
        let err = body_text(&doc(&deep), &Styles::default()).unwrap_err();
        assert!(err.contains("nests more than 1000"), "{err}");
        check(
            "<w:p><w:r><w:t>Fees: 4.2</w:t></w:r><w:r><w:t>5 mil",
            expect![[r#"
                Fees: 4.25 mil
            "#]],
        );
        // Stray ends, unclosed cells and rows, text outside runs: no panic.
        check(
            "</w:p></w:tc><w:tc><w:p>loose<w:r><w:t>in</w:t></w:r></w:tbl><w:tr><w:gridSpan w:val=\"99999999999\"/></w:body>",
            expect![[r#"
                in
            "#]],
        );
        // Entities are never expanded, so a billion laughs stay two.
        let laughs = "<!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;\">]>";
        let text = body_text(
            &(laughs.to_string() + &doc("<w:p><w:r><w:t>&b;&b;</w:t></w:r></w:p>")),
            &Styles::default(),
        );
        assert_eq!(text.as_deref(), Ok("&b;&b;\n"));
        for garbage in [
            "",
            "<",
            "\u{0}\u{ffff}<w:t>",
            "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"63\"/><w:vMerge/></w:tcPr>",
            "<w:del><w:tbl/><w:tc/></w:del><w:p><w:r><w:t>x</w:t></w:r></w:p>",
            "<w:r><w:fldChar w:fldCharType=\"end\"/><w:fldChar w:fldCharType=\"separate\"/>",
            "<w:r><w:sym w:char=\"110000\"/><w:sym w:char=\"zz\"/><w:sym/>",
        ] {
            let _ = body_text(garbage, &Styles::default());
            let _ = body_text(&doc(garbage), &Styles::default());
        }
    }
}
