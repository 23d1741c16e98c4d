//! The LaTeX scanner: one pass over a LaTeX source, left to right, that
//! writes the text of each source line to the same line of its output, and
//! sets aside what is laid out afterwards: tables' rows and captions
//! ([`super::latex_tables`]) and the title, author and date
//! ([`super::latex_source`]). What each command does is
//! [`super::latex_commands`]'s to say; the preamble (before
//! `\begin{document}`) gives no text.
//!
//! Groups and environments are an explicit stack of frames, never
//! recursion, and each byte is read a bounded number of times, so the scan
//! is linear however deeply braces nest. A group still open when its
//! paragraph ends (a blank line), or an optional `[…]` still open at its
//! line's end, is closed there, so a stray brace costs at most a paragraph.
//!
//! Invariant: the output has exactly one line per source line.

use std::collections::BTreeMap;

use super::latex_commands::FrontKind;
use super::latex_frames::{Frame, Role, Sink};

/// Longest environment name read.
const MAX_ENV_NAME: usize = 40;
/// Longest optional `[…]` (or `(…)`) argument skipped; a longer one is text.
const MAX_OPTION_BYTES: usize = 300;
/// Longest `\url{…}` read as written.
const MAX_URL_BYTES: usize = 500;

/// A cell of a table row.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Cell {
    /// Its text, spaces squashed.
    pub text: String,
    /// How many columns it spans (`\multicolumn`), at least 1.
    pub span: usize,
}

/// A table (`tabular` and its kin) as read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    /// Its rows, empty ones left out.
    pub rows: Vec<Vec<Cell>>,
    /// The rows above the first rule drawn under a row (`\midrule`,
    /// `\hline`): its header, or 0 when no rule was drawn under a row.
    pub header_rows: usize,
    /// The 0-based source line of `\begin{tabular}`.
    pub first_line: usize,
    /// The 0-based source line of `\end{tabular}`.
    pub last_line: usize,
}

/// A `\caption{…}`, by the source line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caption {
    /// The 0-based source line.
    pub line: usize,
    /// Its text.
    pub text: String,
}

/// A `\title`, `\author` or `\date`, by the source line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontLine {
    /// Which it is.
    pub kind: FrontKind,
    /// The 0-based source line.
    pub line: usize,
    /// Its text.
    pub text: String,
}

/// What a scan found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Scanned {
    /// The text of each source line (one more than the source has line
    /// ends).
    pub lines: Vec<String>,
    /// The tables, in source order.
    pub tables: Vec<Table>,
    /// The captions, in source order.
    pub captions: Vec<Caption>,
    /// The title, author and date lines.
    pub front: Vec<FrontLine>,
    /// The lines of verbatim text (`verbatim`, `lstlisting`), as written.
    pub verbatim: Vec<std::ops::Range<usize>>,
}

/// Scans `source` (see the module doc), `macros` giving the text of the
/// document's own commands without parameters.
pub fn scan(source: &str, macros: &BTreeMap<String, String>) -> Scanned {
    let has_document = (source.lines()).any(|l| l.trim_start().starts_with("\\begin{document}"));
    let mut scanner = Scanner {
        src: source,
        at: 0,
        out: Scanned {
            lines: vec![String::new()],
            ..Scanned::default()
        },
        frames: Vec::new(),
        base: if has_document {
            Sink::Nowhere
        } else {
            Sink::Line
        },
        open_envs: BTreeMap::new(),
        tables_open: 0,
        held_open: 0,
        macros,
        after_money: false,
        line_blank: true,
    };
    scanner.run();
    scanner.out
}

/// The scan under way.
pub(crate) struct Scanner<'a> {
    pub(crate) src: &'a str,
    pub(crate) at: usize,
    pub(crate) out: Scanned,
    pub(crate) frames: Vec<Frame>,
    /// Where text outside every frame goes: nowhere in a preamble.
    pub(crate) base: Sink,
    /// How many frames of each environment name are open.
    pub(crate) open_envs: BTreeMap<String, usize>,
    pub(crate) tables_open: usize,
    /// How many frames hold their text.
    pub(crate) held_open: usize,
    pub(crate) macros: &'a BTreeMap<String, String>,
    /// A currency sign was just written, so spaces after it go.
    pub(crate) after_money: bool,
    /// The source line read so far is blank.
    pub(crate) line_blank: bool,
}

impl<'a> Scanner<'a> {
    pub(crate) fn run(&mut self) {
        let bytes = self.src.as_bytes();
        while self.at < bytes.len() {
            let byte = bytes[self.at];
            if !matches!(byte, b' ' | b'\t' | b'\r' | b'\n') {
                self.line_blank = false;
            }
            match byte {
                b'\\' => self.control(),
                b'{' => {
                    self.at += 1;
                    self.push_group(Role::Keep, Vec::new());
                }
                b'}' => {
                    self.at += 1;
                    if self.top_closer() == Some(b'}') {
                        self.close_top(true);
                    }
                }
                b']' if self.top_closer() == Some(b']') => {
                    self.at += 1;
                    self.close_top(true);
                }
                b'%' => {
                    let rest = &bytes[self.at..];
                    self.at += rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
                }
                b'\n' => {
                    self.at += 1;
                    self.newline();
                }
                b'\r' | b'$' => self.at += 1,
                b' ' | b'\t' | b'~' => {
                    self.at += 1;
                    self.space();
                }
                b'&' => {
                    self.at += 1;
                    match self.table() {
                        Some(table) => table.next_cell(),
                        None => self.space(),
                    }
                }
                b'`' | b'\'' => self.quote(byte),
                b'-' => self.dashes(),
                _ => self.plain(),
            }
        }
        while !self.frames.is_empty() {
            self.close_top(false);
        }
    }

    /// Copies a run of ordinary characters.
    pub(crate) fn plain(&mut self) {
        let bytes = self.src.as_bytes();
        let special = |b: u8| b"\\{}]%\n\r \t~&$`'-".contains(&b);
        let start = self.at;
        let mut end = start + 1;
        while end < bytes.len() && !special(bytes[end]) {
            end += 1;
        }
        self.at = end;
        let src = self.src;
        self.emit(&src[start..end]);
    }

    /// A control word (`\section`) or control symbol (`\%`).
    pub(crate) fn control(&mut self) {
        let src = self.src;
        let bytes = src.as_bytes();
        let start = self.at + 1;
        let Some(&next) = bytes.get(start) else {
            self.at = start;
            return;
        };
        if next.is_ascii_alphabetic() {
            let end = start
                + (bytes[start..].iter())
                    .take_while(|b| b.is_ascii_alphabetic())
                    .count();
            self.at = end;
            if bytes.get(end) == Some(&b'*') {
                self.at += 1;
            }
            self.word(&src[start..end]);
        } else if next == b'\n' || next == b'\r' {
            // `\` at a line's end is a space; the line end stays.
            self.at = start;
            self.space();
        } else {
            let symbol = src[start..].chars().next().unwrap_or(' ');
            self.at = start + symbol.len_utf8();
            self.symbol(symbol);
        }
    }

    pub(crate) fn space(&mut self) {
        if !self.after_money {
            self.emit(" ");
        }
    }

    pub(crate) fn newline(&mut self) {
        while self.top_closer() == Some(b']') {
            self.close_top(false);
        }
        if self.line_blank {
            while self.top_closer() == Some(b'}') {
                self.close_top(false);
            }
        }
        self.push_line();
    }

    pub(crate) fn push_line(&mut self) {
        if matches!(self.sink(), Sink::Held(_) | Sink::Cell(_)) {
            self.emit(" ");
        }
        self.out.lines.push(String::new());
        self.line_blank = true;
    }

    pub(crate) fn emit(&mut self, text: &str) {
        self.after_money = false;
        if let Some(buffer) = self.buffer() {
            buffer.push_str(text);
        }
    }

    pub(crate) fn emit_char(&mut self, c: char) {
        self.emit(c.encode_utf8(&mut [0; 4]));
    }

    pub(crate) fn line(&self) -> usize {
        self.out.lines.len() - 1
    }

    pub(crate) fn skip_spaces(&mut self) {
        let bytes = self.src.as_bytes();
        while matches!(bytes.get(self.at), Some(b' ' | b'\t')) {
            self.at += 1;
        }
    }

    /// Opens a `{` that comes next, after spaces, and says whether it did.
    pub(crate) fn next_group(&mut self) -> bool {
        let before = self.at;
        self.skip_spaces();
        if self.src.as_bytes().get(self.at) == Some(&b'{') {
            self.at += 1;
            true
        } else {
            self.at = before;
            false
        }
    }

    /// Skips an optional `[…]` argument that comes next, after spaces.
    pub(crate) fn skip_opt(&mut self) {
        let before = self.at;
        self.skip_spaces();
        if !self.skip_bracketed(b'[', b']') {
            self.at = before;
        }
    }

    /// Skips `open … close` on one line, when it comes next.
    pub(crate) fn skip_bracketed(&mut self, open: u8, close: u8) -> bool {
        let bytes = self.src.as_bytes();
        if bytes.get(self.at) != Some(&open) {
            return false;
        }
        let window = &bytes[self.at..bytes.len().min(self.at + MAX_OPTION_BYTES)];
        match window.iter().position(|&b| b == close || b == b'\n') {
            Some(end) if window[end] == close => {
                self.at += end + 1;
                true
            }
            _ => false,
        }
    }

    /// The text of a `{…}` that comes next, on one line, as written.
    pub(crate) fn raw_group(&mut self) -> Option<&'a str> {
        let src: &'a str = self.src;
        let bytes = src.as_bytes();
        let before = self.at;
        self.skip_spaces();
        if bytes.get(self.at) != Some(&b'{') {
            self.at = before;
            return None;
        }
        let start = self.at + 1;
        let window = &bytes[start..bytes.len().min(start + MAX_URL_BYTES)];
        match window.iter().position(|&b| b == b'}' || b == b'\n') {
            Some(len) if window[len] == b'}' => {
                self.at = start + len + 1;
                Some(&src[start..start + len])
            }
            _ => {
                self.at = before;
                None
            }
        }
    }

    /// `{name}` of `\begin{name}` or `\end{name}`.
    pub(crate) fn env_name(&mut self) -> Option<String> {
        let src = self.src;
        let bytes = src.as_bytes();
        self.skip_spaces();
        let start = self.at + 1;
        if bytes.get(self.at) != Some(&b'{') {
            return None;
        }
        let window = &bytes[start..bytes.len().min(start + MAX_ENV_NAME + 1)];
        let len = window.iter().position(|&b| b == b'}')?;
        let name = &src[start..start + len];
        let fits = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'*' | b'@' | b'-');
        if !name.bytes().all(fits) {
            return None;
        }
        self.at = start + len + 1;
        Some(name.to_string())
    }
}
