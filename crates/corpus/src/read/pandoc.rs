//! Pandoc's Markdown, made CommonMark before it is parsed. A Word file
//! converted with `pandoc --track-changes=all -t markdown` keeps its review:
//!
//! ```text
//! registered [14]{.deletion author="P" date="…"}[16]{.insertion author="P"} names
//! [Checked against the register.]{.comment-start id="1"}names[]{.comment-end id="1"}
//!
//!   Indicator           2023    2024
//!   ------------------- ------- -------
//!   Names registered    12      16
//!
//!   : Table 1. Key figures
//! ```
//!
//! - A bracketed span keeps what the document now says: a deletion and a
//!   reviewer's comment go, an insertion or any other span (`.underline`,
//!   `.smallcaps`, `#anchor`) leaves its text. Only a bracket closed right
//!   before an attribute block `{…}` is a span, so links and footnote
//!   markers stay as they are.
//! - A simple table (a header line over a rule of dash runs, one per column,
//!   then rows up to a blank line) becomes a pipe table, its cells cut at the
//!   rule's columns (or, where tracked changes have shifted a row, at runs of
//!   two or more spaces); a `: caption` line under it becomes a paragraph.
//!
//! Invariant: the line count never changes (a removed span leaves its line
//! breaks), and text without spans or simple tables is returned as it is.

use std::borrow::Cow;

/// Classes of a span whose text is no longer the document's.
const REMOVED: &[&str] = &["deletion", "comment-start", "paragraph-deletion"];
/// The shortest dash run that is a simple table's column rule.
const MIN_RULE: usize = 2;

/// The text with pandoc's spans resolved and its simple tables as pipe tables.
pub fn pandoc_as_commonmark(text: &str) -> Cow<'_, str> {
    let spans = resolve_spans(text);
    match simple_tables(&spans) {
        Some(tables) => Cow::Owned(tables),
        None => spans,
    }
}

/// Every bracketed span replaced by what it leaves.
fn resolve_spans(text: &str) -> Cow<'_, str> {
    if !text.contains("]{") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match span_at(after) {
            Some((inner, attrs, used)) => {
                if attrs
                    .split_whitespace()
                    .any(|a| REMOVED.contains(&a.trim_start_matches('.')))
                {
                    out.extend(inner.chars().filter(|&c| c == '\n'));
                } else {
                    out.push_str(&resolve_spans(inner));
                }
                rest = &after[used..];
            }
            None => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// After an opening bracket: the span's text, its attributes and the bytes
/// used up to the closing brace, when `text]{attrs}` follows.
fn span_at(after: &str) -> Option<(&str, &str, usize)> {
    let mut depth = 0usize;
    let mut close = None;
    let mut escaped = false;
    for (i, c) in after.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '[' => depth += 1,
            ']' if depth == 0 => {
                close = Some(i);
                break;
            }
            ']' => depth -= 1,
            _ => {}
        }
    }
    let close = close?;
    let attrs_start = close + 2;
    after[close + 1..].strip_prefix('{')?;
    let mut quoted = false;
    let end = after[attrs_start..].char_indices().find_map(|(i, c)| {
        match c {
            '"' => quoted = !quoted,
            '}' if !quoted => return Some(i),
            _ => {}
        }
        None
    })?;
    let attrs = &after[attrs_start..attrs_start + end];
    let first = attrs.trim_start().chars().next()?;
    // `{=html}` marks raw text, no span.
    (first == '.' || first == '#' || first != '=' && attrs.contains('=')).then_some((
        &after[..close],
        attrs,
        attrs_start + end + 1,
    ))
}

/// The column spans `(start, end)` of a rule line of dash runs, when it has
/// two or more.
fn rule_columns(line: &str) -> Option<Vec<(usize, usize)>> {
    let trimmed = line.trim_end();
    if trimmed.is_empty() || !trimmed.chars().all(|c| c == '-' || c == ' ') {
        return None;
    }
    let mut columns = Vec::new();
    let mut start = None;
    for (i, c) in trimmed.char_indices().chain([(trimmed.len(), ' ')]) {
        match (c, start) {
            ('-', None) => start = Some(i),
            (' ', Some(s)) => {
                columns.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    let wide = columns.iter().all(|(s, e)| e - s >= MIN_RULE);
    (columns.len() >= 2 && wide).then_some(columns)
}

/// The text with its simple tables as pipe tables, or `None` when it has none.
fn simple_tables(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let mut found = false;
    let mut i = 1;
    while i < lines.len() {
        let header = lines[i - 1];
        let above_blank = i < 2 || lines[i - 2].trim().is_empty();
        let Some(columns) = rule_columns(lines[i]).filter(|_| above_blank) else {
            i += 1;
            continue;
        };
        if header.trim().is_empty() {
            i += 1;
            continue;
        }
        found = true;
        out[i - 1] = pipe_line(&cells(header, &columns));
        out[i] = format!("|{}", "---|".repeat(columns.len()));
        let mut j = i + 1;
        while j < lines.len() && !lines[j].trim().is_empty() {
            out[j] = pipe_line(&cells(lines[j], &columns));
            j += 1;
        }
        // `: Table 1. Key figures` after the blank line under the rows.
        if let Some(caption) = (lines.get(j + 1).map(|l| l.trim_start()))
            .and_then(|l| l.strip_prefix(": ").or_else(|| l.strip_prefix("Table: ")))
        {
            out[j + 1] = caption.to_string();
        }
        i = j + 1;
    }
    found.then(|| out.join("\n"))
}

/// A row's cells: at the rule's columns when the row still lines up with
/// them, else at runs of two or more spaces.
fn cells(line: &str, columns: &[(usize, usize)]) -> Vec<String> {
    let gapped: Vec<&str> = (line.trim().split("  "))
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    if gapped.len() == columns.len() {
        return gapped.into_iter().map(str::to_string).collect();
    }
    let cut = |at: usize| line.get(at..).map_or(line.len(), |_| at);
    (columns.iter().enumerate())
        .map(|(k, &(start, _))| {
            let from = if k == 0 { 0 } else { cut(start) };
            let to = columns.get(k + 1).map_or(line.len(), |&(s, _)| cut(s));
            line.get(from..to.max(from))
                .unwrap_or("")
                .trim()
                .to_string()
        })
        .collect()
}

fn pipe_line(cells: &[String]) -> String {
    super::pipe_rows(&[cells.to_vec()]).trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tracked_changes_keep_what_the_document_now_says() {
        let text = "Filed [1,204]{.deletion author=\"A\" date=\"2025-01-02T10:00:00Z\"}[1,240]{.insertion author=\"A\"} claims and [a *note*]{.underline}.\n[Is this audited?\nCheck.]{.comment-start id=\"0\" author=\"B\"}claims[]{.comment-end id=\"0\"}\nSee [the report](http://x) and note [3] and [x]{=html}.";
        expect_test::expect![[r#"
            Filed 1,240 claims and a *note*.

            claims
            See [the report](http://x) and note [3] and [x]{=html}."#]]
        .assert_eq(&pandoc_as_commonmark(text));
    }

    #[test]
    fn a_simple_table_becomes_a_pipe_table_and_its_caption_a_paragraph() {
        let text = "Intro.\n\n  Office        Q1 2025   Q2 2025\n  ------------- --------- ---------\n  Designs       [310]{.deletion}[301]{.insertion}       355\n  Renewals                  42\n\n  : Table 3. Filings by quarter\n\n-----\n";
        expect_test::expect![[r#"
            Intro.

            | Office | Q1 2025 | Q2 2025 |
            |---|---|---|
            | Designs | 301 | 355 |
            | Renewals |  | 42 |

            Table 3. Filings by quarter

            -----
        "#]]
        .assert_eq(&pandoc_as_commonmark(text));
    }

    #[test]
    fn text_without_spans_or_tables_is_borrowed() {
        let text = "A [link][ref] and a rule\n\n---\n";
        assert!(matches!(pandoc_as_commonmark(text), Cow::Borrowed(_)));
    }
}
