//! reStructuredText markup: a board paper or a project's documentation
//! written in RST (and any plain text using its conventions) marks headings,
//! fields, notes and tables with punctuation that is no text of its own:
//!
//! ```text
//! Operating figures                 :Date: 11 February 2026
//! =================                 .. note:: Figures are provisional.
//!
//! +-----------------------+-------+-------+
//! | Indicator             | 2024  | 2025  |
//! +=======================+=======+=======+
//! | Median days from      | 41    | 33    |
//! | filing to grant       |       |       |
//! +-----------------------+-------+-------+
//! ```
//!
//! A title under (and over) a line of one repeated punctuation character
//! becomes a `#` heading; a `:Field: value` line a `Field: value` field; an
//! admonition (`.. note::`) a `Note:` line; other directives, comments and
//! link targets go. A grid table's rows, each possibly wrapped over several
//! lines between `+---+` borders, become `| cell | cell |` pipe rows (the
//! header, above a `+===+` border, followed by a separator) for
//! [`super::tables`] to read; inline markup (``` ``code`` ```, `` `text`_ ``,
//! `` :role:`text` ``) is unwrapped.
//!
//! Invariant: the line count never changes. A table's rows are written on
//! its first lines, one per row, and the rest of its lines become blank, so
//! every row stays within the lines the table held. A rule under a line with
//! column gaps (an aligned table's header) is no heading's underline.

use super::text::lines_like;

/// Characters RST allows as section adornment.
const ADORNMENT: &[char] = &[
    '=', '-', '~', '^', '"', '\'', '`', '*', '+', '#', ':', '.', '_',
];
/// Shortest adornment line.
const MIN_ADORNMENT: usize = 3;
/// Longest title an adornment underlines.
const MAX_TITLE_CHARS: usize = 100;
/// Admonitions whose text stays, labelled with their name.
const ADMONITIONS: &[&str] = &[
    "note",
    "warning",
    "important",
    "tip",
    "hint",
    "caution",
    "attention",
    "danger",
    "error",
    "admonition",
];

/// The body with its reStructuredText markup read as the plain-text dialect.
pub fn restructured_as_text(body: &str) -> String {
    let lines: Vec<&str> = body.lines().collect();
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let mut in_directive = false;
    let mut idx = 0;
    while idx < lines.len() {
        if let Some(len) = grid_table_len(&lines[idx..]) {
            let rows = grid_rows(&lines[idx..idx + len]);
            for (offset, slot) in out[idx..idx + len].iter_mut().enumerate() {
                *slot = rows.get(offset).cloned().unwrap_or_default();
            }
            idx += len;
            in_directive = false;
            continue;
        }
        let line = lines[idx];
        if in_directive && (line.starts_with([' ', '\t']) && !line.trim().is_empty()) {
            out[idx].clear();
            idx += 1;
            continue;
        }
        in_directive = false;
        if let Some(title) = underlined_title(&lines, idx) {
            out[idx] = format!("# {title}");
            out[idx + 1].clear();
            if idx > 0 && adornment_char(lines[idx - 1]) == adornment_char(lines[idx + 1]) {
                out[idx - 1].clear();
            }
            idx += 2;
            continue;
        }
        match directive(line) {
            Some(Directive::Admonition(text)) => out[idx] = text,
            Some(Directive::Markup) => {
                out[idx].clear();
                in_directive = true;
            }
            None => {
                if let Some(field) = field_line(line) {
                    out[idx] = field;
                } else if line.contains('`') {
                    out[idx] = unwrap_inline(line);
                }
            }
        }
        idx += 1;
    }
    lines_like(&out, body)
}

/// The character a line repeats when it is an adornment line (`=======`).
fn adornment_char(line: &str) -> Option<char> {
    let line = line.trim_end();
    let first = line.chars().next()?;
    (ADORNMENT.contains(&first)
        && line.chars().count() >= MIN_ADORNMENT
        && line.chars().all(|c| c == first))
    .then_some(first)
}

/// The title at line `idx` when the next line underlines it: an adornment
/// at least as long as the title, under a short line of text that is no
/// table row (no `|`, no gap of two spaces between columns).
fn underlined_title<'a>(lines: &[&'a str], idx: usize) -> Option<&'a str> {
    let text = lines[idx];
    let under = lines.get(idx + 1)?;
    let title = text.trim();
    let columns = title.contains("  ") || title.contains('|') || title.contains('\t');
    let width = text.trim_end().chars().count();
    (adornment_char(under).is_some()
        && !title.is_empty()
        && adornment_char(text).is_none()
        && !text.starts_with([' ', '\t'])
        && !columns
        && width <= MAX_TITLE_CHARS
        && under.trim_end().chars().count() >= width)
        .then_some(title)
}

/// What a line starting `.. ` is.
enum Directive {
    /// A note or warning: its text, labelled (`Note: …`).
    Admonition(String),
    /// An image, a table of contents, a comment, a link target: no text.
    Markup,
}

fn directive(line: &str) -> Option<Directive> {
    let rest = line.strip_prefix(".. ")?;
    let Some((name, text)) = rest.split_once("::") else {
        return Some(Directive::Markup);
    };
    let name = name.trim().to_ascii_lowercase();
    let text = text.trim();
    if ADMONITIONS.contains(&name.as_str()) && !text.is_empty() {
        let mut label = name;
        label[..1].make_ascii_uppercase();
        return Some(Directive::Admonition(format!(
            "{label}: {}",
            unwrap_inline(text)
        )));
    }
    Some(Directive::Markup)
}

/// `:Date: 11 February 2026` as `Date: 11 February 2026`.
fn field_line(line: &str) -> Option<String> {
    let rest = line.strip_prefix(':')?;
    let (name, value) = rest.split_once(": ").or_else(|| {
        let name = rest.strip_suffix(':')?;
        Some((name, ""))
    })?;
    let is_name = !name.is_empty()
        && name.len() <= 40
        && name.starts_with(char::is_alphabetic)
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'));
    let value = value.trim();
    (is_name && !value.is_empty()).then(|| format!("{name}: {}", unwrap_inline(value)))
}

/// Inline markup unwrapped: ``` ``code`` ``` → `code`, `` `Text <url>`_ ``
/// → `Text`, `` :term:`text` `` → `text`.
fn unwrap_inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('`') {
        let before = &rest[..open];
        // `:role:` before the backquote goes.
        let role = before
            .strip_suffix(':')
            .and_then(|b| b.rfind(':').filter(|&at| !b[at + 1..].contains(' ')));
        out.push_str(role.map_or(before, |at| &before[..at]));
        let quotes = if rest[open..].starts_with("``") { 2 } else { 1 };
        let inner_start = open + quotes;
        let Some(len) = rest[inner_start..].find(&"``"[..quotes]) else {
            out.push_str(&rest[open..]);
            return out;
        };
        let inner = &rest[inner_start..inner_start + len];
        // `Text <https://…>`: the link's text.
        let inner = match inner.rfind(" <") {
            Some(at) if inner.ends_with('>') => &inner[..at],
            _ => inner,
        };
        out.push_str(inner);
        rest = rest[inner_start + len + quotes..].trim_start_matches('_');
    }
    out.push_str(rest);
    out
}

/// A grid table border: `+----+-----+` or `+====+=====+`.
fn is_border(line: &str) -> bool {
    let line = line.trim();
    line.len() >= MIN_ADORNMENT
        && line.starts_with('+')
        && line.ends_with('+')
        && line.contains(['-', '='])
        && line.chars().all(|c| matches!(c, '+' | '-' | '=' | ':'))
}

/// The number of lines of the grid table starting at the first line, if one
/// does: a border, then rows and borders, ending on a border.
fn grid_table_len(lines: &[&str]) -> Option<usize> {
    if !is_border(lines.first()?) {
        return None;
    }
    let run = lines
        .iter()
        .take_while(|l| is_border(l) || l.trim_start().starts_with('|'))
        .count();
    let last_border = lines[..run].iter().rposition(|l| is_border(l))?;
    (last_border > 0).then_some(last_border + 1)
}

/// A grid table's rows as pipe rows: each row's wrapped lines joined cell by
/// cell, the header (rows above a `+===+` border) followed by a separator.
fn grid_rows(table: &[&str]) -> Vec<String> {
    let first: Vec<char> = table[0].trim_end().chars().collect();
    let columns: Vec<usize> = (0..first.len()).filter(|&i| first[i] == '+').collect();
    let mut rows = Vec::new();
    let mut cells: Vec<String> = Vec::new();
    for line in table {
        if is_border(line) {
            if cells.iter().any(|c| !c.is_empty()) {
                rows.push(pipe_row(&cells));
            }
            if line.contains('=') && !rows.is_empty() {
                rows.push(pipe_row(&vec!["---".to_string(); columns.len() - 1]));
            }
            cells.clear();
            continue;
        }
        let chars: Vec<char> = line.trim_end().chars().collect();
        cells.resize(columns.len().saturating_sub(1), String::new());
        for (cell, pair) in cells.iter_mut().zip(columns.windows(2)) {
            let end = pair[1].min(chars.len());
            let start = (pair[0] + 1).min(end);
            let piece: String = chars[start..end].iter().collect();
            let piece = piece.trim_matches(|c: char| c == '|' || c.is_whitespace());
            if !piece.is_empty() {
                if !cell.is_empty() {
                    cell.push(' ');
                }
                cell.push_str(piece);
            }
        }
    }
    rows
}

fn pipe_row(cells: &[String]) -> String {
    let cells: Vec<String> = cells.iter().map(|c| unwrap_inline(c)).collect();
    format!("| {} |", cells.join(" | "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(body: &str) -> Vec<String> {
        let text = restructured_as_text(body);
        assert_eq!(text.lines().count(), body.lines().count(), "{text}");
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn a_grid_tables_wrapped_rows_become_one_pipe_row_each() {
        let body = "Lead-in.\n\n+----------------+------+------+\n| Measure        | 2023 | 2024 |\n+================+======+======+\n| Average weeks  | 12   | 9    |\n| to first action|      |      |\n+----------------+------+------+\n| Oppositions    | 210  | 188  |\n+----------------+------+------+\n\nAfter.\n";
        assert_eq!(
            kept(body),
            [
                "Lead-in.",
                "| Measure | 2023 | 2024 |",
                "| --- | --- | --- |",
                "| Average weeks to first action | 12 | 9 |",
                "| Oppositions | 210 | 188 |",
                "After.",
            ]
        );
    }

    #[test]
    fn titles_fields_and_notes_read_as_text() {
        let body = "===========\nAnnual note\n===========\n\n:Author: R. Ines\n:Version: 3\n\nResults\n-------\n\n.. note:: Counts for ``Q4`` are provisional.\n.. image:: chart.png\n   :alt: a chart\n.. _results:\n\nSee :ref:`the table <tab>` and `the site <https://x.example>`_.\n";
        assert_eq!(
            kept(body),
            [
                "# Annual note",
                "Author: R. Ines",
                "Version: 3",
                "# Results",
                "Note: Counts for Q4 are provisional.",
                "See the table and the site.",
            ]
        );
    }

    #[test]
    fn an_aligned_tables_rule_and_a_short_underline_are_not_headings() {
        let body = "Indicator   2023   2024\n-----------------------\nFilings     410    455\n\nA long sentence that ends here.\n---\n";
        assert_eq!(restructured_as_text(body), body);
    }

    #[test]
    fn a_border_without_rows_is_no_table() {
        let body = "+---+\ntext | with a bar |\n";
        assert_eq!(restructured_as_text(body), body);
    }
}
