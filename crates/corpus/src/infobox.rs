//! Wiki infoboxes: a page copied from a wiki keeps its infobox as template
//! source, a `{{Infobox …` line over `| key = value` lines and a closing
//! `}}`, and its prose keeps the `'''bold'''` and `''italic''` quotes.
//! Each field line is written as the `Key: value` line the field reader
//! knows (`| employees = 1,240 (2024)` → `Employees: 1,240 (2024)`, keys
//! made words as a column name is, `chief1_name` → `Chief1 name`), the
//! opening line as the page's name (the first `name`-like field's value),
//! so the page has its title, and the quotes go.
//!
//! Invariant: the line count never changes; only lines inside a template
//! that opens with `{{` and a capitalised word on a line of its own are
//! rewritten, and quote marks are dropped only on a page that has one.

use super::text::lines_like;

/// Keys whose value names the page's subject, besides any `… name`.
const NAME_KEYS: &[&str] = &["name", "title"];

/// A field line of a template: `| employees = 1,240 (2024)` → (`employees`,
/// `1,240 (2024)`).
fn field(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.trim().strip_prefix('|')?.split_once('=')?;
    let key = key.trim();
    let plain = !key.is_empty()
        && key.len() <= 40
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | ' ' | '-'));
    plain.then(|| (key, value.trim()))
}

/// `agency_name` → `agency name`.
fn key_words(key: &str) -> String {
    key.split(['_', ' ', '-'])
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `Agency name: Norvald Board`, or blank for a field with no value.
fn field_line(key: &str, value: &str) -> String {
    let words = key_words(key);
    if value.is_empty() {
        return String::new();
    }
    let mut chars = words.chars();
    let label: String =
        (chars.next()).map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect());
    format!("{label}: {}", without_wiki_quotes(value))
}

/// `'''Norvald Board'''` → `Norvald Board`.
fn without_wiki_quotes(line: &str) -> String {
    line.replace("'''", "").replace("''", "")
}

/// True for a template's opening line: `{{Infobox government agency`.
fn opens_template(line: &str) -> bool {
    line.trim()
        .strip_prefix("{{")
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()) && !rest.contains("}}"))
}

/// Rewrites the infoboxes of `body` line for line (see the module doc).
pub fn infoboxes_as_fields(body: &str) -> String {
    if !body.contains("{{") || !body.lines().any(opens_template) {
        return body.to_string();
    }
    let mut lines: Vec<String> = Vec::new();
    let mut opener: Option<usize> = None;
    for line in body.lines() {
        let Some(at) = opener else {
            if opens_template(line) {
                opener = Some(lines.len());
                lines.push(String::new());
            } else {
                lines.push(without_wiki_quotes(line));
            }
            continue;
        };
        if line.trim() == "}}" {
            opener = None;
            lines.push(String::new());
            continue;
        }
        match field(line) {
            Some((key, value)) => {
                let words = key_words(key).to_lowercase();
                let named = NAME_KEYS.contains(&words.as_str()) || words.ends_with(" name");
                if named && lines[at].is_empty() {
                    lines[at] = without_wiki_quotes(value);
                }
                lines.push(field_line(key, value));
            }
            None => lines.push(without_wiki_quotes(line)),
        }
    }
    lines_like(&lines, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_infobox_becomes_fields_under_its_name_line_for_line() {
        let body = "{{Infobox seed bank\n| bank_name   = Seedvale Gene Bank\n| founded     = 1 May 1990\n| accessions  = 41,200 (2024)\n| staff       =\n}}\nThe '''Seedvale Gene Bank''' holds ''wild'' seeds.\n";
        let out = infoboxes_as_fields(body);
        assert_eq!(out.lines().count(), body.lines().count());
        expect_test::expect![[r#"
            Seedvale Gene Bank
            Bank name: Seedvale Gene Bank
            Founded: 1 May 1990
            Accessions: 41,200 (2024)


            The Seedvale Gene Bank holds wild seeds.
        "#]]
        .assert_eq(&out);
    }

    #[test]
    fn pages_without_a_template_stay() {
        for body in [
            "Prices | cost = 5 yuan\nThe ''seed'' was sown.",
            "{{citation needed}} The bank holds 41,200 seeds.",
        ] {
            assert_eq!(infoboxes_as_fields(body), body);
        }
    }
}
