//! Jupyter notebooks (`.ipynb`, or their JSON saved as `.txt`): the prose
//! and the results of a notebook, without its code. Markdown cells are read
//! as Markdown ([`super::markdown`]); a code cell's source is dropped (its
//! names and literals are no figures), but what it printed is kept: stdout
//! text as lines, and a result's `text/plain` as lines, where a data frame
//! or series repr becomes pipe rows ([`super::frame_repr`]). The repr is
//! preferred to the result's `text/html` table, whose row spans under a
//! MultiIndex the HTML reader does not carry down; a result that is only an
//! HTML table goes through [`super::html`]. A series with no name takes the
//! comment its cell opens with (`# % change 2024 on 2023`) as its name, the
//! one label the author gave its numbers. Errors, stderr and images go. The
//! `title` and `authors` metadata become front matter; the date is left to
//! the dateline rules, which read the first cells as any document's opening.
//!
//! This is a reader rather than a `clean` rewrite: nothing of the JSON's
//! line layout is worth keeping (a cell's text is one escaped JSON string a
//! line, outputs lie after the code that made them), and a rewrite keeping
//! the line count would have to re-split decoded text around dropped code.
//! Lines of the output are lines of the text the compiler reads, as for
//! HTML and PDF files; passages keep no file line, only issues do.
//!
//! Invariant: the JSON is parsed by serde_json, never by hand; a file that
//! is not a notebook's JSON is an `Err`. nbformat 3 (`worksheets`, `pyout`,
//! heading cells) is read as well as 4.

use serde_json::Value;

use super::frame_repr::{is_shape_line, read_frame_repr, Grid};
use super::markdown::read_markdown;
use super::{front_matter, pipe_rows};

/// True when a text's JSON shape is a notebook's: an object with cells (or
/// nbformat 3 worksheets), `cell_type` and `nbformat` keys.
pub fn is_notebook(text: &str) -> bool {
    text.trim_start().starts_with('{')
        && (text.contains("\"cells\"") || text.contains("\"worksheets\""))
        && text.contains("\"cell_type\"")
        && text.contains("\"nbformat\"")
}

/// Reads a notebook's JSON into front matter plus body text.
pub fn read_notebook(text: &str) -> Result<String, String> {
    let doc: Value = serde_json::from_str(text).map_err(|e| format!("not a notebook: {e}"))?;
    let cells: Vec<&Value> = match (doc.get("cells"), doc.get("worksheets")) {
        (Some(Value::Array(cells)), _) => cells.iter().collect(),
        (_, Some(Value::Array(sheets))) => sheets
            .iter()
            .filter_map(|s| s.get("cells")?.as_array())
            .flatten()
            .collect(),
        _ => return Err("not a notebook: no cells".into()),
    };
    let meta = doc.get("metadata");
    let title = meta.and_then(|m| joined(m.get("title")?));
    let authors = meta
        .and_then(|m| m.get("authors")?.as_array().cloned())
        .map(|list| {
            let names: Vec<String> = list
                .iter()
                .filter_map(|a| a.get("name").and_then(Value::as_str).or(a.as_str()))
                .map(str::to_string)
                .collect();
            names.join(", ")
        })
        .filter(|names| !names.is_empty());
    let mut body = String::new();
    for cell in cells {
        let part = match cell.get("cell_type").and_then(Value::as_str) {
            Some("markdown") => read_markdown(&source(cell)),
            Some("heading") => heading(cell),
            Some("code") => outputs(cell, &leading_comment(&source(cell))),
            _ => String::new(),
        };
        if !part.trim().is_empty() {
            body.push_str(part.trim_end());
            body.push_str("\n\n");
        }
    }
    Ok(format!(
        "{}{body}",
        front_matter(&[("title", title), ("source", authors)])
    ))
}

/// A cell's source: a string, or a list of lines with their line ends.
fn source(cell: &Value) -> String {
    cell.get("source").and_then(joined).unwrap_or_default()
}

/// A JSON string, or a list of strings joined as they are.
fn joined(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Array(parts) => Some(parts.iter().filter_map(Value::as_str).collect()),
        _ => None,
    }
}

/// An nbformat 3 heading cell, as a `#` heading of its level.
fn heading(cell: &Value) -> String {
    let level = cell.get("level").and_then(Value::as_u64).unwrap_or(1);
    let text = source(cell);
    format!("{} {}", "#".repeat(level.clamp(1, 6) as usize), text.trim())
}

/// The comment a code cell opens with (`# % change 2024 on 2023`), its
/// lines joined: what the author says the cell computes. Magics (`%%time`)
/// and cell markers (`# %%`) are no comment.
fn leading_comment(code: &str) -> String {
    let lines: Vec<&str> = code
        .lines()
        .map(str::trim)
        .take_while(|l| l.starts_with('#'))
        .filter(|l| !l.starts_with("#!"))
        .map(|l| l.trim_start_matches('#').trim())
        .filter(|l| l.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .collect();
    lines.join(" ")
}

/// What a code cell printed and returned, each output its own block; a
/// series with no name takes the cell's `caption` as its name.
fn outputs(cell: &Value, caption: &str) -> String {
    let Some(Value::Array(outputs)) = cell.get("outputs") else {
        return String::new();
    };
    let mut text = String::new();
    for output in outputs {
        let kind = output.get("output_type").and_then(Value::as_str);
        let part = match kind {
            Some("stream") => {
                let name = output.get("name").or(output.get("stream"));
                match name.and_then(Value::as_str) {
                    Some("stderr") => String::new(),
                    _ => printed(
                        &output.get("text").and_then(joined).unwrap_or_default(),
                        caption,
                    ),
                }
            }
            Some("execute_result" | "display_data" | "pyout") => result(output, caption),
            _ => String::new(),
        };
        if !part.trim().is_empty() {
            text.push_str(part.trim_end());
            text.push_str("\n\n");
        }
    }
    text
}

/// A result's text: a repr of a frame or series as rows, other text lines
/// as they are; an HTML table when that is all it has.
fn result(output: &Value, caption: &str) -> String {
    let mime = |v4: &str, v3: &str| {
        (output.get("data").and_then(|d| d.get(v4)))
            .or(output.get(v3))
            .and_then(joined)
    };
    let plain = mime("text/plain", "text").map_or_else(String::new, |t| printed(&t, caption));
    // A repr read as a table is as good as the HTML one, and the
    // repr's blanks under a repeated index level read better than the
    // HTML's row spans.
    if plain.lines().any(|l| l.starts_with('|')) {
        return plain;
    }
    let html = mime("text/html", "html")
        .filter(|h| h.contains("<table"))
        .and_then(|h| super::html::read_html(&h).ok());
    match html {
        Some(html) => after_front_matter(&html).to_string(),
        None => plain,
    }
}

/// Printed text: each block between blank lines that is a frame or series
/// repr as pipe rows, any other block's lines kept; lines with no word (a
/// bare number or `<Figure size 640x480>`) go, since nothing says what they
/// count.
fn printed(text: &str, caption: &str) -> String {
    let text = strip_ansi(text);
    let mut out = String::new();
    for block in text.split("\n\n") {
        let block = block.trim_matches('\n');
        match read_frame_repr(block) {
            Some(mut grid) => {
                if let [_, name] = &mut grid[0][..] {
                    if name.is_empty() {
                        *name = caption.to_string();
                    }
                }
                out.push_str(&table_text(&grid));
            }
            None => {
                for line in (block.lines()).filter(|l| has_words(l) && !is_shape_line(l)) {
                    out.push_str(line.trim_end());
                    out.push('\n');
                }
            }
        }
        out.push('\n');
    }
    out
}

/// A grid as pipe rows under its header; with no header at all (a series
/// with neither name nor index name), as `label: value` lines.
fn table_text(grid: &Grid) -> String {
    if grid[0].iter().any(|c| !c.is_empty()) {
        return pipe_rows(grid);
    }
    let lines: Vec<String> = (grid[1..].iter())
        .map(|row| format!("{}: {}\n", row[0], row[1..].join(" ")))
        .collect();
    lines.concat()
}

/// A line with a word in it, and not an object's `<…>` repr.
fn has_words(line: &str) -> bool {
    let line = line.trim();
    let object = line.starts_with('<') && line.ends_with('>');
    !object && line.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// Text without terminal colour codes (`ESC [ … m`).
fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A reader's text after its front matter block, if it has one.
fn after_front_matter(text: &str) -> &str {
    text.strip_prefix("---\n")
        .and_then(|rest| rest.split_once("\n---\n"))
        .map_or(text, |(_, body)| body)
}

#[cfg(test)]
mod tests {
    use expect_test::{expect, Expect};
    use serde_json::json;

    use super::*;

    fn check(notebook: &Value, expect: Expect) {
        let text = serde_json::to_string_pretty(notebook).unwrap();
        assert!(is_notebook(&text));
        expect.assert_eq(&read_notebook(&text).unwrap());
    }

    fn code(source: &str, outputs: Value) -> Value {
        json!({"cell_type": "code", "source": source, "outputs": outputs, "metadata": {}})
    }

    fn plain(kind: &str, lines: &[&str]) -> Value {
        json!({"output_type": kind, "data": {"text/plain": lines.join("\n")}, "metadata": {}})
    }

    #[test]
    fn prose_printed_lines_and_frames_without_code() {
        let cells = json!([
            {"cell_type": "markdown", "source": ["# Backlog review, Q2 2025\n", "\n",
                "The Office’s \"first action\" queue, as at 30 June 2025.\n", "\n",
                "| Unit | Examiners |\n", "|---|---|\n", "| Mechanics | 41 |\n", "| Chemistry | 29 |\n"]},
            code("import pandas as pd\nqueue = pd.read_csv('q_2025-06-30.csv')\nrate = 0.85", json!([])),
            code("print(f'Backlog: {n:,}')", json!([
                {"output_type": "stream", "name": "stdout", "text": ["Backlog: 12,875 applications\n", "Examiners: 70\n"]},
                {"output_type": "stream", "name": "stderr", "text": "FutureWarning: 2 deprecated\n"},
            ])),
            code("# Pending files by unit and stage\nq.pivot_table(index=['unit','kind'], columns='quarter')", json!([plain("display_data", &[
                "                       Q1 2025  Q2 2025",
                "unit       kind                        ",
                "Mechanics  pending        3120     2950",
                "           examined        840      910",
            ])])),
            code("raise ValueError(3)", json!([
                {"output_type": "error", "ename": "ValueError", "evalue": "3", "traceback": ["ValueError: 3 at line 14"]},
            ])),
        ]);
        check(
            &json!({"cells": cells, "nbformat": 4, "nbformat_minor": 5,
                "metadata": {"title": "Backlog review", "authors": [{"name": "Examination Data Unit"}]}}),
            expect![[r#"
                ---
                title: "Backlog review"
                source: "Examination Data Unit"
                ---
                # Backlog review, Q2 2025

                The Office’s "first action" queue, as at 30 June 2025.

                | Unit | Examiners |
                | Mechanics | 41 |
                | Chemistry | 29 |

                Backlog: 12,875 applications
                Examiners: 70

                | unit kind | Q1 2025 | Q2 2025 |
                | Mechanics pending | 3120 | 2950 |
                | Mechanics examined | 840 | 910 |

            "#]],
        );
    }

    #[test]
    fn an_unnamed_series_takes_its_cells_comment_and_html_only_tables_are_read() {
        let html = "<table class=\"dataframe\"><thead><tr><th></th><th>2023</th><th>2024</th></tr></thead>\
            <tbody><tr><th>oppositions</th><td>310</td><td>284</td></tr>\
            <tr><th>appeals</th><td>95</td><td>102</td></tr></tbody></table>";
        let cells = json!([
            code(
                "# % change in filings, 2025 on 2024\ngrowth.round(1)",
                json!([plain(
                    "execute_result",
                    &[
                        "office",
                        "Riga       4.2",
                        "Tallinn   -1.5",
                        "dtype: float64",
                    ]
                )])
            ),
            code(
                "cases",
                json!([{"output_type": "display_data", "metadata": {},
                "data": {"text/html": html, "text/plain": "<pandas.io.formats.style.Styler at 0x7f>"}}])
            ),
            code("n", json!([plain("execute_result", &["14382"])])),
        ]);
        check(
            &json!({"cells": cells, "nbformat": 4, "nbformat_minor": 5, "metadata": {}}),
            expect![[r#"
                | office | % change in filings, 2025 on 2024 |
                | Riga | 4.2 |
                | Tallinn | -1.5 |

                |  | 2023 | 2024 |
                | oppositions | 310 | 284 |
                | appeals | 95 | 102 |

            "#]],
        );
    }

    #[test]
    fn nbformat_3_worksheets() {
        let cells = json!([
            {"cell_type": "heading", "level": 2, "source": "Grants by year"},
            {"cell_type": "code", "input": "s", "language": "python", "outputs": [
                {"output_type": "pyout", "text": ["year\n", "2023    5120\n", "2024    5480\n", "Name: grants, dtype: int64"]},
            ]},
        ]);
        check(
            &json!({"worksheets": [{"cells": cells}], "nbformat": 3, "metadata": {"name": "grants"}}),
            expect![[r#"
                ## Grants by year

                | year | grants |
                | 2023 | 5120 |
                | 2024 | 5480 |

            "#]],
        );
    }

    #[test]
    fn other_json_is_no_notebook() {
        assert!(!is_notebook(r#"{"cells": [1, 2], "rows": 4}"#));
        assert!(read_notebook(r#"{"cell_type": "x", "nbformat": 4}"#).is_err());
        assert!(read_notebook("{\"cells\": [").is_err());
    }
}
