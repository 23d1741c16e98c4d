//! Source files as the compiler receives them, and the checks that decide whether
//! a file can be compiled at all (encoding, emptiness, duplicates, size, type);
//! HTML, PDF, Markdown, notebook and Word files go through their reader ([`super::read`]).
//!
//! Invariant: every file handed in either comes out as text to compile or as an
//! [`Issue`] naming it; nothing is dropped silently.

use super::model::{Issue, Severity};
use super::read::{read, Format, MAX_READER_INPUT_BYTES};

/// Largest source text accepted, in bytes; larger files are an error. HTML
/// and PDF files may be up to [`MAX_READER_INPUT_BYTES`] if their text fits.
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;

/// A file read from the seeds directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// File name including its extension, e.g. `001_report.txt`.
    pub name: String,
    /// Raw contents.
    pub bytes: Vec<u8>,
}

/// A source file that passed the checks: its id and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedSource<'a> {
    /// The file name, for messages.
    pub name: &'a str,
    /// The document id: the file stem.
    pub id: String,
    /// UTF-8 text with any byte-order mark removed and line ends normalised to `\n`.
    pub text: String,
}

/// Checks every file and returns the ones to compile, in name order, plus the
/// problems found. Duplicate contents are reported against the later file.
pub fn check_sources(files: &[SourceFile]) -> (Vec<CheckedSource<'_>>, Vec<Issue>) {
    let mut sorted: Vec<&SourceFile> = files.iter().collect();
    // Bytes break ties between equal names, which a directory cannot hold
    // but a caller can pass, so the order never depends on the input order.
    sorted.sort_by(|a, b| (&a.name, &a.bytes).cmp(&(&b.name, &b.bytes)));
    let mut issues = Vec::new();
    let mut checked: Vec<CheckedSource> = Vec::new();
    for file in sorted {
        match check_one(file) {
            Ok(source) => {
                if let Some(first) = checked.iter().find(|c| c.text == source.text) {
                    issues.push(error(
                        &file.name,
                        None,
                        format!("duplicate document: same text as {}", first.name),
                    ));
                } else if let Some(first) = checked.iter().find(|c| c.id == source.id) {
                    // `a.txt` and `a.md` would both be document `a`, and their
                    // passage ids would collide.
                    issues.push(error(
                        &file.name,
                        None,
                        format!(
                            "duplicate document id `{}`: {} has it too",
                            source.id, first.name
                        ),
                    ));
                } else {
                    checked.push(source);
                }
            }
            Err(issue) => issues.push(issue),
        }
    }
    (checked, issues)
}

fn check_one(file: &SourceFile) -> Result<CheckedSource<'_>, Issue> {
    let name = file.name.as_str();
    let Some((stem, format)) = name
        .rsplit_once('.')
        .and_then(|(stem, ext)| Some((stem, Format::of_extension(ext)?)))
    else {
        return Err(warning(name, None, format!("ignored: {NOT_READ}")));
    };
    if let Some(problem) = id_problem(stem) {
        return Err(error(name, None, problem));
    }
    let limit = if format.needs_reader() && format != Format::Markdown {
        MAX_READER_INPUT_BYTES
    } else {
        MAX_FILE_BYTES
    };
    if file.bytes.len() > limit {
        return Err(error(
            name,
            None,
            format!(
                "file is {} bytes, over the limit of {limit}",
                file.bytes.len()
            ),
        ));
    }
    let text = match format {
        Format::Text | Format::Markdown => {
            let text = utf8_text(name, &file.bytes)?;
            let format = format.of_content(&text);
            if format.needs_reader() {
                read(format, text.as_bytes()).map_err(|why| unreadable(name, &why))?
            } else {
                text
            }
        }
        // Every other format is a reader's (`Format::needs_reader`).
        _ => {
            let text = read(format, &file.bytes).map_err(|why| unreadable(name, &why))?;
            if text.len() > MAX_FILE_BYTES {
                return Err(error(
                    name,
                    None,
                    format!(
                        "its text is {} bytes, over the limit of {MAX_FILE_BYTES}",
                        text.len()
                    ),
                ));
            }
            let body = text
                .rsplit_once("\n---\n")
                .map_or(text.as_str(), |(_, b)| b);
            if body.trim().is_empty() {
                return Err(warning(
                    name,
                    None,
                    "skipped: no text found in it (only scripts, images or markup?)".into(),
                ));
            }
            text.replace("\r\n", "\n").replace('\r', "\n")
        }
    };
    Ok(CheckedSource {
        name,
        id: stem.to_string(),
        text,
    })
}

/// What the compiler reads, for the message about other files.
const NOT_READ: &str =
    "not a .txt, .md, .html, .htm, .pdf, .ipynb, .rtf, .docx, .har, .json, .xml, .eml, .mbox, .tex, .rst, .srt or .vtt file";

/// A reader's failure: a warning, so the other files still build.
fn unreadable(name: &str, why: &str) -> Issue {
    if why.starts_with("ignored:") {
        return warning(name, None, why.to_string());
    }
    warning(name, None, format!("skipped: cannot be read: {why}"))
}

/// UTF-8 text with any byte-order mark removed and line ends normalised;
/// an error for invalid bytes or a blank file.
fn utf8_text(name: &str, bytes: &[u8]) -> Result<String, Issue> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let line = 1 + bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            return Err(error(name, Some(line), "not valid UTF-8".into()));
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    if text.trim().is_empty() {
        return Err(error(name, None, "empty file".into()));
    }
    Ok(text)
}

/// Why a file stem cannot be a document id, if it cannot: the id names the
/// document in passage ids (`<doc>#p<n>`), fact ids (`<passage>/f<n>`) and
/// links, so it must be non-empty and free of the separators `#` and `/`,
/// and of control characters.
fn id_problem(stem: &str) -> Option<String> {
    if stem.trim().is_empty() {
        return Some("the file name gives an empty document id; name it like `report.txt`".into());
    }
    if let Some(c) = stem
        .chars()
        .find(|&c| c == '#' || c == '/' || c.is_control())
    {
        return Some(format!(
            "the file name gives document id `{}`, and {c:?} cannot be in an id \
             (it separates the parts of passage and fact ids); rename the file",
            stem.escape_debug()
        ));
    }
    None
}

fn error(file: &str, line: Option<usize>, message: String) -> Issue {
    Issue {
        file: file.to_string(),
        line,
        severity: Severity::Error,
        message,
    }
}

fn warning(file: &str, line: Option<usize>, message: String) -> Issue {
    Issue {
        file: file.to_string(),
        line,
        severity: Severity::Warning,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, text: &[u8]) -> SourceFile {
        SourceFile {
            name: name.into(),
            bytes: text.to_vec(),
        }
    }

    #[test]
    fn non_utf8_is_an_error_with_its_line() {
        let files = [file("a.txt", b"fine\nbad \xff byte\n")];
        let (ok, issues) = check_sources(&files);
        assert!(ok.is_empty());
        assert_eq!(issues[0].to_string(), "a.txt:2: not valid UTF-8");
        assert_eq!(issues[0].severity, Severity::Error);
    }

    #[test]
    fn a_file_name_that_cannot_be_an_id_is_an_error_naming_it() {
        // `.txt` gave an empty id; `a#p1.txt` gave passage `a#p1#p1`, whose
        // link opened document `a`.
        for name in [".txt", " .md", "a#p1.txt", "a/b.txt", "tab\there.txt"] {
            let files = [file(name, b"Some text.")];
            let (checked, issues) = check_sources(&files);
            assert!(checked.is_empty(), "{name}");
            assert_eq!(issues.len(), 1, "{name}");
            assert_eq!(issues[0].file, name);
            assert_eq!(issues[0].severity, Severity::Error);
            assert!(issues[0].message.contains("id"), "{}", issues[0].message);
        }
        let files = [file("a.b-c_d 2.txt", b"Some text.")];
        let (checked, _) = check_sources(&files);
        assert_eq!(checked[0].id, "a.b-c_d 2");
    }

    #[test]
    fn empty_and_blank_files_are_errors() {
        let files = [file("a.txt", b""), file("b.md", b" \n\n")];
        let (ok, issues) = check_sources(&files);
        assert!(ok.is_empty());
        assert_eq!(issues.len(), 2);
    }

    #[test]
    fn duplicate_is_reported_against_the_later_name() {
        let files = [file("b.txt", b"Same"), file("a.txt", b"Same")];
        let (ok, issues) = check_sources(&files);
        assert_eq!(ok.len(), 1);
        assert_eq!(ok[0].name, "a.txt");
        assert_eq!(
            issues[0].to_string(),
            "b.txt: duplicate document: same text as a.txt"
        );
    }

    #[test]
    fn two_files_with_one_stem_are_a_duplicate_id() {
        // Found by the property test of compile determinism: `a.md` and
        // `a.txt` both became document `a`.
        let files = [file("a.txt", b"One"), file("a.md", b"Two")];
        let (ok, issues) = check_sources(&files);
        assert_eq!(ok.len(), 1);
        assert_eq!(ok[0].name, "a.md");
        assert_eq!(
            issues[0].to_string(),
            "a.txt: duplicate document id `a`: a.md has it too"
        );
    }

    #[test]
    fn equal_names_are_ordered_by_contents() {
        let one = [file("a.txt", b"One"), file("a.txt", b"Two")];
        let two = [file("a.txt", b"Two"), file("a.txt", b"One")];
        assert_eq!(check_sources(&one), check_sources(&two));
    }

    #[test]
    fn other_extensions_are_ignored_with_a_warning() {
        let files = [file("notes.docx", b"x"), file("README", b"x")];
        let (ok, issues) = check_sources(&files);
        assert!(ok.is_empty());
        assert!(issues.iter().all(|i| i.severity == Severity::Warning));
    }

    #[test]
    fn bom_and_crlf_are_normalised() {
        let files = [file("a.txt", "\u{feff}One\r\nTwo\r\n".as_bytes())];
        let (ok, _) = check_sources(&files);
        assert_eq!(ok[0].text, "One\nTwo\n");
        assert_eq!(ok[0].id, "a");
    }

    #[test]
    fn a_notebook_is_read_by_its_extension_or_its_json_shape() {
        let json = br##"{"cells": [{"cell_type": "markdown", "source": ["# Grants\n", "Up \u2019n\" up"]}],
            "metadata": {}, "nbformat": 4, "nbformat_minor": 5}"##;
        for name in ["a.ipynb", "b.txt"] {
            let files = [file(name, json)];
            let (ok, issues) = check_sources(&files);
            assert!(issues.is_empty(), "{issues:?}");
            assert_eq!(ok[0].text, "# Grants\nUp \u{2019}n\" up\n\n");
        }
    }

    #[test]
    fn an_http_archive_is_read_by_its_extension_or_its_json_shape() {
        let har = br#"{"log": {"entries": [{"request": {"url": "https://x.example/a"},
            "response": {"status": 200, "content": {"mimeType": "text/plain", "text": "Filings: 4,100."}},
            "serverIPAddress": "203.0.113.42"}]}}"#;
        for name in ["a.har", "b.txt", "c.json"] {
            let files = [file(name, har)];
            let (ok, issues) = check_sources(&files);
            assert!(issues.is_empty(), "{issues:?}");
            assert_eq!(ok[0].text, "Filings: 4,100.\n\n");
        }
    }

    #[test]
    fn a_slack_export_is_read_by_its_json_shape() {
        let export = br#"[{"type": "message", "user": "U1", "ts": "1757398351.003900",
            "user_profile": {"real_name": "Maja Orlic"}, "text": "Filings: 4,100.",
            "reactions": [{"name": "tada", "count": 3}]}]"#;
        for name in ["a.json", "b.txt"] {
            let files = [file(name, export)];
            let (ok, issues) = check_sources(&files);
            assert!(issues.is_empty(), "{issues:?}");
            assert_eq!(
                ok[0].text,
                "---\ntitle: \"Chat of 2025-09-09\"\ndate: \"2025-09-09\"\n---\n[2025-09-09 06:12] Maja Orlic: Filings: 4,100.\n"
            );
        }
    }
}
