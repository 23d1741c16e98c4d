//! LaTeX marks that read their surroundings: quotes and dashes (``` `` ```
//! → `“`, `--` → `–`), accents on the letter after them (`\'e` → `é`),
//! `\\` (a table's row end, else a space), `\,` (a group separator
//! between digits, else a space), `\%` set close to its number (`17\,\%`
//! → `17%`), and a currency sign, which goes before its amount even when
//! written after it (`3.62~million~\euro` → `€3.62 million`).
//!
//! Invariant: each looks a bounded way ahead of and behind the point it
//! is read at.

use super::latex_accents::accented;
use super::latex_commands::FrontKind;
use super::latex_frames::{Held, Role, Sink};
use super::latex_scan::Scanner;
use super::latex_siunitx::place_sign;

impl Scanner<'_> {
    pub(crate) fn quote(&mut self, byte: u8) {
        let doubled = self.src.as_bytes().get(self.at + 1) == Some(&byte);
        self.at += if doubled { 2 } else { 1 };
        self.emit(match (byte, doubled) {
            (b'`', true) => "“",
            (b'`', false) => "‘",
            (_, true) => "”",
            _ => "'",
        });
    }

    pub(crate) fn dashes(&mut self) {
        let bytes = self.src.as_bytes();
        let run = bytes[self.at..].iter().take_while(|&&b| b == b'-').count();
        self.at += run;
        match run {
            2 => self.emit("–"),
            3 => self.emit("—"),
            _ => self.emit(&"-".repeat(run)),
        }
    }

    pub(crate) fn symbol(&mut self, symbol: char) {
        match symbol {
            '\\' => self.line_break(),
            '%' => self.percent(),
            '&' | '$' | '#' | '_' | '{' | '}' => self.emit_char(symbol),
            ',' => self.thin_space(),
            ';' | ':' | ' ' | '>' => self.space(),
            '\'' | '`' | '^' | '~' | '=' | '.' | '"' => self.accent(symbol, false),
            _ => {}
        }
    }

    /// `\'e`, `\'{e}`, `\c{c}`, `\"\i`: the accented letter.
    pub(crate) fn accent(&mut self, mark: char, word: bool) {
        let src = self.src;
        let bytes = src.as_bytes();
        let mut at = self.at;
        if word {
            while bytes.get(at) == Some(&b' ') {
                at += 1;
            }
        }
        let dotless = |at: usize| {
            let rest = &src[at..];
            (rest.starts_with("\\i") || rest.starts_with("\\j"))
                && !rest[2..].starts_with(|c: char| c.is_ascii_alphabetic())
        };
        let letter = |at: usize| bytes.get(at).filter(|b| b.is_ascii_alphabetic()).copied();
        let base = match bytes.get(at) {
            Some(b) if b.is_ascii_alphabetic() => Some((*b as char, 1)),
            Some(b'{') => match (letter(at + 1), bytes.get(at + 2)) {
                (Some(l), Some(b'}')) => Some((l as char, 3)),
                _ if dotless(at + 1) && bytes.get(at + 3) == Some(&b'}') => {
                    Some((bytes[at + 2] as char, 4))
                }
                _ => None,
            },
            Some(b'\\') if dotless(at) => Some((bytes[at + 1] as char, 2)),
            _ => None,
        };
        match base {
            Some((base, len)) => {
                self.at = at + len;
                self.emit_char(accented(mark, base));
            }
            // `\~{}` writes the mark itself.
            None if matches!(mark, '~' | '^') => self.emit_char(mark),
            None => {}
        }
    }

    /// `\\`: a table's row ends; elsewhere the line breaks, which the
    /// source's own line end already does.
    pub(crate) fn line_break(&mut self) {
        if self.src.as_bytes().get(self.at) == Some(&b'*') {
            self.at += 1;
        }
        self.skip_opt();
        if self.table().is_some() {
            self.row_end();
            return;
        }
        let author = match self.sink() {
            Sink::Held(idx) => matches!(
                self.frames[idx].role,
                Role::Hold(Held::Front(FrontKind::Author))
            ),
            _ => false,
        };
        if author {
            self.emit(", ");
        } else {
            self.space();
        }
    }

    pub(crate) fn row_end(&mut self) {
        match self.table() {
            Some(table) => table.end_row(),
            None => self.space(),
        }
    }

    /// `\,`: a thin space, or a group separator between digits (`12\,345`).
    pub(crate) fn thin_space(&mut self) {
        let after = &self.src.as_bytes()[self.at..];
        let group = after.len() >= 3
            && after[..3].iter().all(u8::is_ascii_digit)
            && after.get(3).is_none_or(|b| !b.is_ascii_digit());
        let digit_before =
            (self.buffer()).is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()));
        if group && digit_before {
            self.emit(",");
        } else {
            self.space();
        }
    }

    /// `%`, set close to the number before it (`17\,\%` → `17%`).
    pub(crate) fn percent(&mut self) {
        self.after_money = false;
        if let Some(buffer) = self.buffer() {
            let kept = buffer.trim_end().len();
            if buffer[..kept].ends_with(|c: char| c.is_ascii_digit()) {
                buffer.truncate(kept);
            }
            buffer.push('%');
        }
    }

    /// A currency sign: before an amount that follows, or moved before
    /// the amount it follows (`3.62~million~\euro`).
    pub(crate) fn money(&mut self, sign: &str) {
        let before_amount = self.amount_follows();
        if let Some(buffer) = self.buffer() {
            if before_amount {
                buffer.push_str(sign);
            } else {
                place_sign(buffer, sign);
            }
        }
        // The spaces between a sign and its amount go (`\euro\,3.62`);
        // a sign with no amount after it keeps its spacing (`(\euro{}
        // million)`).
        self.after_money = before_amount;
        if before_amount {
            self.skip_spaces();
        }
    }

    /// True when an amount comes next (after spaces, `~`, `\,` or braces).
    pub(crate) fn amount_follows(&self) -> bool {
        let src = self.src;
        let mut at = self.at;
        for _ in 0..12 {
            match src.as_bytes().get(at) {
                Some(b' ' | b'\t' | b'~' | b'{' | b'}') => at += 1,
                Some(b'\\') if src[at..].starts_with("\\,") || src[at..].starts_with("\\ ") => {
                    at += 2
                }
                Some(b) => return b.is_ascii_digit() || src[at..].starts_with("\\num"),
                None => return false,
            }
        }
        false
    }
}
