//! A LaTeX source's own commands: a command the document defines without
//! parameters on one line (`\newcommand{\office}{Northern Seed Office}`,
//! `\def\fy{2025/26}`, `\renewcommand{\today}{2 March 2026}`) stands for
//! its body's text wherever it is used.
//!
//! Invariant: a body is read with no macros of its own, so a definition
//! never expands another and reading one is bounded by its length; a
//! command with parameters (`[1]`, `#1`) is not read and stays unknown.

use std::collections::BTreeMap;

use super::latex_scan::scan;
use super::text::squash_spaces;

/// The commands that define a command.
const DEFINERS: &[&str] = &[
    "\\newcommand",
    "\\renewcommand",
    "\\providecommand",
    "\\DeclareRobustCommand",
    "\\def",
];

/// Each command the source defines without parameters, with its text.
pub fn macros_of(source: &str) -> BTreeMap<String, String> {
    let none = BTreeMap::new();
    let mut found = BTreeMap::new();
    for line in source.lines() {
        let text = line.trim_start();
        let Some(rest) = DEFINERS.iter().find_map(|d| text.strip_prefix(d)) else {
            continue;
        };
        if let Some((name, body)) = definition(rest) {
            let text = scan(body, &none).lines.join(" ");
            found.insert(name.to_string(), squash_spaces(text.trim()));
        }
    }
    found
}

/// The name and body of `{\name}{body}` or `\name{body}`, the body
/// closing on the same line.
fn definition(rest: &str) -> Option<(&str, &str)> {
    let rest = rest.strip_prefix('*').unwrap_or(rest).trim_start();
    let (name, rest) = match rest.strip_prefix('{') {
        Some(inner) => {
            let (name, rest) = inner.split_once('}')?;
            (name.trim().strip_prefix('\\')?, rest)
        }
        None => {
            let inner = rest.strip_prefix('\\')?;
            let len = inner.bytes().take_while(u8::is_ascii_alphabetic).count();
            inner.split_at(len)
        }
    };
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let body = rest.trim_start().strip_prefix('{')?;
    let body = &body[..closing_brace(body)?];
    (!body.contains('#')).then_some((name, body))
}

/// The byte of the `}` that closes a group whose text starts `text`, on
/// its line: escaped braces skipped, a comment ending the search.
fn closing_brace(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 1,
            b'{' => depth += 1,
            b'}' if depth == 0 => return Some(at),
            b'}' => depth -= 1,
            b'%' | b'\n' => return None,
            _ => {}
        }
        at += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_definitions_become_text_and_parameterised_ones_do_not() {
        let macros = macros_of(
            "\\newcommand{\\office}{Northern Seed Office}\n\
             \\def\\fy{2025/26}\n\
             \\renewcommand{\\today}{2~March~2026} % set by hand\n\
             \\newcommand{\\amount}[1]{\\euro#1}\n\
             \\definecolor{navy}{RGB}{0,0,128}\n\
             \\newcommand{\\fee}{\\euro\\,40}\n",
        );
        let shown: Vec<String> = macros.iter().map(|(k, v)| format!("{k}={v}")).collect();
        assert_eq!(
            shown,
            [
                "fee=€40",
                "fy=2025/26",
                "office=Northern Seed Office",
                "today=2 March 2026"
            ]
        );
    }
}
