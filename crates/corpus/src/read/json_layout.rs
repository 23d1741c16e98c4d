//! JSON text laid out one member a line, for [`crate::json_fields`]: a
//! reply saved as a browser received it is one line, and the compiler reads
//! a JSON record line by line, as a pretty-printer lays it out:
//!
//! ```text
//! {"label":"Filings","value":4100,"period":{"from":"2025-01-01","to":"2025-06-30"},"notes":["Provisional."]}
//! ```
//! becomes
//! ```text
//! {
//!   "label": "Filings",
//!   "value": 4100,
//!   "period": {"from": "2025-01-01", "to": "2025-06-30"},
//!   "notes": [
//!     "Provisional."
//!   ]
//! }
//! ```
//!
//! An object of plain values that is a key's value stays on its key's line
//! (the one-line record `json_fields` reads as a period or a value with its
//! unit), and so does a list of plain values other than strings; a list of
//! strings (notes) is one a line. Keys keep their order and numbers their
//! spelling (`6.0`), which a round trip through `serde_json::Value` would
//! lose. Strings are decoded (`\u00e9`, `\/`), line breaks in them become
//! spaces and only quotes and backslashes stay escaped.
//!
//! Invariant: the text handed in is valid JSON (the caller parsed it);
//! layout is one pass over it, plus one look ahead over each object's or
//! list's plain values, so linear in its length; indentation stops growing
//! at [`MAX_INDENT`] levels.

/// The deepest indentation written, in levels; deeper members are written
/// at this depth (`json_fields` reads a line's text, not its indentation).
const MAX_INDENT: usize = 16;

/// One token of a JSON text.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    /// `{` or `[`.
    Open(char),
    /// `}` or `]`.
    Close,
    Comma,
    Colon,
    /// A string, decoded and written back with only `"` and `\` escaped.
    Text(String),
    /// A number, `true`, `false` or `null`, as written.
    Plain(String),
}

/// Lays out `json` one member a line (see the module doc).
pub fn json_lines(json: &str) -> String {
    let tokens = tokens(json);
    let mut out = String::new();
    // The brackets open, innermost last.
    let mut open_now: Vec<char> = Vec::new();
    let mut idx = 0;
    while idx < tokens.len() {
        match &tokens[idx] {
            Token::Open(open) => {
                let after_key = idx > 0 && tokens[idx - 1] == Token::Colon;
                if let Some(end) = inline_end(&tokens, idx, *open, after_key) {
                    write_inline(&tokens[idx..=end], &mut out);
                    idx = end + 1;
                    continue;
                }
                out.push(*open);
                open_now.push(*open);
                new_line(&mut out, open_now.len());
            }
            Token::Close => {
                let open = open_now.pop();
                new_line(&mut out, open_now.len());
                out.push(if open == Some('[') { ']' } else { '}' });
            }
            Token::Comma => {
                out.push(',');
                new_line(&mut out, open_now.len());
            }
            Token::Colon => out.push_str(": "),
            Token::Text(text) => push_string(text, &mut out),
            Token::Plain(plain) => out.push_str(plain),
        }
        idx += 1;
    }
    out.push('\n');
    out
}

/// Reads the tokens of a JSON text; whitespace goes, strings are decoded.
fn tokens(json: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = json.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        match c {
            '{' | '[' => tokens.push(Token::Open(c)),
            '}' | ']' => tokens.push(Token::Close),
            ',' => tokens.push(Token::Comma),
            ':' => tokens.push(Token::Colon),
            '"' => {
                let mut end = json.len();
                let mut escaped = false;
                for (pos, c) in chars.by_ref() {
                    match c {
                        '\\' if !escaped => escaped = true,
                        '"' if !escaped => {
                            end = pos + 1;
                            break;
                        }
                        _ => escaped = false,
                    }
                }
                let literal = &json[at..end];
                let text = serde_json::from_str::<String>(literal)
                    .unwrap_or_else(|_| literal.trim_matches('"').to_string());
                tokens.push(Token::Text(text));
            }
            c if c.is_whitespace() => {}
            _ => {
                let mut end = at + c.len_utf8();
                while let Some(&(pos, next)) = chars.peek() {
                    if matches!(next, ',' | ':' | '}' | ']' | '"') || next.is_whitespace() {
                        break;
                    }
                    end = pos + next.len_utf8();
                    chars.next();
                }
                tokens.push(Token::Plain(json[at..end].to_string()));
            }
        }
    }
    tokens
}

/// The index of the token closing the object or list opened at `start`,
/// when it is written on one line: an object of plain values after a key,
/// or a list of plain values that are not all strings.
fn inline_end(tokens: &[Token], start: usize, open: char, after_key: bool) -> Option<usize> {
    if open == '{' && !after_key {
        return None;
    }
    let mut all_strings = true;
    for (idx, token) in tokens.iter().enumerate().skip(start + 1) {
        match token {
            Token::Open(_) => return None,
            Token::Close => {
                let empty = idx == start + 1;
                return (empty || open == '{' || !all_strings).then_some(idx);
            }
            Token::Plain(_) => all_strings = false,
            _ => {}
        }
    }
    None
}

/// Writes the tokens of a one-line object or list: `{"from": "2025-01-01",
/// "to": "2025-06-30"}`, `[1, 2, 3]`.
fn write_inline(tokens: &[Token], out: &mut String) {
    for token in tokens {
        match token {
            Token::Open(open) => out.push(*open),
            Token::Close => out.push(if tokens[0] == Token::Open('{') {
                '}'
            } else {
                ']'
            }),
            Token::Comma => out.push_str(", "),
            Token::Colon => out.push_str(": "),
            Token::Text(text) => push_string(text, out),
            Token::Plain(plain) => out.push_str(plain),
        }
    }
}

/// A line break and the indentation of `depth`.
fn new_line(out: &mut String, depth: usize) {
    out.push('\n');
    out.push_str(&"  ".repeat(depth.min(MAX_INDENT)));
}

/// A decoded string in quotes, one line, with `"` and `\` escaped.
fn push_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    #[test]
    fn a_one_line_reply_is_laid_out_member_by_member_in_its_own_order() {
        let json = r#"{"office":"Harlow","value":6.0,"period":{"from":"2025-01-01","to":"2025-06-30"},"rows":[{"label":"A","value":1},{"label":"B","value":2}],"years":[2023,2024],"notes":["One.","Two."],"empty":{}}"#;
        expect![[r#"
            {
              "office": "Harlow",
              "value": 6.0,
              "period": {"from": "2025-01-01", "to": "2025-06-30"},
              "rows": [
                {
                  "label": "A",
                  "value": 1
                },
                {
                  "label": "B",
                  "value": 2
                }
              ],
              "years": [2023, 2024],
              "notes": [
                "One.",
                "Two."
              ],
              "empty": {}
            }
        "#]]
        .assert_eq(&json_lines(json));
    }

    #[test]
    fn strings_are_decoded_onto_one_line() {
        let json = r#"{"name":"Maja Orli\u0107","url":"https:\/\/x.example\/a","note":"line one\nline \"two\""}"#;
        expect![[r#"
            {
              "name": "Maja Orlić",
              "url": "https://x.example/a",
              "note": "line one line \"two\""
            }
        "#]]
        .assert_eq(&json_lines(json));
    }

    #[test]
    fn deep_nesting_stops_indenting() {
        let json = format!("{}1{}", "[".repeat(40), "]".repeat(40));
        let laid = json_lines(&json);
        let widest = laid.lines().map(|l| l.len() - l.trim_start().len()).max();
        assert_eq!(widest, Some(2 * MAX_INDENT));
        assert_eq!(laid.matches(']').count(), 40);
    }
}
