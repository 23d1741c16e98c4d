//! Markdown files, fully: CommonMark with GitHub tables, read with
//! pulldown-cmark into the compiler's dialect. Headings become `#` lines
//! (sections), list items at any depth `- ` lines, tables `| a | b |` rows,
//! emphasis and links their text; images, raw HTML and footnote markers go.
//! Front matter is kept as it is.
//!
//! Invariant: every block starts on the line it starts on in the file (blank
//! lines pad the output), so messages and passages point at the right line.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::pandoc::pandoc_as_commonmark;
use super::pipe_rows;

/// Reads a Markdown file into front matter plus body text.
pub fn read_markdown(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = text.replace("\r\n", "\n");
    let (front, body) = split_front(&text);
    let body = &*pandoc_as_commonmark(body);
    let mut out = Out {
        text: front.to_string(),
        line: String::new(),
        prefix: String::new(),
        lines: front.lines().count(),
        first_line: front.lines().count(),
    };
    let starts = line_starts(body);
    let line_of = |offset: usize| out_line(&starts, offset);
    let mut table: Option<Vec<Vec<String>>> = None;
    let mut cell: Option<String> = None;
    let mut in_image = 0usize;
    let parser = Parser::new_ext(body, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH);
    for (event, range) in parser.into_offset_iter() {
        let line = line_of(range.start);
        match event {
            Event::Start(tag) => match tag {
                Tag::Heading { level, .. } => {
                    out.block(line);
                    out.prefix = format!("{} ", "#".repeat(level as usize));
                }
                Tag::Item => {
                    out.block(line);
                    out.prefix = "- ".into();
                }
                Tag::Paragraph | Tag::CodeBlock(_) | Tag::BlockQuote(_)
                    if out.prefix.is_empty() =>
                {
                    out.block(line)
                }
                Tag::Table(_) => {
                    out.block(line);
                    table = Some(Vec::new());
                }
                Tag::TableHead | Tag::TableRow => {
                    if let Some(rows) = table.as_mut() {
                        rows.push(Vec::new());
                    }
                }
                Tag::TableCell => cell = Some(String::new()),
                Tag::Image { .. } => in_image += 1,
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Heading(_) | TagEnd::Item | TagEnd::Paragraph | TagEnd::CodeBlock => {
                    out.block(line)
                }
                TagEnd::TableCell => {
                    if let (Some(rows), Some(text)) = (table.as_mut(), cell.take()) {
                        if let Some(row) = rows.last_mut() {
                            row.push(text);
                        }
                    }
                }
                TagEnd::Table => {
                    if let Some(rows) = table.take() {
                        out.raw(&pipe_rows(&rows));
                    }
                }
                TagEnd::Image => in_image = in_image.saturating_sub(1),
                _ => {}
            },
            Event::Text(t) | Event::Code(t) if in_image == 0 => match cell.as_mut() {
                Some(c) => c.push_str(&t),
                None => out.text(&t, line),
            },
            Event::SoftBreak => match cell.as_mut() {
                Some(c) => c.push(' '),
                None => out.line.push(' '),
            },
            Event::HardBreak => out.block(line),
            _ => {}
        }
    }
    out.block(usize::MAX);
    out.text
}

/// `---` front matter at the top, kept for the front matter step.
fn split_front(text: &str) -> (&str, &str) {
    let Some(rest) = text.strip_prefix("---\n") else {
        return ("", text);
    };
    match rest.find("\n---\n") {
        Some(close) => text.split_at(4 + close + 5),
        // Left open: the front matter step reports it.
        None => text.split_at(4),
    }
}

fn line_starts(body: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(body.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

/// The 0-based line of a byte offset in the body.
fn out_line(starts: &[usize], offset: usize) -> usize {
    starts.partition_point(|&s| s <= offset).saturating_sub(1)
}

struct Out {
    text: String,
    line: String,
    prefix: String,
    /// Lines written so far.
    lines: usize,
    /// Lines of front matter before the body.
    first_line: usize,
}

impl Out {
    fn text(&mut self, text: &str, line: usize) {
        if self.line.is_empty() {
            self.pad(line);
        }
        // A code block's lines stay lines.
        let mut parts = text.split('\n').peekable();
        while let Some(part) = parts.next() {
            self.line.push_str(part);
            if parts.peek().is_some_and(|p| !p.is_empty()) {
                self.flush();
            }
        }
    }

    /// Ends the current block, padding so the next starts at body line `line`.
    fn block(&mut self, line: usize) {
        self.flush();
        if line != usize::MAX {
            self.pad(line);
        }
    }

    fn pad(&mut self, line: usize) {
        let target = self.first_line + line;
        while self.lines < target {
            self.text.push('\n');
            self.lines += 1;
        }
    }

    fn flush(&mut self) {
        let line = self.line.split_whitespace().collect::<Vec<_>>().join(" ");
        if !line.is_empty() {
            self.text.push_str(&self.prefix);
            self.text.push_str(&line);
            self.text.push('\n');
            self.lines += 1;
            self.prefix.clear();
        }
        self.line.clear();
    }

    fn raw(&mut self, text: &str) {
        self.flush();
        self.text.push_str(text);
        self.lines += text.matches('\n').count();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_keep_their_lines_and_lists_and_tables_their_shape() {
        let text = "---\ntitle: T\n---\n# Head\n\nA *soft*\nbreak and [a link](http://x).\n\n1. one\n   - nested\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![img](x.png) After.\n";
        let out = read_markdown(text);
        expect_test::expect![[r#"
            ---
            title: T
            ---
            # Head

            A soft break and a link.


            - one
            - nested

            | a | b |
            | 1 | 2 |


            After.
        "#]]
        .assert_eq(&out);
        let line_of = |needle: &str| out.lines().position(|l| l.contains(needle)).map(|i| i + 1);
        let src_line = |needle: &str| text.lines().position(|l| l.contains(needle)).map(|i| i + 1);
        assert_eq!(line_of("# Head"), src_line("# Head"));
        assert_eq!(line_of("- one"), src_line("1. one"));
        assert_eq!(line_of("After."), src_line("After."));
    }

    #[test]
    fn unclosed_front_matter_is_left_for_the_front_matter_step() {
        assert!(read_markdown("---\ntitle: x\nBody.\n").starts_with("---\n"));
    }
}
