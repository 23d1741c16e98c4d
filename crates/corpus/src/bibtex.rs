//! BibTeX: a reading list or bibliography (`.bib`) holds its figures in
//! the abstracts of its entries:
//!
//! ```text
//! % Exported by RefDesk on 2025-09-08
//! @string{ago = {Association of Grant Offices}}
//! @techreport{AGO2025survey,
//!   author   = ago,
//!   title    = {Annual Survey 2024},
//!   year     = {2025},
//!   abstract = {Covers 2024. Disclosures rose 7.3\% to
//!               2,487.},
//! }
//! ```
//!
//! Each entry becomes a section: its title a heading on the entry's first
//! line, and its abstract (or annotation) one paragraph on the field's
//! first line, with `@string` macros filled in, `#` concatenations joined
//! and LaTeX read (`\%`, `--`, `{NATTO}`, `\url{…}`) by
//! [`super::latex_scan`]. Bibliographic fields (authors, pages, numbers,
//! DOIs, URLs, keywords) go. Of the comments above the entries, the first
//! that is no file name becomes the headline, and the newest ISO day they
//! give a `Date:` line; the rest go.
//!
//! Invariant: the line count never changes, and a body is only rewritten
//! when at least [`MIN_ENTRIES`] lines open an entry (`@type{key,`); a
//! broken entry ends at the body's end without a panic.

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::data_keys::iso_day;
use super::latex_scan::scan;
use super::text::{lines_like, squash_spaces};

/// Entries that make a body BibTeX.
const MIN_ENTRIES: usize = 2;
/// Fields whose text is kept, as paragraphs.
const TEXT_FIELDS: &[&str] = &["abstract", "annote", "annotation", "summary"];
/// The month macros every style defines.
#[rustfmt::skip]
const MONTHS: &[(&str, &str)] = &[("jan", "January"), ("feb", "February"), ("mar", "March"), ("apr", "April"), ("may", "May"), ("jun", "June"), ("jul", "July"), ("aug", "August"), ("sep", "September"), ("oct", "October"), ("nov", "November"), ("dec", "December")];

/// The body with its entries read as sections, or as it is when it is no
/// BibTeX.
pub fn bibtex_as_text(body: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = body.lines().collect();
    if lines.iter().filter(|l| opens_entry(l)).count() < MIN_ENTRIES {
        return Cow::Borrowed(body);
    }
    let mut out = vec![String::new(); lines.len()];
    let starts: Vec<usize> = std::iter::once(0)
        .chain(body.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_of = |byte: usize| starts.partition_point(|&s| s <= byte).saturating_sub(1);
    let mut macros: BTreeMap<String, String> = BTreeMap::new();
    let mut reader = Reader { src: body, at: 0 };
    let mut first_entry = lines.len();
    while let Some(at) = reader.next_entry() {
        let kind = reader.word().to_ascii_lowercase();
        reader.skip_space();
        if !reader.eat('{') && !reader.eat('(') {
            continue;
        }
        match kind.as_str() {
            "string" => {
                if let Some((name, value, _)) = reader.field(&macros) {
                    macros.insert(name, value);
                }
                reader.close();
            }
            "comment" | "preamble" => reader.close(),
            _ => {
                let line = line_of(at);
                first_entry = first_entry.min(line);
                reader.key();
                while let Some((name, value, from)) = reader.field(&macros) {
                    if name == "title" && line < out.len() {
                        out[line] = format!("# {}", plain(&value));
                    } else if TEXT_FIELDS.contains(&name.as_str()) {
                        let field_line = line_of(from);
                        if field_line < out.len() && out[field_line].is_empty() {
                            out[field_line] = plain(&value);
                        }
                    }
                }
                reader.close();
            }
        }
    }
    head_comments(&lines[..first_entry.min(lines.len())], &mut out);
    Cow::Owned(lines_like(&out, body))
}

/// `@techreport{Key,` or `@string{`: a line that opens an entry.
fn opens_entry(line: &str) -> bool {
    let Some(rest) = line.trim_start().strip_prefix('@') else {
        return false;
    };
    let name_len = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    name_len > 0 && rest[name_len..].trim_start().starts_with(['{', '('])
}

/// The comments above the first entry: the first that is no file name
/// the headline, the newest ISO day any gives a `Date:` line under it.
fn head_comments(lines: &[&str], out: &mut [String]) {
    let comments: Vec<(usize, &str)> = (lines.iter().enumerate())
        .filter_map(|(i, l)| Some((i, l.trim_start().strip_prefix('%')?.trim())))
        .collect();
    let file_name = |t: &str| !t.contains(' ') && t.contains('.');
    let Some(&(title_line, title)) = comments
        .iter()
        .find(|(_, t)| !t.is_empty() && !file_name(t))
    else {
        return;
    };
    out[title_line] = format!("# {title}");
    let newest = (comments.iter())
        .flat_map(|(_, t)| t.char_indices().filter_map(|(i, _)| iso_day(&t[i..])))
        .max();
    let free = (title_line + 1..out.len()).find(|&i| out[i].is_empty());
    if let (Some((y, m, d)), Some(free)) = (newest, free) {
        out[free] = format!("Date: {y:04}-{m:02}-{d:02}");
    }
}

/// A field's value as plain text: LaTeX read, spaces squashed.
fn plain(value: &str) -> String {
    let scanned = scan(value, &BTreeMap::new());
    squash_spaces(&scanned.lines.join(" ")).trim().to_string()
}

/// A cursor over the body's entries.
struct Reader<'a> {
    src: &'a str,
    at: usize,
}

impl Reader<'_> {
    /// Moves past the next `@` that opens a line, returning its byte.
    fn next_entry(&mut self) -> Option<usize> {
        loop {
            let found = self.src[self.at..].find('@')? + self.at;
            self.at = found + 1;
            let line_start = self.src[..found].rfind('\n').map_or(0, |n| n + 1);
            if self.src[line_start..found].trim().is_empty() {
                return Some(found);
            }
        }
    }

    fn peek(&self) -> Option<char> {
        self.src[self.at..].chars().next()
    }

    fn eat(&mut self, c: char) -> bool {
        let found = self.peek() == Some(c);
        if found {
            self.at += c.len_utf8();
        }
        found
    }

    fn skip_space(&mut self) {
        while let Some(c) = self.peek().filter(|c| c.is_whitespace()) {
            self.at += c.len_utf8();
        }
    }

    /// A name: letters, digits and `_-:.+/'`.
    fn word(&mut self) -> &str {
        self.skip_space();
        let start = self.at;
        while let Some(c) = self
            .peek()
            .filter(|c| c.is_alphanumeric() || "_-:.+/'".contains(*c))
        {
            self.at += c.len_utf8();
        }
        &self.src[start..self.at]
    }

    /// Skips the citation key and its comma.
    fn key(&mut self) {
        let end = self.src[self.at..]
            .find([',', '}', '\n'])
            .map_or(self.src.len(), |i| self.at + i);
        self.at = end;
        self.eat(',');
    }

    /// The next `name = value` of the entry, its value's parts joined, and
    /// the byte the value starts at; `None` at the entry's end.
    fn field(&mut self, macros: &BTreeMap<String, String>) -> Option<(String, String, usize)> {
        self.skip_space();
        let name = self.word().to_ascii_lowercase();
        self.skip_space();
        if name.is_empty() || !self.eat('=') {
            return None;
        }
        self.skip_space();
        let from = self.at;
        let mut value = String::new();
        loop {
            self.skip_space();
            match self.peek() {
                Some('{') => value.push_str(&self.delimited('{', '}')),
                Some('"') => value.push_str(&self.delimited('"', '"')),
                Some(_) => {
                    let word = self.word().to_string();
                    if word.is_empty() {
                        return None;
                    }
                    let known = macros.get(&word.to_ascii_lowercase()).cloned();
                    let month = (MONTHS.iter())
                        .find(|(m, _)| word.eq_ignore_ascii_case(m))
                        .map(|(_, name)| name.to_string());
                    value.push_str(&known.or(month).unwrap_or(word));
                }
                None => return None,
            }
            self.skip_space();
            if !self.eat('#') {
                break;
            }
        }
        self.skip_space();
        self.eat(',');
        Some((name, value, from))
    }

    /// A `{…}` (nested braces kept inside) or `"…"` value, without its
    /// delimiters.
    fn delimited(&mut self, open: char, close: char) -> String {
        self.eat(open);
        let start = self.at;
        let mut depth = 0;
        for (i, c) in self.src[start..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth > 0 => depth -= 1,
                c if c == close && depth == 0 => {
                    self.at = start + i + c.len_utf8();
                    return self.src[start..start + i].to_string();
                }
                _ => {}
            }
        }
        self.at = self.src.len();
        self.src[start..].to_string()
    }

    /// Moves past the entry's closing brace, or to the next line that
    /// opens an entry when it has none.
    fn close(&mut self) {
        self.skip_space();
        if !self.eat('}') {
            self.eat(')');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    fn check(body: &str, expect: expect_test::Expect) {
        let text = bibtex_as_text(body);
        assert_eq!(text.split('\n').count(), body.split('\n').count());
        expect.assert_eq(&text);
    }

    #[test]
    fn entries_become_sections_of_their_abstracts() {
        check(
            r#"% grants.bib
% Grant office reading list
% Exported on 2025-09-08 14:22; 2 entries
@string{ago = {Association of {G}rant Offices}}
@techreport{AGO2025,
  author   = ago,
  title    = {Annual Survey of {AGO} Members 2024},
  year     = {2025}, month = jun,
  abstract = {Covers 2024. Disclosures rose 7.3\% to
              2,487 -- a record.},
}
@article{Lee2023, title = "Royalties in " # ago,
  pages = {1--20}, annote = {Uses 1,904 agreements.}}
"#,
            expect![[r#"

                # Grant office reading list
                Date: 2025-09-08

                # Annual Survey of AGO Members 2024



                Covers 2024. Disclosures rose 7.3% to 2,487 – a record.


                # Royalties in Association of Grant Offices
                Uses 1,904 agreements.
            "#]],
        );
    }

    #[test]
    fn other_text_and_broken_entries_are_kept_or_survive() {
        let prose = "Write to @office{at} the registry.\nThanks.";
        assert_eq!(bibtex_as_text(prose), prose);
        for body in [
            "@a{\n@b{",
            "@a{k,\ntitle = {open\n@b{k2, abstract = \"x",
            "@string{\n@string{x = }\n@a{k, title = # , }",
            "@a(k, title = {é}ü)\n@a{k,abstract={}}}}}\n%",
        ] {
            let text = bibtex_as_text(body);
            assert_eq!(
                text.split('\n').count(),
                body.split('\n').count(),
                "{body:?}"
            );
        }
    }
}
