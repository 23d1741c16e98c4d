//! BibTeX (as BibLaTeX reads it too): one `@misc` entry per item, keyed by
//! the explorer's id, with `title`, `author`, `publisher`, `howpublished`,
//! `year`, `month`, `date`, `url` and a `note` holding the quote.
//!
//! Invariant: every value is brace-delimited and brace-balanced: TeX's
//! special characters in corpus text are escaped, line breaks become spaces,
//! and the URL (a verbatim field) has its braces and spaces percent-encoded.

use std::collections::BTreeSet;

use super::cite_item::{one_line, CiteItem};
use super::csl::note;

/// The items as BibTeX entries, with keys unique within the output.
pub fn bibtex(items: &[CiteItem]) -> String {
    let mut used = BTreeSet::new();
    items
        .iter()
        .map(|item| {
            let base = key(&item.id);
            let mut key = base.clone();
            let mut n = 2;
            while !used.insert(key.clone()) {
                key = format!("{base}-{n}");
                n += 1;
            }
            entry(&key, item)
        })
        .collect()
}

/// An ASCII citation key from an id: letters and digits, runs of anything
/// else as one `-`.
pub fn key(id: &str) -> String {
    let mut out = String::new();
    for ch in id.chars() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "item".to_string()
    } else {
        out.to_string()
    }
}

fn entry(key: &str, item: &CiteItem) -> String {
    // Double braces keep the title's capitals as written.
    let mut fields = vec![("title", format!("{{{}}}", tex(&item.title)))];
    if let Some(speaker) = &item.speaker {
        // Braced: a name as written, never split or reordered.
        fields.push(("author", format!("{{{}}}", tex(speaker))));
    }
    if let Some(publisher) = &item.publisher {
        fields.push(("publisher", tex(publisher)));
        fields.push(("organization", tex(publisher)));
    }
    fields.push(("howpublished", tex(item.genre)));
    if let Some(date) = item.date {
        fields.push(("year", date.year.to_string()));
        if let Some(month) = date.month {
            fields.push(("month", month.to_string()));
        }
        fields.push(("date", date.iso()));
    }
    fields.push(("url", url(&item.url)));
    if let Some(note) = note(item) {
        fields.push(("note", tex(&note)));
    }
    let body: Vec<String> = fields
        .into_iter()
        .map(|(name, value)| format!("  {name} = {{{value}}}"))
        .collect();
    format!("@misc{{{key},\n{}\n}}\n\n", body.join(",\n"))
}

/// Corpus text as TeX text: one line, special characters escaped.
fn tex(text: &str) -> String {
    let mut out = String::new();
    for ch in one_line(text).chars() {
        match ch {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '%' | '&' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(ch);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            ch => out.push(ch),
        }
    }
    out
}

/// A URL for a verbatim field: braces, backslashes and whitespace percent-encoded.
fn url(text: &str) -> String {
    let mut out = String::new();
    for ch in text.chars() {
        match ch {
            '{' => out.push_str("%7B"),
            '}' => out.push_str("%7D"),
            '\\' => out.push_str("%5C"),
            ch if ch.is_whitespace() => out.push_str("%20"),
            ch => out.push(ch),
        }
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::present::cite_item::fixture_items;
    use biblatex::{Bibliography, ChunksExt};

    fn items() -> Vec<CiteItem> {
        fixture_items(&[0], &[1], &[0, 0])
    }

    #[test]
    fn bibtex_parses_back_with_unique_keys() {
        let text = bibtex(&items());
        let bib = Bibliography::parse(&text).expect("valid BibTeX");
        let keys: Vec<&str> = bib.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(keys, ["conf", "conf-p2", "conf-p2-f1", "conf-p2-f1-2"]);
        let entry = bib.get("conf-p2").unwrap();
        assert_eq!(
            entry.title().unwrap().format_verbatim(),
            "Press conference on IP protection"
        );
        assert_eq!(entry.get_as::<String>("publisher").unwrap(), "CNIPA");
        assert_eq!(entry.url().unwrap(), items()[1].url);
        assert!(entry
            .get("note")
            .unwrap()
            .format_verbatim()
            .contains("Pledge financing reached 218 billion yuan in 2021."));
    }

    #[test]
    fn hostile_strings_parse_and_come_back() {
        let mut item = items().remove(1);
        let title = "Unbalanced } { braces, \"quotes\", 50% & #1 of $2_3 ~ ^ \\ and 中文é";
        item.title = format!("{title}\nsecond line");
        item.speaker = Some("People's Daily}".into());
        item.url = "https://example.org/a b/{x}?q=1#:~:text=a%2Cb".into();
        let text = bibtex(&[item]);
        let bib = Bibliography::parse(&text).expect("valid BibTeX");
        let entry = bib.iter().next().unwrap();
        assert_eq!(
            entry.title().unwrap().format_verbatim(),
            format!("{title} second line")
        );
        assert_eq!(
            entry.url().unwrap(),
            "https://example.org/a%20b/%7Bx%7D?q=1#:~:text=a%2Cb"
        );
        assert_eq!(key("中文"), "item");
    }
}
