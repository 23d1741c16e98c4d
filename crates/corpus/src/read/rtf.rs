//! Rich Text Format (`.rtf`, or RTF saved as a `.txt`): the body text of a
//! document from Word, WordPad, LibreOffice or TextEdit, without its markup.
//!
//! ```text
//! {\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}
//! {\stylesheet{\s1 heading 1;}}{\info{\title Activity note}{\creatim\yr2025\mo2\dy17}}
//! {\header\pard Page {\field{\*\fldinst PAGE}{\fldrslt 1}}\par}
//! \pard\s1 1.\tab Filings\par
//! \pard The Office received 48,216 applications, up 6.9\~%. Fees rose
//! 9\'a0%.\par
//! }
//! ```
//!
//! becomes front matter (`title:` from `\title`, `date:` from `\creatim`,
//! `source:` from `\company` or else `\author`), `# 1. Filings`, and the
//! paragraph on one line with `6.9 %` and `9 %` ([`super::rtf_write`] lays
//! out paragraphs, headings and tables). Groups that are not body text are
//! skipped: the font, colour, style, list and revision tables, `\*`
//! destinations the reader does not know, pictures, objects, field
//! instructions (a field's result stays), hidden text, and running heads
//! and feet (`\header`, `\footer` and their left, right and first-page
//! kinds), which the compiler drops from printed pages too. Footnotes are
//! kept, as paragraphs after the body: they are the author's words, often a
//! figure's source or revision. A paragraph whose style is named `heading
//! N`, or that has an `\outlinelevel`, is a heading. `\'hh` bytes are read
//! in the code page of `\ansicpg` or of the font's `\fcharset` (with
//! `encoding_rs`, so double-byte pages too), `\uN` as UTF-16 with the `\ucN`
//! fallback characters after it skipped. Raw bytes above ASCII are UTF-8
//! when the whole file is, else in the code page.
//!
//! Invariant: only a file opening with `{\rtf` is read (else `Err`); past
//! that, any bytes give text, never a panic: a brace missing at the end
//! closes nothing, an extra one is ignored, groups deeper than
//! [`MAX_DEPTH`] share one state rather than grow the stack (and give it
//! back as it was when the last of them closes).

use encoding_rs::Encoding;

use super::front_matter;
use super::rtf_lex::{charset, code_page, Lexer, Token};
use super::rtf_write::Writer;

/// How deep groups nest before further `{` stop adding state.
const MAX_DEPTH: usize = 1024;

/// Destinations whose text is not the document's: tables of fonts,
/// colours, styles and lists, revision data, pictures and objects, field
/// instructions, running heads and feet, index and contents entries.
const SKIPPED: &[&str] = &[
    "aftncn",
    "aftnsep",
    "aftnsepc",
    "annotation",
    "atnauthor",
    "atnid",
    "bkmkend",
    "bkmkstart",
    "colortbl",
    "colorschememapping",
    "datastore",
    "fldinst",
    "filetbl",
    "footer",
    "footerf",
    "footerl",
    "footerr",
    "ftncn",
    "ftnsep",
    "ftnsepc",
    "generator",
    "header",
    "headerf",
    "headerl",
    "headerr",
    "latentstyles",
    "listoverridetable",
    "listtable",
    "nonshppict",
    "object",
    "pgdsctbl",
    "pict",
    "revtbl",
    "rsidtbl",
    "rxe",
    "tc",
    "tcn",
    "themedata",
    "txe",
    "xe",
    "xmlnstbl",
];

/// True for text that opens with `{\rtf`.
pub fn is_rtf(text: &str) -> bool {
    text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .starts_with("{\\rtf")
}

/// Reads an RTF file into front matter and body text.
pub fn read_rtf(bytes: &[u8]) -> Result<String, String> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace());
    let bytes = &bytes[start.unwrap_or(bytes.len())..];
    if !bytes.starts_with(b"{\\rtf") {
        return Err("not an RTF file (it does not open with {\\rtf)".into());
    }
    let mut reader = Reader::new(std::str::from_utf8(bytes).is_ok());
    for token in Lexer::new(bytes) {
        reader.token(token);
    }
    Ok(reader.finish())
}

/// Where a group's text goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dest {
    Body,
    Note,
    Skip,
    Info,
    Title,
    Author,
    Company,
    Created,
    Styles,
    Style,
    Fonts,
    ListText,
}

/// What a group holds: its destination, and the character and paragraph
/// properties the reader needs.
#[derive(Debug, Clone, Copy)]
struct State {
    dest: Dest,
    uc: usize,
    font: i32,
    style: i32,
    outline: Option<i32>,
    in_table: bool,
    hidden: bool,
}

/// A style of the stylesheet being read.
#[derive(Debug, Default)]
struct StyleEntry {
    number: i32,
    outline: Option<i32>,
    name: String,
    not_paragraph: bool,
}

/// The `\info` fields the front matter uses.
#[derive(Debug, Default)]
struct Info {
    title: String,
    author: String,
    company: String,
    created: [i32; 3],
}

struct Reader {
    stack: Vec<State>,
    /// Groups open past [`MAX_DEPTH`], and the state they started from.
    overflow: usize,
    overflow_from: Option<State>,
    group_start: bool,
    /// Fallback characters still to skip after a `\uN`.
    skip: usize,
    pending: Vec<u8>,
    pending_page: &'static Encoding,
    high_surrogate: Option<u32>,
    utf8_file: bool,
    ansi: &'static Encoding,
    default_font: i32,
    fonts: Vec<(i32, &'static Encoding)>,
    font_defined: i32,
    headings: Vec<(i32, usize)>,
    entry: StyleEntry,
    info: Info,
    list_text: String,
    body: Writer,
    notes: Writer,
}

impl Reader {
    fn new(utf8_file: bool) -> Self {
        let outside = State {
            dest: Dest::Body,
            uc: 1,
            font: 0,
            style: 0,
            outline: None,
            in_table: false,
            hidden: false,
        };
        Reader {
            stack: vec![outside],
            overflow: 0,
            overflow_from: None,
            group_start: false,
            skip: 0,
            pending: Vec::new(),
            pending_page: encoding_rs::WINDOWS_1252,
            high_surrogate: None,
            utf8_file,
            ansi: encoding_rs::WINDOWS_1252,
            default_font: 0,
            fonts: Vec::new(),
            font_defined: 0,
            headings: Vec::new(),
            entry: StyleEntry::default(),
            info: Info::default(),
            list_text: String::new(),
            body: Writer::default(),
            notes: Writer::default(),
        }
    }

    fn state(&self) -> &State {
        // The stack always holds the state outside the root group.
        self.stack.last().unwrap_or(&self.stack[0])
    }

    fn state_mut(&mut self) -> &mut State {
        let last = self.stack.len() - 1;
        &mut self.stack[last]
    }

    fn token(&mut self, token: Token) {
        let group_start = std::mem::replace(&mut self.group_start, false);
        match token {
            Token::Hex(_) if self.skip > 0 => self.skip -= 1,
            Token::Hex(byte) => self.byte(byte),
            Token::Text(run) => {
                let run = self.skip_fallback(run);
                if self.utf8_file {
                    self.flush();
                    self.put(&String::from_utf8_lossy(run));
                } else {
                    run.iter().for_each(|&b| self.byte(b));
                }
            }
            Token::Open | Token::Close => {
                self.flush();
                self.skip = 0;
                if token == Token::Open {
                    self.open();
                } else {
                    self.close();
                }
            }
            _ if self.skip > 0 => self.skip -= 1,
            Token::Symbol(b'*') if group_start => self.state_mut().dest = Dest::Skip,
            Token::Symbol(symbol) => {
                self.flush();
                self.symbol(symbol);
            }
            Token::Word(word, number) => {
                self.flush();
                if group_start {
                    self.destination(word);
                }
                self.word(word, number);
            }
        }
    }

    fn finish(mut self) -> String {
        self.flush();
        let info = &self.info;
        let [year, month, day] = info.created;
        let date =
            ((1900..=2100).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day))
                .then(|| format!("{year:04}-{month:02}-{day:02}"));
        let source = [&info.company, &info.author]
            .into_iter()
            .find(|s| !s.trim().is_empty())
            .cloned();
        let head = front_matter(&[
            ("title", Some(info.title.clone())),
            ("date", date),
            ("source", source),
        ]);
        format!("{head}{}{}", self.body.finish(), self.notes.finish())
    }

    fn open(&mut self) {
        self.group_start = true;
        if self.stack.len() >= MAX_DEPTH {
            if self.overflow == 0 {
                self.overflow_from = Some(*self.state());
            }
            self.overflow += 1;
            return;
        }
        let mut state = *self.state();
        if state.dest == Dest::Styles {
            state.dest = Dest::Style;
            self.entry = StyleEntry::default();
        }
        self.stack.push(state);
    }

    fn close(&mut self) {
        if self.overflow > 0 {
            self.overflow -= 1;
            if let (0, Some(state)) = (self.overflow, self.overflow_from.take()) {
                *self.state_mut() = state;
            }
            return;
        }
        if self.stack.len() == 1 {
            return;
        }
        let closed = self.stack.pop().map_or(Dest::Skip, |s| s.dest);
        let parent = self.state().dest;
        if closed == Dest::Style && parent == Dest::Styles {
            self.end_style();
        }
        if closed == Dest::ListText && parent != Dest::ListText {
            // A list item's number or bullet: a bullet is a `- ` item.
            let marker = std::mem::take(&mut self.list_text);
            let marker = marker.trim();
            if marker.chars().any(char::is_alphanumeric) {
                self.put(&format!("{marker} "));
            } else {
                self.put("- ");
            }
        }
    }

    /// A group's first control word may name where its text goes.
    fn destination(&mut self, word: &str) {
        let current = self.state().dest;
        let dest = match (current, word) {
            (Dest::Skip, _) => return,
            (Dest::Info, "title") => Dest::Title,
            (Dest::Info, "author") => Dest::Author,
            (Dest::Info, "company") => Dest::Company,
            (Dest::Info, "creatim") => Dest::Created,
            (Dest::Info, _) => return,
            (_, "fonttbl") => Dest::Fonts,
            (_, "stylesheet") => Dest::Styles,
            (_, "info") => Dest::Info,
            (Dest::Body | Dest::Note, "footnote") => Dest::Note,
            (Dest::Body | Dest::Note, "listtext" | "pntext") => {
                self.list_text.clear();
                Dest::ListText
            }
            (_, word) if SKIPPED.contains(&word) => Dest::Skip,
            _ => return,
        };
        self.state_mut().dest = dest;
    }

    fn word(&mut self, word: &str, number: Option<i32>) {
        let n = number.unwrap_or(0);
        let dest = self.state().dest;
        match (dest, word) {
            (_, "u") => self.unicode(n),
            (_, "uc") => {
                let uc = usize::try_from(number.unwrap_or(1)).unwrap_or(0);
                self.state_mut().uc = uc.min(8);
            }
            (_, "ansicpg") => self.ansi = code_page(n).unwrap_or(self.ansi),
            (_, "deff") => {
                self.state_mut().font = n;
                self.default_font = n;
            }
            (Dest::Fonts, "f") => self.font_defined = n,
            (Dest::Fonts, "fcharset") => self.define_font(charset(n)),
            (Dest::Fonts, "cpg") => self.define_font(code_page(n)),
            (Dest::Created, "yr") => self.info.created[0] = n,
            (Dest::Created, "mo") => self.info.created[1] = n,
            (Dest::Created, "dy") => self.info.created[2] = n,
            (Dest::Style, "s") => self.entry.number = n,
            (Dest::Style, "cs" | "ds" | "ts") => self.entry.not_paragraph = true,
            (Dest::Style, "outlinelevel") => self.entry.outline = Some(n),
            (_, "f" | "s" | "outlinelevel" | "pard" | "plain" | "intbl" | "v") => {
                let default_font = self.default_font;
                let state = self.state_mut();
                match word {
                    "f" => state.font = n,
                    "s" => state.style = n,
                    "outlinelevel" => state.outline = Some(n),
                    "pard" => {
                        state.style = 0;
                        state.outline = None;
                        state.in_table = false;
                    }
                    "plain" => {
                        state.font = default_font;
                        state.hidden = false;
                    }
                    "intbl" => state.in_table = true,
                    _ => state.hidden = n != 0 || number.is_none(),
                }
            }
            (Dest::Body | Dest::Note, _) => self.body_word(word),
            _ => {}
        }
    }

    /// A control word of the body: a break, a table's structure or a
    /// character.
    fn body_word(&mut self, word: &str) {
        let heading = self.heading();
        let state = *self.state();
        if state.hidden {
            return;
        }
        let writer = match state.dest {
            Dest::Note => &mut self.notes,
            _ => &mut self.body,
        };
        match word {
            "par" => writer.par(heading, state.in_table),
            "line" => writer.line(),
            "page" | "sect" => writer.break_paragraph(),
            "cell" => writer.cell(),
            "row" => writer.row(),
            _ => {
                let text = match word {
                    "tab" => "\t",
                    "nestcell" | "emspace" | "enspace" | "qmspace" => " ",
                    "emdash" => "\u{2014}",
                    "endash" => "\u{2013}",
                    "lquote" => "\u{2018}",
                    "rquote" => "\u{2019}",
                    "ldblquote" => "\u{201c}",
                    "rdblquote" => "\u{201d}",
                    "bullet" => "\u{2022}",
                    _ => return,
                };
                writer.text(text);
            }
        }
    }

    /// The heading level of the paragraph being read, from its outline
    /// level or its style's.
    fn heading(&self) -> Option<usize> {
        let state = self.state();
        match state.outline {
            Some(level) => level_of(level),
            None => (self.headings.iter().rev())
                .find(|(style, _)| *style == state.style)
                .map(|&(_, level)| level),
        }
    }

    fn end_style(&mut self) {
        let entry = std::mem::take(&mut self.entry);
        let name = entry.name.split(';').next().unwrap_or("").trim();
        let by_name = name
            .to_lowercase()
            .strip_prefix("heading ")
            .and_then(|n| n.parse::<i32>().ok())
            .and_then(|n| level_of(n - 1));
        let level = entry.outline.and_then(level_of).or(by_name);
        if let (Some(level), false) = (level, entry.not_paragraph) {
            self.headings.push((entry.number, level));
        }
    }

    fn define_font(&mut self, encoding: Option<&'static Encoding>) {
        if let Some(encoding) = encoding {
            self.fonts.push((self.font_defined, encoding));
        }
    }

    fn symbol(&mut self, symbol: u8) {
        match symbol {
            b'~' => self.put(" "),
            b'_' => self.put("-"),
            b'\\' | b'{' | b'}' => self.put(&char::from(symbol).to_string()),
            b'\t' => self.put("\t"),
            // `\-` (an optional hyphen) and the rest show nothing.
            _ => {}
        }
    }

    /// `\uN`: a UTF-16 unit, then `\ucN` fallback characters to skip.
    fn unicode(&mut self, n: i32) {
        self.skip = self.state().uc;
        let unit = if n < 0 {
            n.checked_add(0x10000)
        } else {
            Some(n)
        };
        let Some(unit) = unit.and_then(|u| u32::try_from(u).ok()) else {
            return;
        };
        let ch = match unit {
            0xD800..=0xDBFF => {
                self.high_surrogate = Some(unit);
                return;
            }
            0xDC00..=0xDFFF => match self.high_surrogate.take() {
                Some(high) => char::from_u32(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)),
                None => None,
            },
            _ => char::from_u32(unit),
        };
        if let Some(ch) = ch {
            self.put(&ch.to_string());
        }
    }

    /// The part of a text run left after the fallback characters of a
    /// `\uN`: bytes in a code page, characters in a UTF-8 file.
    fn skip_fallback<'a>(&mut self, run: &'a [u8]) -> &'a [u8] {
        if self.skip == 0 {
            return run;
        }
        let cut = if self.utf8_file {
            let text = std::str::from_utf8(run).unwrap_or("");
            let cut = text
                .char_indices()
                .nth(self.skip)
                .map_or(run.len(), |(i, _)| i);
            self.skip -= text[..cut].chars().count();
            cut
        } else {
            let cut = self.skip.min(run.len());
            self.skip -= cut;
            cut
        };
        &run[cut..]
    }

    /// A byte of text in the code page of the font in force.
    fn byte(&mut self, byte: u8) {
        let font = self.state().font;
        let page = (self.fonts.iter().rev())
            .find(|(f, _)| *f == font)
            .map_or(self.ansi, |&(_, page)| page);
        if page != self.pending_page {
            self.flush();
            self.pending_page = page;
        }
        self.pending.push(byte);
    }

    /// Decodes the bytes read so far.
    fn flush(&mut self) {
        if !self.pending.is_empty() {
            let bytes = std::mem::take(&mut self.pending);
            let (text, _) = self.pending_page.decode_without_bom_handling(&bytes);
            self.put(&text);
        }
    }

    /// Text for the group's destination; control characters go.
    fn put(&mut self, text: &str) {
        let text: String = text
            .chars()
            .filter(|&c| c == '\t' || !c.is_control())
            .collect();
        let state = *self.state();
        match state.dest {
            Dest::Body if !state.hidden => self.body.text(&text),
            Dest::Note if !state.hidden => self.notes.text(&text),
            Dest::Title => self.info.title.push_str(&text),
            Dest::Author => self.info.author.push_str(&text),
            Dest::Company => self.info.company.push_str(&text),
            Dest::Style => self.entry.name.push_str(&text),
            Dest::ListText => self.list_text.push_str(&text),
            _ => {}
        }
    }
}

/// `\outlinelevel0` is a heading of level 1; levels past 5 (9 is body
/// text) are no headings.
fn level_of(outline: i32) -> Option<usize> {
    usize::try_from(outline)
        .ok()
        .filter(|&l| l < 6)
        .map(|l| l + 1)
}

#[cfg(test)]
mod tests {
    use super::super::Format;
    use super::*;
    use expect_test::{expect, Expect};

    fn check(rtf: &str, expect: Expect) {
        expect.assert_eq(&read_rtf(rtf.as_bytes()).unwrap());
    }

    #[test]
    fn wordpad_minimal_file_reads_as_paragraphs() {
        // Source lines break mid-sentence; `\~` is a no-break space.
        check(
            "{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}\r\n\
             {\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \r\n\
             \\pard\\sa200\\sl276\\slmult1\\f0\\fs22\\lang9 Filings rose by 6.9\\~% in 2024, to \r\n\
             48,216 applications.\\par\r\n\
             Renewals\\tab 22,905\\line Oppositions\\tab 1,932\\par\r\n}\r\n\0",
            expect![[r#"
                Filings rose by 6.9 % in 2024, to 48,216 applications.

                Renewals 22,905
                Oppositions 1,932

            "#]],
        );
    }

    /// A Word file's apparatus: styles, revision table, document info,
    /// running head and foot, fields, lists, footnotes, pictures, hidden text.
    const WORD: &str = r#"{\rtf1\adeflang1025\ansi\ansicpg1252\uc1\adeff31507\deff0
{\fonttbl{\f0\fbidi \froman\fcharset0\fprq2{\*\panose 02020603050405020304}Times New Roman;}{\f3\fbidi \froman\fcharset2\fprq2 Symbol;}}
{\colortbl;\red0\green0\blue0;}{\*\defchp \fs22 }
{\stylesheet{\ql \li0\ri0\widctlpar\aspalpha\rtlch\fcs1 \af31507 \ltrch\fcs0 \f0\fs22 \snext0 \sqformat \spriority0 Normal;}
{\s1\ql \keepn\outlinelevel0\b\fs32 \sbasedon0 \snext0 \slink15 \sqformat heading 1;}
{\s2\ql \keepn\b\fs26 \sbasedon0 \snext0 \sqformat heading 2;}
{\s3\ql \outlinelevel2 \sbasedon0 Report Section;}
{\*\cs10 \additive \ssemihidden Default Paragraph Font;}{\*\ts11\tsrowd Normal Table;}}
{\*\listtable{\list\listtemplateid1{\listlevel\levelnfc23{\leveltext\'01\u-3913 ?;}{\levelnumbers;}}\listid1}}
{\*\rsidtbl \rsid1265\rsid4325}{\mmathPr\mmathFont34}
{\info{\title Annual figures 2024}{\author Jane Roe}{\operator Jane Roe}{\creatim\yr2025\mo3\dy4\hr10\min2}{\revtim\yr2025\mo3\dy9}{\version2}{\nofpages2}}
{\*\xmlnstbl {\xmlns1 http://schemas.microsoft.com/office/word/2003/wordml}}
\paperw11906\paperh16838\margl1417\margr1417 \ltrsect
{\header \ltrpar \pard\plain \s15\qr Confidential \endash  page {\field{\*\fldinst {\rtlch  PAGE }}{\fldrslt {\lang1024 2}}}\par }
{\footerf \pard\plain Registry of Marks \bullet  Tel. 0800 117 220\par }
\pard\plain \ltrpar\s1\ql \keepn\outlinelevel0\b\fs32\insrsid4325 1.\tab Filings\par
\pard\plain \ltrpar\ql \f0\fs22\insrsid4325 The Registry received {\b 12,406} applications{\v  HIDDEN 99}, up 3.1\~%{\super\chftn {\footnote \pard\plain \s16 {\super\chftn } Revised figure; 12,390 at first count.\par}}
. See {\field{\*\fldinst HYPERLINK \\l ""_Toc1""}{\fldrslt {\ul table 2}}}.\par
{\listtext\pard\plain\f3 \'b7\tab}\pard\plain \ls1\ilvl0 \'c9lodie\rquote s team: 14 examiners\par
{\listtext\pard\plain 2.\tab}\pard\plain \ls2 Second item\par
\pard\plain \ltrpar\s2\b\fs26 Outlook\par
\pard\plain \s3 Targets\par
\pard\plain {\*\shppict{\pict\pngblip\picw10\pich10 89504e470d0a1a0a}}{\nonshppict{\pict\wmetafile8 0100}}Goal: 9,000 by 2026.\par
}"#;

    #[test]
    fn word_file_keeps_body_headings_lists_and_footnotes_only() {
        check(
            WORD,
            expect![[r#"
                ---
                title: "Annual figures 2024"
                date: "2025-03-04"
                source: "Jane Roe"
                ---
                # 1. Filings

                The Registry received 12,406 applications, up 3.1 %. See table 2.

                - Élodie’s team: 14 examiners

                2. Second item

                ## Outlook

                ### Targets

                Goal: 9,000 by 2026.

                Revised figure; 12,390 at first count.

            "#]],
        );
    }

    #[test]
    fn libreoffice_unicode_with_fallbacks_and_font_code_pages() {
        check(
            r"{\rtf1\ansi\deff4\adeflang1025
{\fonttbl{\f0\froman\fprq2\fcharset0 Times New Roman;}{\f4\fswiss\fprq2\fcharset0 Liberation Sans;}{\f5\fnil\fprq2\fcharset204 Arial;}}
{\info{\title Patent fees 2024}{\creatim\yr2024\mo11\dy5\hr9}{\revtim\yr0\mo0\dy0}{\company Office of Patents}}
\pard\plain \s0\ql{\rtlch \ltrch\loch Fees \u8364\'80 2.4m \u8212\'97 2024\uc2 \u8220??up\u8221\'94\'94\uc1  \u-10179?\u-8704?.}\par
\pard\plain {\f5 \'cf\'e0\'f2\'e5\'ed\'f2\'fb: 512}\par
\pard\plain \uc0\u233 t\'e9\par}",
            expect![[r#"
                ---
                title: "Patent fees 2024"
                date: "2024-11-05"
                source: "Office of Patents"
                ---
                Fees € 2.4m — 2024“up” 😀.

                Патенты: 512

                été

            "#]],
        );
    }

    #[test]
    fn table_rows_follow_each_other_as_one_table() {
        check(
            r"{\rtf1\ansi
\pard Key figures\par
\trowd\trgaph108\cellx3000\cellx5000\cellx7000
\pard\intbl\b Indicator\cell 2023\cell 2024\cell\b0\row
\trowd\trgaph108\cellx3000\cellx5000\cellx7000
\pard\intbl Fee income\par (million)\cell 19.8\cell 21.6\cell\row
\pard\intbl Renewals | all\cell 21,660\cell\cell\row
\pard Source: registry.\par}",
            expect![[r#"
                Key figures

                | Indicator | 2023 | 2024 |
                | Fee income (million) | 19.8 | 21.6 |
                | Renewals / all | 21,660 |  |

                Source: registry.

            "#]],
        );
    }

    #[test]
    fn nested_groups_keep_their_text_and_deep_nesting_is_bounded() {
        check(
            r"{\rtf1{{{\b Filings} rose {\i to {\ul 48,216}}}} in {\fs20 2024}.\par}",
            expect![[r#"
                Filings rose to 48,216 in 2024.

            "#]],
        );
        let deep = format!(
            "{{\\rtf1 {}Deep text.{}\\par}}",
            "{".repeat(100_000),
            "}".repeat(100_000)
        );
        assert_eq!(read_rtf(deep.as_bytes()).unwrap(), "Deep text.\n\n");
        // A skipped destination past the depth limit ends with the groups
        // past the limit.
        let skipped = format!(
            "{{\\rtf1 {}{{\\*\\x a}}{}b\\par}}",
            "{".repeat(2000),
            "}".repeat(2000)
        );
        assert_eq!(read_rtf(skipped.as_bytes()).unwrap(), "b\n\n");
    }

    #[test]
    fn unbalanced_braces_lose_no_text() {
        // A missing closing brace ends nothing early; an extra one is
        // ignored, and so is a header group left open.
        check(
            r"{\rtf1 One.\par}} Two.\par{\b Three.",
            expect![[r#"
                One.

                Two.

                Three.

            "#]],
        );
    }

    #[test]
    fn binary_data_is_skipped_even_with_braces_in_it() {
        check(
            "{\\rtf1 Before{\\pict\\wmetafile8\\bin6 }}{\\{x}after.\\par}",
            expect![[r#"
                Beforeafter.

            "#]],
        );
        // `\bin` in text skips its bytes too; past the end it ends the file.
        check(
            "{\\rtf1 A{\\bin3 {{{}B.\\par\\bin999 x}",
            expect![[r#"
                AB.

            "#]],
        );
    }

    #[test]
    fn only_rtf_is_read_and_routed() {
        assert!(read_rtf(b"Filings rose 6.9%.")
            .unwrap_err()
            .contains("not an RTF file"));
        assert!(read_rtf(b"").is_err());
        assert_eq!(read_rtf(b"\xef\xbb\xbf \n{\\rtf1}").unwrap(), "");
        assert_eq!(Format::of_extension("RTF"), Some(Format::Rtf));
        assert!(Format::Rtf.needs_reader());
        assert_eq!(Format::Text.of_content("\n {\\rtf1\\ansi x}"), Format::Rtf);
        assert_eq!(Format::Text.of_content("See {\\rtf1} below."), Format::Text);
    }

    #[test]
    fn hostile_bytes_give_text_or_an_error_never_a_panic() {
        let pieces: &[&[u8]] = &[
            b"{",
            b"}",
            b"\\",
            b"\\u",
            b"\\u-",
            b"\\'",
            b"\\'f",
            b"\\uc",
            b"\\uc99999 ",
            b"\\bin",
            b"\\bin2 ",
            b"\\*",
            b"\\par",
            b"\\cell",
            b"\\row",
            b"\\trowd",
            b"\\intbl",
            b"\\u-10179",
            b"\\u-8704 ",
            b"\\u55296 ",
            b"\\u2147483647 ",
            b"\\f1",
            b"\\fonttbl",
            b"\\fcharset128 ",
            b"\\'82",
            b"\\stylesheet",
            b"\\s1",
            b"\\info",
            b"\\creatim",
            b"\\yr-99",
            b"\\listtext",
            b"\\footnote",
            b"\\v",
            b"\\outlinelevel-3 ",
            b"x",
            b" ",
            b"\r\n",
            b"\0",
            b"\xff\xfe",
            b"\xe9",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..2000 {
            let mut input = b"{\\rtf1".to_vec();
            for _ in 0..64 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let piece = pieces[(seed % pieces.len() as u64) as usize];
                let byte = [(seed >> 8) as u8];
                input.extend_from_slice(if seed.is_multiple_of(7) { &byte } else { piece });
            }
            let read = std::panic::catch_unwind(|| read_rtf(&input));
            assert!(
                read.is_ok(),
                "panicked on {:?}",
                String::from_utf8_lossy(&input)
            );
        }
    }
}
