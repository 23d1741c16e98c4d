//! roff source: a report or manual page typeset with troff or groff (the
//! `-ms`, `-man`, `-mm` or `-me` macros) is text lines between control
//! lines that open with a dot:
//!
//! ```text
//! .TL
//! Annual Report 2024
//! .ND "11 April 2025"
//! .NH 1
//! Overview
//! .PP
//! Detention cases rose by 11.7% in 2024, from
//! .B 4,812 ,
//! to 5,377\(em a record.
//! ```
//!
//! Text is filled: its lines run on into one paragraph until a request
//! breaks it (`.PP`, `.LP`, `.IP`, `.sp`, a blank line), so a paragraph's
//! text is written on its first line. A title (`.TL`, `.TH`) is the
//! headline, a section heading (`.NH`, `.SH`, `.SS`, `.H`, `.sh`) a
//! heading, an indented paragraph (`.IP`, `.TP`, `.LI`) an item, and a
//! font macro's words (`.B 1,126 ,`) text of the paragraph it stands in.
//! `.ND`/`.DA` give a `Date:` line. Escapes are read (`\(em` a dash, `\-`
//! a minus, `\*(RH` a string the page defined, `\fB` and `\s-2` nothing),
//! comments (`.\"`, `\"`) go, and so do macro definitions, ignored blocks
//! and equations. A `tbl` table (`.TS … .TE`) becomes pipe rows, see
//! [`super::roff_tables`].
//!
//! Invariant: the line count never changes, and a body is only rewritten
//! when at least [`MIN_REQUESTS`] of its lines are control lines, one of
//! them a paragraph or heading request.

use std::borrow::Cow;
use std::collections::HashMap;

use super::roff_tables::lay_out_table;
use super::text::lines_like;

/// Control lines that make a body roff source.
const MIN_REQUESTS: usize = 5;
/// Requests that start a paragraph of running text.
#[rustfmt::skip]
const PARAGRAPHS: &[&str] = &["PP", "LP", "P", "QP", "HP", "pp", "lp", "AB", "FS", "DS", "ID", "LD", "CD", "BD", "QS"];
/// Requests that start an item: an indented paragraph under a tag.
const ITEMS: &[&str] = &["IP", "TP", "LI", "ip", "np", "bu"];
/// Requests whose following text lines (or arguments) are a heading.
#[rustfmt::skip]
const HEADINGS: &[&str] = &["NH", "SH", "SS", "H", "HU", "sh", "uh", "TL", "TH"];
/// Requests that open a block whose lines are no text, and what closes it.
#[rustfmt::skip]
const SKIPPED: &[(&str, &str)] = &[("de", ".."), ("am", ".."), ("ig", ".."), ("EQ", ".EN"), ("PS", ".PE"), ("G1", ".G2"), ("GS", ".GE")];
/// Font macros: their arguments are text, one after the other.
#[rustfmt::skip]
const FONTS: &[&str] = &["B", "I", "R", "SM", "LG", "CW", "BX", "UL", "b", "i", "r"];
/// Font macros whose arguments alternate fonts and run together.
#[rustfmt::skip]
const ALTERNATING: &[&str] = &["BR", "RB", "IR", "RI", "BI", "IB"];

/// What a paragraph being read is.
#[derive(Clone, Copy, PartialEq)]
enum Role {
    Text,
    Heading,
    Item,
    /// Author and institution lines, joined by commas.
    Byline,
}

/// The body with its roff markup read as plain text, or as it is when it
/// is no roff source.
pub fn roff_as_text(body: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = body.lines().collect();
    let requests: Vec<Option<(&str, &str)>> = lines.iter().map(|l| request(l)).collect();
    let structural = requests
        .iter()
        .flatten()
        .any(|(name, _)| PARAGRAPHS.contains(name) || HEADINGS.contains(name));
    if requests.iter().flatten().count() < MIN_REQUESTS || !structural {
        return Cow::Borrowed(body);
    }
    let strings = defined_strings(&lines);
    let mut page = Page {
        out: vec![String::new(); lines.len()],
        open: None,
        role: Role::Text,
    };
    let mut fill = true;
    let mut i = 0;
    while i < lines.len() {
        let Some((name, args)) = requests[i] else {
            let text = unescape(lines[i], &strings);
            if text.trim().is_empty() {
                page.close();
            } else if fill {
                page.add(i, &text);
            } else {
                page.close();
                page.out[i] = text.trim().to_string();
            }
            i += 1;
            continue;
        };
        let args = arguments(&unescape(args, &strings));
        if let Some(&(_, end)) = SKIPPED.iter().find(|(open, _)| *open == name) {
            page.close();
            i = (i + 1..lines.len())
                .find(|&j| lines[j].trim_end().starts_with(end))
                .map_or(lines.len(), |j| j + 1);
            continue;
        }
        if name == "TS" {
            page.close();
            let end = (i + 1..lines.len())
                .find(|&j| lines[j].trim_end() == ".TE")
                .unwrap_or(lines.len() - 1);
            let rows: Vec<String> = (i..=end).map(|j| unescape(lines[j], &strings)).collect();
            lay_out_table(&rows, &mut page.out[i..=end]);
            i = end + 1;
            continue;
        }
        match name {
            _ if FONTS.contains(&name) => {
                let text = font_text(&args);
                if !text.is_empty() {
                    page.add(i, &text);
                }
            }
            _ if ALTERNATING.contains(&name) => page.add(i, &args.concat()),
            "ND" | "DA" if !args.is_empty() => {
                page.close();
                page.out[i] = format!("Date: {}", args.join(" "));
            }
            "nf" | "DS" => {
                page.close();
                fill = false;
            }
            "fi" | "DE" => {
                page.close();
                fill = true;
            }
            // A heading request with its text as arguments (`.SH "SEE ALSO"`,
            // `.H 1 "Results"`, `.TH NAME 1`), or over the lines after it.
            _ if HEADINGS.contains(&name) => {
                page.close();
                let words: Vec<&str> = match name {
                    "TH" => args.first().map(String::as_str).into_iter().collect(),
                    "NH" => Vec::new(),
                    _ => args
                        .iter()
                        .map(String::as_str)
                        .skip_while(|a| a.bytes().all(|b| b.is_ascii_digit()))
                        .collect(),
                };
                if words.is_empty() {
                    page.role = Role::Heading;
                } else {
                    page.out[i] = format!("# {}", words.join(" "));
                }
            }
            _ if ITEMS.contains(&name) => {
                page.close();
                page.role = Role::Item;
            }
            // `.AU` and `.AI`: who wrote it and where, a line each, one
            // paragraph.
            "AU" | "AI" => {
                if page.role != Role::Byline {
                    page.close();
                }
                page.role = Role::Byline;
            }
            "br" if page.role == Role::Heading => page.add(i, ":"),
            _ => page.close(),
        }
        i += 1;
    }
    page.close();
    Cow::Owned(lines_like(&page.out, body))
}

/// The lines written so far and the paragraph being read.
struct Page {
    out: Vec<String>,
    /// The first line of the open paragraph, where its text goes.
    open: Option<usize>,
    role: Role,
}

impl Page {
    /// Adds text to the open paragraph, or opens one on `line`.
    fn add(&mut self, line: usize, text: &str) {
        let text = text.trim();
        let at = *self.open.get_or_insert(line);
        let out = &mut self.out[at];
        // `\c` at a line's end runs the next line on without a space.
        let joined = out.ends_with("\\c");
        if joined {
            out.truncate(out.len() - 2);
        }
        let glued = text.starts_with([',', '.', ';', ':', ')', '?', '!']);
        if !out.is_empty() && !joined && !glued {
            out.push_str(if self.role == Role::Byline { ", " } else { " " });
        }
        out.push_str(text);
    }

    /// Ends the open paragraph, marking a heading or an item.
    fn close(&mut self) {
        if let Some(at) = self.open.take() {
            let text = self.out[at]
                .trim_end_matches("\\c")
                .trim_end_matches(':')
                .trim();
            self.out[at] = match self.role {
                Role::Heading => format!("# {text}"),
                Role::Item => format!("- {text}"),
                Role::Text | Role::Byline => text.to_string(),
            };
        }
        self.role = Role::Text;
    }
}

/// `.PP` → (`PP`, ``); `.NH 1` → (`NH`, `1`); `.\" note` → (`\"`, …). A
/// control line opens with a dot or an apostrophe and a name of one or two
/// letters (or a comment), then a space or its end.
fn request(line: &str) -> Option<(&str, &str)> {
    let rest = line
        .strip_prefix(['.', '\''])?
        .trim_start_matches([' ', '\t']);
    if rest.starts_with("\\\"") || rest.starts_with("\\#") || rest.is_empty() {
        return Some(("\\\"", ""));
    }
    let end = rest.find([' ', '\t']).unwrap_or(rest.len());
    let name = &rest[..end];
    let named = (1..=2).contains(&name.len()) && name.chars().all(|c| c.is_ascii_alphabetic())
        || name == "..";
    named.then(|| (name, rest[end..].trim()))
}

/// The strings the page defines (`.ds RH IPR Enforcement 2024`).
fn defined_strings(lines: &[&str]) -> HashMap<String, String> {
    lines
        .iter()
        .filter_map(|l| request(l))
        .filter(|(name, _)| *name == "ds")
        .filter_map(|(_, args)| {
            let (name, value) = args.split_once(' ')?;
            Some((name.to_string(), value.trim_start_matches('"').to_string()))
        })
        .collect()
}

/// A request's arguments: words, or quoted phrases (`""` a quote inside).
fn arguments(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let mut arg = String::new();
        if c == '"' {
            chars.next();
            while let Some(c) = chars.next() {
                match (c, chars.peek()) {
                    ('"', Some('"')) => {
                        arg.push('"');
                        chars.next();
                    }
                    ('"', _) => break,
                    (c, _) => arg.push(c),
                }
            }
        } else {
            while let Some(&c) = chars.peek().filter(|c| !c.is_whitespace()) {
                arg.push(c);
                chars.next();
            }
        }
        out.push(arg);
    }
    out
}

/// A font macro's text: `.B 1,126 ,` → `1,126,` (the `-ms` form: text,
/// then what follows it and what goes before it, unspaced), `.B two words`
/// → `two words`.
fn font_text(args: &[String]) -> String {
    let punctuation = |a: &String| !a.is_empty() && a.chars().all(|c| c.is_ascii_punctuation());
    match args {
        [text, post] if punctuation(post) => format!("{text}{post}"),
        [text, post, pre] if punctuation(post) && punctuation(pre) => format!("{pre}{text}{post}"),
        _ => args.join(" "),
    }
}

/// Named characters (`\(em`, `\[em]`) as the characters they print.
#[rustfmt::skip]
const NAMED: &[(&str, &str)] = &[("em", "—"), ("en", "–"), ("hy", "-"), ("mi", "-"), ("bu", "•"), ("co", "©"), ("rg", "®"), ("tm", "™"), ("de", "°"), ("mu", "×"), ("di", "÷"), ("pc", "·"), ("lq", "“"), ("rq", "”"), ("oq", "‘"), ("cq", "’"), ("aq", "'"), ("dq", "\""), ("Eu", "€"), ("eu", "€"), ("Po", "£"), ("Ye", "¥"), ("ct", "¢"), ("%", "%"), ("pl", "+"), ("eq", "="), ("sc", "§"), ("ps", "¶"), ("ga", "`"), ("ha", "^"), ("ti", "~"), ("sl", "/"), ("rs", "\\"), ("12", "½"), ("14", "¼"), ("34", "¾"), ("+-", "±"), ("<=", "≤"), (">=", "≥"), ("->", "→")];

/// A line with its escapes read: named characters printed, strings
/// interpolated, font, size and motion escapes dropped, and a `\"`
/// comment cut off. `\c` is kept at the end, for [`Page::add`].
fn unescape(line: &str, strings: &HashMap<String, String>) -> String {
    let mut out = String::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(e) = chars.next() else {
            break;
        };
        match e {
            '"' | '#' => break,
            '(' => {
                let name: String = chars.by_ref().take(2).collect();
                out.push_str(named(&name));
            }
            '[' => {
                let name: String = chars.by_ref().take_while(|&c| c != ']').collect();
                out.push_str(named(&name));
            }
            '*' => {
                let name = escape_name(&mut chars);
                out.push_str(strings.get(&name).map_or("", String::as_str));
            }
            'f' | 'n' | 'F' | 'm' | 'M' | 'g' | 'k' | 'V' | 'Y' => {
                escape_name(&mut chars);
            }
            's' => {
                if chars.peek().is_some_and(|c| *c == '+' || *c == '-') {
                    chars.next();
                }
                match chars.peek() {
                    Some('(' | '[' | '\'') => {
                        escape_name(&mut chars);
                    }
                    _ => while chars.next_if(|c| c.is_ascii_digit()).is_some() {},
                }
            }
            'h' | 'v' | 'w' | 'l' | 'L' | 'D' | 'o' | 'b' | 'x' | 'Z' | 'X' | 'N' | 'R' | 'S' => {
                if let Some(delim) = chars.next() {
                    chars.by_ref().find(|&c| c == delim);
                }
            }
            '-' => out.push('-'),
            'e' | '\\' => out.push('\\'),
            ' ' | '~' | '0' => out.push(' '),
            '.' | '\'' | '`' => out.push(e),
            'c' => out.push_str("\\c"),
            // `\&`, `\|`, `\^`, `\%`, `\:`, `\}`, `\{`, `\**`'s star: nothing printed.
            _ => {}
        }
    }
    out
}

/// The name after `\*`, `\f`, `\n`: one character, two after `(`, or up
/// to `]` after `[`.
fn escape_name(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> String {
    match chars.next() {
        Some('(') => chars.by_ref().take(2).collect(),
        Some('[') => chars.by_ref().take_while(|&c| c != ']').collect(),
        Some('\'') => chars.by_ref().take_while(|&c| c != '\'').collect(),
        Some(c) => c.to_string(),
        None => String::new(),
    }
}

/// The character a named-character escape prints, or nothing.
fn named(name: &str) -> &'static str {
    NAMED
        .iter()
        .find(|(n, _)| *n == name)
        .map_or("", |(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    fn check(body: &str, expect: expect_test::Expect) {
        let text = roff_as_text(body);
        assert_eq!(text.split('\n').count(), body.split('\n').count());
        expect.assert_eq(&text);
    }

    #[test]
    fn ms_paragraphs_headings_items_and_dates() {
        check(
            r#".\" report.ms
.ds RH Design Office
.TL
Designs in 2024
.br
\s-2A year in figures\s0
.AU
Statistics Unit
.ND "3 March 2025"
.NH 1
Filings
.PP
The \*(RH received
.B 8,804
applications in 2024\(em up 6.1%
on 2023.
.IP \(bu 3
Examiners: 31\**.
.FS
Full-time.
.FE
.de XX
.B 99
..
.LP
Helpdesk: tel.\ 0123\-456.
"#,
            expect![[r#"



                # Designs in 2024: A year in figures



                Statistics Unit
                Date: 3 March 2025

                # Filings

                The Design Office received 8,804 applications in 2024— up 6.1% on 2023.




                - Examiners: 31.

                Full-time.





                Helpdesk: tel. 0123-456.
            "#]],
        );
    }

    #[test]
    fn man_pages_take_headings_from_arguments() {
        check(
            ".TH REGSTAT 1 \"2025-01-04\"\n.SH NAME\nregstat \\- print registry figures\n.SH \"SEE ALSO\"\n.BR regsum (1),\n.BR regdiff (1)\n.PP\nText.\n",
            expect![[r#"
                # REGSTAT
                # NAME
                regstat - print registry figures
                # SEE ALSO
                regsum(1), regdiff(1)


                Text.
            "#]],
        );
    }

    #[test]
    fn other_text_and_malformed_sources_are_kept_or_survive() {
        let prose = ".5 million were filed.\nThat is all.\n.NET is a framework.";
        assert_eq!(roff_as_text(prose), prose);
        for body in [
            ".PP\n.PP\n.PP\n.PP\n.PP",
            ".TL\n.NH\n.SH\n.IP\n.de X\nno end",
            ".PP\n.TS\n.PP\n.PP\n.PP\nx\\",
            ".PP\n\\(\n\\[\n\\*(\n\\s\n\\h'\n.PP\n.PP\n.ds",
            ".PP\n.B \"\n.BR\n.ND\n.IP\n\\c\n.PP",
        ] {
            let text = roff_as_text(body);
            assert_eq!(
                text.split('\n').count(),
                body.split('\n').count(),
                "{body:?}"
            );
        }
    }
}
