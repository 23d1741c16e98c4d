//! The tokens of Rich Text Format, for [`super::rtf`]: RTF's grammar is
//! braces, control words, control symbols and text, and nothing else.
//!
//! ```text
//! {\rtf1\ansi\ansicpg1252 {\b Filings\b0} rose 6.9\~% to 48,216\'e9\par}
//!  ^open ^word ^word+param ^open     ^word ^close ^symbol   ^hex ^word
//! ```
//!
//! A control word is `\` and up to 32 letters, an optional signed number,
//! and one optional space that belongs to it; `\'hh` is a byte of the
//! document's code page; any other `\x` is a control symbol. Carriage
//! returns and line feeds are no text (RTF writers break lines anywhere),
//! except after a backslash, where they mean `\par`. `\binN` is followed by
//! N raw bytes, which are skipped unseen so that a brace among them cannot
//! open a group.
//!
//! Invariant: the lexer never panics and always moves forward: every call
//! of `next` consumes at least one byte or ends the stream. Numbers are
//! clamped to `i32`, and a `\bin` longer than the file skips to its end.

use encoding_rs::Encoding;

/// One token of an RTF file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Token<'a> {
    /// `{`: a group opens.
    Open,
    /// `}`: a group closes.
    Close,
    /// `\word` or `\word-12`: a control word and its number, if any.
    Word(&'a str, Option<i32>),
    /// `\~`, `\-`, `\*`, `\\` …: a backslash and one other character.
    Symbol(u8),
    /// `\'e9`: a byte in the code page in force.
    Hex(u8),
    /// A run of text bytes, without braces, backslashes or line ends.
    Text(&'a [u8]),
}

/// The tokens of an RTF file, in order.
pub struct Lexer<'a> {
    bytes: &'a [u8],
    pos: usize,
}

/// The longest control word RTF allows; longer runs of letters are cut.
const MAX_WORD: usize = 32;

impl<'a> Lexer<'a> {
    /// A lexer at the start of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        Lexer { bytes, pos: 0 }
    }

    /// The token after a backslash at `self.pos - 1`.
    fn escape(&mut self) -> Option<Token<'a>> {
        let &first = self.bytes.get(self.pos)?;
        if first.is_ascii_alphabetic() {
            return Some(self.word());
        }
        self.pos += 1;
        Some(match first {
            b'\r' | b'\n' => Token::Word("par", None),
            b'\'' => match self.bytes.get(self.pos..self.pos + 2).and_then(hex_byte) {
                Some(byte) => {
                    self.pos += 2;
                    Token::Hex(byte)
                }
                None => Token::Symbol(b'\''),
            },
            other => Token::Symbol(other),
        })
    }

    /// A control word, its number and its delimiting space; `\bin`'s bytes
    /// are skipped here and the token after them returned in its place.
    fn word(&mut self) -> Token<'a> {
        let start = self.pos;
        let letters = self.run(start, MAX_WORD, |b| b.is_ascii_alphabetic());
        // Letters only, so the slice is ASCII and this cannot fail.
        let word = std::str::from_utf8(&self.bytes[start..letters]).unwrap_or("");
        let mut end = letters;
        let negative = self.bytes.get(end) == Some(&b'-')
            && self.bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
        if negative {
            end += 1;
        }
        let digits_end = self.run(end, usize::MAX, |b| b.is_ascii_digit());
        let number = (digits_end > end).then(|| {
            let magnitude = self.bytes[end..digits_end]
                .iter()
                .fold(0i64, |n, d| (n * 10 + i64::from(d - b'0')).min(1 << 32));
            let value = if negative { -magnitude } else { magnitude };
            value.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32
        });
        self.pos = digits_end;
        if self.bytes.get(self.pos) == Some(&b' ') {
            self.pos += 1;
        }
        if word == "bin" {
            let skip = usize::try_from(number.unwrap_or(0)).unwrap_or(0);
            self.pos = self.pos.saturating_add(skip).min(self.bytes.len());
        }
        Token::Word(word, number)
    }

    /// The end of the run of bytes from `start` that `keep`, at most `max`.
    fn run(&self, start: usize, max: usize, keep: impl Fn(&u8) -> bool) -> usize {
        let rest = self.bytes.get(start..).unwrap_or(&[]);
        start + rest.iter().take(max).take_while(|b| keep(b)).count()
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            let &byte = self.bytes.get(self.pos)?;
            self.pos += 1;
            match byte {
                b'{' => return Some(Token::Open),
                b'}' => return Some(Token::Close),
                b'\\' => return self.escape(),
                b'\r' | b'\n' => continue,
                _ => {
                    let start = self.pos - 1;
                    let end = self.run(start, usize::MAX, |b| {
                        !matches!(b, b'{' | b'}' | b'\\' | b'\r' | b'\n')
                    });
                    self.pos = end;
                    return Some(Token::Text(&self.bytes[start..end]));
                }
            }
        }
    }
}

/// Two hex digits as a byte.
fn hex_byte(pair: &[u8]) -> Option<u8> {
    let digit = |b: u8| (b as char).to_digit(16);
    Some((digit(pair[0])? * 16 + digit(*pair.get(1)?)?) as u8)
}

/// The encoding of a Windows code page number (`\ansicpg1251`, `\cpg936`),
/// if `encoding_rs` knows it.
pub fn code_page(number: i32) -> Option<&'static Encoding> {
    Some(match number {
        874 => encoding_rs::WINDOWS_874,
        932 => encoding_rs::SHIFT_JIS,
        936 => encoding_rs::GBK,
        949 => encoding_rs::EUC_KR,
        950 => encoding_rs::BIG5,
        1250 => encoding_rs::WINDOWS_1250,
        1251 => encoding_rs::WINDOWS_1251,
        1252 => encoding_rs::WINDOWS_1252,
        1253 => encoding_rs::WINDOWS_1253,
        1254 => encoding_rs::WINDOWS_1254,
        1255 => encoding_rs::WINDOWS_1255,
        1256 => encoding_rs::WINDOWS_1256,
        1257 => encoding_rs::WINDOWS_1257,
        1258 => encoding_rs::WINDOWS_1258,
        10000 => encoding_rs::MACINTOSH,
        65001 => encoding_rs::UTF_8,
        _ => return None,
    })
}

/// The encoding of a font's character set (`\fcharset204`), if it names
/// one other than the document's: 0 (ANSI), 1 (default) and 2 (Symbol,
/// whose `\'b7` bullet reads as a middle dot in cp1252) follow `\ansicpg`.
pub fn charset(number: i32) -> Option<&'static Encoding> {
    code_page(match number {
        77 => 10000,
        128 => 932,
        129 => 949,
        134 => 936,
        136 => 950,
        161 => 1253,
        162 => 1254,
        163 => 1258,
        177 => 1255,
        178 => 1256,
        186 => 1257,
        204 => 1251,
        222 => 874,
        238 => 1250,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<Token<'_>> {
        Lexer::new(text.as_bytes()).collect()
    }

    #[test]
    fn words_take_their_number_and_one_space() {
        use Token::*;
        assert_eq!(
            tokens("{\\b Filings\\b0  rose\\li-360 x}"),
            [
                Open,
                Word("b", None),
                Text(b"Filings"),
                Word("b", Some(0)),
                Text(b" rose"),
                Word("li", Some(-360)),
                Text(b"x"),
                Close
            ]
        );
    }

    #[test]
    fn symbols_hex_bytes_and_line_ends() {
        use Token::*;
        assert_eq!(
            tokens("6.9\\~%\r\n\\'e9\\'zz\\\nx\\"),
            [
                Text(b"6.9"),
                Symbol(b'~'),
                Text(b"%"),
                Hex(0xe9),
                Symbol(b'\''),
                Text(b"zz"),
                Word("par", None),
                Text(b"x"),
            ]
        );
    }

    #[test]
    fn bin_data_is_skipped_braces_and_all() {
        use Token::*;
        assert_eq!(
            tokens("{\\bin4 }{\\}x}"),
            [Open, Word("bin", Some(4)), Text(b"x"), Close]
        );
        // A \bin longer than the file ends it.
        assert_eq!(tokens("\\bin99999999999 ab"), [Word("bin", Some(i32::MAX))]);
        assert_eq!(tokens("\\bin-5 ab"), [Word("bin", Some(-5)), Text(b"ab")]);
    }

    #[test]
    fn huge_numbers_and_long_words_are_bounded() {
        let long = format!("\\{}", "a".repeat(40));
        assert_eq!(tokens(&long).len(), 2);
        assert_eq!(
            tokens("\\u-99999999999999999999"),
            [Token::Word("u", Some(i32::MIN))]
        );
    }

    #[test]
    fn code_pages_and_charsets() {
        assert_eq!(code_page(1251), Some(encoding_rs::WINDOWS_1251));
        assert_eq!(charset(204), Some(encoding_rs::WINDOWS_1251));
        assert_eq!(charset(0), None);
        assert_eq!(code_page(437), None);
    }
}
