//! Readers: turn an input file that is not plain text (an HTML page, a PDF, a
//! Markdown file, a Word document) into the plain-text dialect the rest of the
//! compiler reads — optional front matter, `#` headings, `- ` list items,
//! paragraphs between blank lines, and tables as `| cell | cell |` rows (see
//! [`super::tables`]).
//!
//! The parsers are build-time dependencies only, behind the `readers` feature:
//! build.rs and the native tools enable it, the wasm app does not. Without it,
//! `.html`, `.htm`, `.pdf` and `.docx` files are ignored with a warning naming
//! the feature and `.md` files (and notebooks or WordprocessingML saved as
//! `.txt`) are read as plain text.
//!
//! Invariant: a reader never panics on its input; a file it cannot read
//! (broken, encrypted, scanned) is an `Err` with a message saying why.

#[cfg(feature = "readers")]
mod docx;
#[cfg(feature = "readers")]
mod email;
#[cfg(feature = "readers")]
mod frame_repr;
#[cfg(feature = "readers")]
mod html;
#[cfg(feature = "readers")]
mod markdown;
#[cfg(feature = "readers")]
mod notebook;
#[cfg(feature = "readers")]
mod pandoc;
#[cfg(feature = "readers")]
mod pdf;
#[cfg(feature = "readers")]
mod rtf;
#[cfg(feature = "readers")]
mod rtf_lex;
#[cfg(feature = "readers")]
mod rtf_write;
#[cfg(feature = "readers")]
mod wordml;
#[cfg(feature = "readers")]
mod wordml_parts;
#[cfg(feature = "readers")]
mod wordml_table;
#[cfg(feature = "readers")]
mod xhtml;

/// The input formats, by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.txt` (and `.srt`, `.vtt` subtitles, `.rst`, `.tex` LaTeX source, `.eml`
    /// and `.mbox` mail, whose MIME is found by content, and `.xml`, whose
    /// WordprocessingML is): read as it is.
    Text,
    /// `.md`: CommonMark with tables.
    Markdown,
    /// `.html` / `.htm`: a saved web page.
    Html,
    /// `.pdf` (or a `.txt` holding an uncompressed PDF): the text layer of a PDF.
    Pdf,
    /// `.ipynb` (or a `.txt` holding one's JSON): a Jupyter notebook.
    Notebook,
    /// A MIME e-mail (an `.eml`, or a `.txt` or `.mbox` holding one or a
    /// mailbox of them): quoted-printable or base64 text, multipart bodies.
    Email,
    /// `.rtf` (or a `.txt` opening with `{\rtf`): Rich Text Format, its body
    /// text without control words, font tables, running heads and feet.
    Rtf,
    /// `.docx`: a Word document's zip package (body, styles, core properties).
    Docx,
    /// A `.txt` or `.xml` holding WordprocessingML: a Word document's
    /// `word/document.xml` saved as text, a Flat OPC package or Word 2003 XML.
    WordXml,
}

impl Format {
    /// The format of a file extension (any case), if the compiler reads it.
    pub fn of_extension(ext: &str) -> Option<Format> {
        match ext.to_ascii_lowercase().as_str() {
            // Subtitles, reStructuredText and LaTeX source are text; `clean`
            // reads their markup. So is XML, read by its content:
            // WordprocessingML here, SDMX-ML and SpreadsheetML in `clean`.
            "txt" | "srt" | "vtt" | "rst" | "tex" | "eml" | "mbox" | "xml" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" => Some(Format::Html),
            "pdf" => Some(Format::Pdf),
            "ipynb" => Some(Format::Notebook),
            "rtf" => Some(Format::Rtf),
            "docx" => Some(Format::Docx),
            _ => None,
        }
    }

    /// The format of a text file's content: a `.txt` holding a notebook's
    /// JSON is a notebook, one holding a web page (XHTML, an Inline XBRL
    /// report) a page, one holding a MIME e-mail an e-mail, one holding a
    /// PDF a PDF, one opening with `{\rtf` Rich Text Format, and one holding
    /// WordprocessingML a Word document (with the `readers` feature; else
    /// text).
    pub fn of_content(self, text: &str) -> Format {
        // `{\rtf` first: an RTF file's text may quote JSON or markup.
        #[cfg(feature = "readers")]
        if self == Format::Text && rtf::is_rtf(text) {
            return Format::Rtf;
        }
        #[cfg(feature = "readers")]
        if self == Format::Text && notebook::is_notebook(text) {
            return Format::Notebook;
        }
        #[cfg(feature = "readers")]
        if self == Format::Text && xhtml::is_html_page(text) {
            return Format::Html;
        }
        #[cfg(feature = "readers")]
        if self == Format::Text && email::is_email(text) {
            return Format::Email;
        }
        #[cfg(feature = "readers")]
        if self == Format::Text && pdf::is_pdf(text) {
            return Format::Pdf;
        }
        #[cfg(feature = "readers")]
        if self == Format::Text && docx::is_wordml(text) {
            return Format::WordXml;
        }
        let _ = text;
        self
    }

    /// True when the bytes go through a reader rather than straight to text.
    pub fn needs_reader(self) -> bool {
        match self {
            Format::Text => false,
            Format::Markdown => cfg!(feature = "readers"),
            Format::Html
            | Format::Pdf
            | Format::Notebook
            | Format::Email
            | Format::Rtf
            | Format::Docx
            | Format::WordXml => true,
        }
    }
}

/// Largest input handed to a reader, in bytes: pages with inline images and
/// PDFs with fonts are large, and only their text must fit
/// [`super::source::MAX_FILE_BYTES`].
pub const MAX_READER_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// Reads `bytes` of the given format into compiler text.
#[cfg(feature = "readers")]
pub fn read(format: Format, bytes: &[u8]) -> Result<String, String> {
    // A parser bug on strange input must cost one file, not the build.
    let run = || match format {
        Format::Text => Ok(String::from_utf8_lossy(bytes).into_owned()),
        Format::Markdown => utf8(bytes).map(markdown::read_markdown),
        Format::Html => html::read_html(&decode_html(bytes)),
        Format::Pdf => pdf::read_pdf(bytes),
        Format::Notebook => utf8(bytes).and_then(notebook::read_notebook),
        Format::Email => utf8(bytes).and_then(email::read_email),
        Format::Rtf => rtf::read_rtf(bytes),
        Format::Docx => docx::read_docx(bytes),
        Format::WordXml => utf8(bytes).and_then(docx::read_wordml),
    };
    std::panic::catch_unwind(run)
        .unwrap_or_else(|_| Err("the file's parser failed on it (malformed file?)".into()))
}

/// Without the `readers` feature only text and Markdown-as-text are read.
#[cfg(not(feature = "readers"))]
pub fn read(format: Format, _bytes: &[u8]) -> Result<String, String> {
    Err(format!(
        "ignored: reading {format:?} files needs the `readers` feature of ipx-corpus"
    ))
}

#[cfg(feature = "readers")]
fn utf8(bytes: &[u8]) -> Result<&str, String> {
    std::str::from_utf8(bytes).map_err(|e| {
        let line = 1 + bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        format!("not valid UTF-8 (line {line})")
    })
}

/// Saved pages are mostly UTF-8; anything else is read lossily rather than
/// refused, since the markup around the text is ASCII.
#[cfg(feature = "readers")]
fn decode_html(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    String::from_utf8_lossy(bytes).into_owned()
}

/// Squashes runs of whitespace to one space and trims.
#[cfg(feature = "readers")]
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Renders a table's rows as `| a | b |` lines, the form [`super::tables`]
/// reads; pipes inside cells become slashes so the cells stay apart.
#[cfg(feature = "readers")]
fn pipe_rows(rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    for row in rows.iter().filter(|r| r.iter().any(|c| !c.is_empty())) {
        out.push('|');
        for cell in row {
            out.push(' ');
            out.push_str(&squash(&cell.replace('|', "/")));
            out.push_str(" |");
        }
        out.push('\n');
    }
    out
}

/// Front matter lines for what a reader found in the file's metadata.
#[cfg(feature = "readers")]
fn front_matter(fields: &[(&str, Option<String>)]) -> String {
    let lines: Vec<String> = fields
        .iter()
        .filter_map(|(key, value)| {
            let value = squash(value.as_deref()?);
            // One line each, and no quote that would end the value early.
            let value = value.replace('"', "'");
            (!value.is_empty()).then(|| format!("{key}: \"{value}\""))
        })
        .collect();
    if lines.is_empty() {
        String::new()
    } else {
        format!("---\n{}\n---\n", lines.join("\n"))
    }
}
