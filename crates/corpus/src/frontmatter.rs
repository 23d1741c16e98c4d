//! The optional front-matter block at the top of a document: a `---` line,
//! `key: value` lines (`title`, `date`, `source`, `kind`), and a closing `---`.
//! What it states overrides what the other steps infer.
//!
//! Invariant: a file without front matter comes back unchanged with no issues;
//! a malformed block is reported with its line and its values are not used.

use super::dates::parse_date;
use super::model::{Date, DocKind, Issue, Severity};

/// Values stated in a front-matter block.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FrontMatter {
    /// `title:`, overriding the inferred headline.
    pub title: Option<String>,
    /// `date:`, overriding the dateline.
    pub date: Option<Date>,
    /// `source:`, overriding the source line.
    pub source: Option<String>,
    /// `kind:`, overriding the inferred kind.
    pub kind: Option<DocKind>,
}

/// Splits the front matter off `text`. Returns what it states, the body, the
/// number of lines the block took (so later line numbers stay true), and issues.
pub fn split_front_matter<'a>(
    file: &str,
    text: &'a str,
) -> ((FrontMatter, &'a str, usize), Vec<Issue>) {
    let mut issues = Vec::new();
    let none = (FrontMatter::default(), text, 0);
    let Some(rest) = text.strip_prefix("---\n") else {
        return (none, issues);
    };
    let Some(close) = rest
        .find("\n---\n")
        .or_else(|| rest.strip_suffix("\n---").map(str::len))
    else {
        issues.push(issue(
            file,
            1,
            Severity::Error,
            "front matter is not closed by a `---` line",
        ));
        return (none, issues);
    };
    let block = &rest[..close];
    let body = rest.get(close + 5..).unwrap_or("");
    let n_lines = block.lines().count() + 2;
    let mut front = FrontMatter::default();
    for (idx, line) in block.lines().enumerate() {
        read_line(file, idx + 2, line, &mut front, &mut issues);
    }
    ((front, body, n_lines), issues)
}

fn read_line(
    file: &str,
    line_no: usize,
    line: &str,
    front: &mut FrontMatter,
    issues: &mut Vec<Issue>,
) {
    if line.trim().is_empty() || line.trim_start().starts_with('#') {
        return;
    }
    let Some((key, value)) = line.split_once(':') else {
        issues.push(issue(
            file,
            line_no,
            Severity::Error,
            "front matter line is not `key: value`",
        ));
        return;
    };
    let value = value.trim().trim_matches('"').trim();
    let key = key.trim().to_ascii_lowercase();
    if value.is_empty() {
        let message = format!("front matter `{key}` has no value");
        issues.push(issue(file, line_no, Severity::Warning, &message));
        return;
    }
    match key.as_str() {
        "title" => front.title = Some(value.to_string()),
        "source" => front.source = Some(value.to_string()),
        "date" => match parse_date(value)
            .map(|(d, _)| d)
            .or_else(|| year_only(value))
        {
            Some(date) => front.date = Some(date),
            None => {
                let message = format!("front matter date `{value}` is not a date");
                issues.push(issue(file, line_no, Severity::Error, &message));
            }
        },
        "kind" => match DocKind::parse(value) {
            Some(kind) => front.kind = Some(kind),
            None => {
                let message = format!(
                    "front matter kind `{value}` is not transcript, news, report or notice"
                );
                issues.push(issue(file, line_no, Severity::Error, &message));
            }
        },
        _ => {
            let message = format!("front matter key `{key}` is unknown and ignored");
            issues.push(issue(file, line_no, Severity::Warning, &message));
        }
    }
}

/// `2022` alone: a date known to the year.
fn year_only(value: &str) -> Option<Date> {
    let year: u16 = value.parse().ok().filter(|y| (1900..=2100).contains(y))?;
    Some(Date {
        year,
        month: None,
        day: None,
    })
}

fn issue(file: &str, line: usize, severity: Severity, message: &str) -> Issue {
    Issue {
        file: file.to_string(),
        line: Some(line),
        severity,
        message: message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> (FrontMatter, String, usize, Vec<String>) {
        let ((front, body, n), issues) = split_front_matter("f.md", text);
        (
            front,
            body.to_string(),
            n,
            issues.iter().map(ToString::to_string).collect(),
        )
    }

    #[test]
    fn no_front_matter_leaves_text_alone() {
        let (front, body, n, issues) = split("Title\n\nBody.\n");
        assert_eq!(front, FrontMatter::default());
        assert_eq!((body.as_str(), n), ("Title\n\nBody.\n", 0));
        assert!(issues.is_empty());
    }

    #[test]
    fn all_keys_are_read() {
        let text = "---\ntitle: A \"quoted\" title\ndate: 2023-04-19\nsource: Some Daily\nkind: notice\n---\nBody.\n";
        let (front, body, n, issues) = split(text);
        assert_eq!(front.title.as_deref(), Some("A \"quoted\" title"));
        assert_eq!(front.date.map(|d| d.iso()).as_deref(), Some("2023-04-19"));
        assert_eq!(front.source.as_deref(), Some("Some Daily"));
        assert_eq!(front.kind, Some(DocKind::Notice));
        assert_eq!((body.as_str(), n), ("Body.\n", 6));
        assert!(issues.is_empty());
    }

    #[test]
    fn unclosed_block_is_an_error_on_line_one() {
        let (front, _, _, issues) = split("---\ntitle: x\nBody.\n");
        assert_eq!(front, FrontMatter::default());
        assert_eq!(
            issues,
            ["f.md:1: front matter is not closed by a `---` line"]
        );
    }

    #[test]
    fn bad_lines_are_reported_with_their_line() {
        let text = "---\ntitle x\ndate: someday\nkind: poem\nauthor: me\n---\nBody.\n";
        let (_, _, _, issues) = split(text);
        assert_eq!(
            issues,
            [
                "f.md:2: front matter line is not `key: value`",
                "f.md:3: front matter date `someday` is not a date",
                "f.md:4: front matter kind `poem` is not transcript, news, report or notice",
                "f.md:5: front matter key `author` is unknown and ignored",
            ]
        );
    }
}
