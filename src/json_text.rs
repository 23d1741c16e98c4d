//! JSON string literals, for the two writers that build JSON by hand to keep
//! serde_json out of the bundle: the JS API's one-string search record
//! (`api::search_json`) and the figure and citation exports (`present::export`,
//! `present::csl`). Quotes, backslashes and control characters are escaped as
//! RFC 8259 asks; everything else is written as it is, since the JSON text is
//! UTF-8. One escaper, so every writer gives the same bytes for the same text.

use std::fmt::Write;

/// Appends `text` to `out` as a JSON string literal.
pub fn push_string(out: &mut String, text: &str) {
    out.push('"');
    let mut plain = 0;
    for (at, byte) in text.bytes().enumerate() {
        let escape = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&text[plain..at]);
        if escape.is_empty() {
            let _ = write!(out, "\\u{byte:04x}");
        } else {
            out.push_str(escape);
        }
        plain = at + 1;
    }
    out.push_str(&text[plain..]);
    out.push('"');
}

/// `text` as a JSON string literal.
pub fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    push_string(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_backslashes_and_control_characters_are_escaped() {
        assert_eq!(
            string("a \"b\" \\ c\n\r\t\u{1}\u{1f}"),
            r#""a \"b\" \\ c\n\r\t\u0001\u001f""#
        );
    }

    #[test]
    fn other_text_is_written_as_it_is() {
        assert_eq!(string("知识产权 – 5% <b>"), "\"知识产权 – 5% <b>\"");
        assert_eq!(string(""), "\"\"");
    }

    #[test]
    fn appending_keeps_what_was_there() {
        let mut out = String::from("[");
        push_string(&mut out, "x");
        assert_eq!(out, "[\"x\"");
    }
}
