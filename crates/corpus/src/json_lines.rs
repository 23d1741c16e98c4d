//! Lines of a pretty-printed JSON text, as a line-by-line reader sees them:
//! `"key": value`, a lone string of a list, a bracket; and the one-line
//! objects (`{"value": 138, "unit": "days"}`) a value can be. Shared by the
//! readers of a saved reply's pairs ([`super::json_fields`]) and records
//! ([`super::json_records`]).
//!
//! Invariant: nothing here decodes a string: escapes are left in, and a
//! line that is not one of these shapes is `None`.

/// One line of a JSON text, as far as a line-by-line reader can tell.
#[derive(Debug, PartialEq)]
pub(crate) enum JsonLine<'a> {
    /// `"key": value` (a trailing comma dropped).
    Pair(&'a str, &'a str),
    /// A lone string of a list: `"Damages are amounts …",`.
    Item(&'a str),
    /// `{`, `}`, `],` and the like.
    Brace,
}

/// Reads one line of a pretty-printed JSON text.
pub(crate) fn json_line(line: &str) -> Option<JsonLine<'_>> {
    let text = line.trim().trim_end_matches(',').trim_end();
    if !text.is_empty() && text.chars().all(|c| matches!(c, '{' | '}' | '[' | ']')) {
        return Some(JsonLine::Brace);
    }
    let (string, rest) = leading_string(text)?;
    match rest.trim_start().strip_prefix(':') {
        Some(value) => Some(JsonLine::Pair(string, value.trim())),
        None if rest.trim().is_empty() => Some(JsonLine::Item(string)),
        None => None,
    }
}

/// A leading JSON string's contents (escapes left in) and what follows it.
pub(crate) fn leading_string(text: &str) -> Option<(&str, &str)> {
    let inner = text.strip_prefix('"')?;
    let mut escaped = false;
    for (at, c) in inner.char_indices() {
        match c {
            '\\' if !escaped => escaped = true,
            '"' if !escaped => return Some((&inner[..at], &inner[at + 1..])),
            _ => escaped = false,
        }
    }
    None
}

/// The pairs of a one-line record: `{"value": 138, "unit": "days"}`.
pub(crate) fn inline_pairs(value: &str) -> Option<Vec<(&str, &str)>> {
    let inner = value.strip_prefix('{')?.strip_suffix('}')?;
    let mut pairs = Vec::new();
    let mut rest = inner.trim();
    while !rest.is_empty() {
        let (key, after) = leading_string(rest)?;
        let after = after.trim_start().strip_prefix(':')?.trim_start();
        let (value, next) = match leading_string(after) {
            Some((string, next)) => (string, next),
            None => {
                let end = after.find(',').unwrap_or(after.len());
                (after[..end].trim(), &after[end..])
            }
        };
        pairs.push((key, value));
        rest = next.trim_start().trim_start_matches(',').trim_start();
    }
    Some(pairs)
}
