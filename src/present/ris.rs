//! RIS, the tagged format EndNote, Zotero, Mendeley and RefWorks import:
//! one `TAG  - value` line per field, each record from `TY` to `ER`.
//!
//! Invariant: every value is on one line (line breaks in corpus text become
//! spaces), so no corpus string can start a tag or end a record.

use super::cite_item::{one_line, CiteItem};
use super::csl::note;
use crate::corpus::DocKind;

/// The items as RIS records.
pub fn ris(items: &[CiteItem]) -> String {
    items.iter().map(record).collect()
}

/// The RIS reference type of an item from a document of `kind`.
pub fn ris_type(kind: DocKind) -> &'static str {
    match kind {
        DocKind::Transcript => "GEN",
        DocKind::News => "NEWS",
        DocKind::Report => "RPRT",
        DocKind::Notice => "GOVDOC",
    }
}

fn record(item: &CiteItem) -> String {
    let mut lines = vec![("TY", ris_type(item.doc_kind).to_string())];
    lines.push(("ID", item.id.clone()));
    lines.push(("TI", item.title.clone()));
    if let Some(speaker) = &item.speaker {
        lines.push(("AU", speaker.clone()));
    }
    if let Some(publisher) = &item.publisher {
        lines.push(("PB", publisher.clone()));
    }
    lines.push(("M3", item.genre.to_string()));
    if let Some(date) = item.date {
        lines.push(("PY", format!("{:04}", date.year)));
        let part = |n: Option<u8>| n.map(|n| format!("{n:02}")).unwrap_or_default();
        lines.push((
            "DA",
            format!("{:04}/{}/{}/", date.year, part(date.month), part(date.day)),
        ));
    }
    if let Some(section) = &item.section {
        lines.push(("SE", section.clone()));
    }
    lines.push(("UR", item.url.clone()));
    if let Some(note) = note(item) {
        for line in note.lines() {
            lines.push(("N1", line.to_string()));
        }
    }
    let mut out: String = lines
        .into_iter()
        .map(|(tag, value)| format!("{tag}  - {}\r\n", one_line(&value)))
        .collect();
    out.push_str("ER  - \r\n\r\n");
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::present::cite_item::fixture_items;
    use biblib::{CitationParser, RisParser};

    fn items() -> Vec<CiteItem> {
        fixture_items(&[0], &[1], &[0])
    }

    #[test]
    fn ris_parses_back_to_the_same_fields() {
        let text = ris(&items());
        let parsed = RisParser::new().parse(&text).expect("valid RIS");
        assert_eq!(parsed.len(), 3);
        assert_eq!(parsed[0].title, "Press conference on IP protection");
        assert_eq!(parsed[0].publisher.as_deref(), Some("CNIPA"));
        let date = parsed[0].date.as_ref().unwrap();
        assert_eq!((date.year, date.month, date.day), (2022, Some(4), Some(24)));
        // A name with no comma is read surname first, as the corpus writes Chinese names.
        let author = &parsed[1].authors[0];
        assert_eq!(
            (author.name.as_str(), author.given_name.as_deref()),
            ("Shen", Some("Changyu"))
        );
        assert_eq!(
            parsed[2].urls,
            [items()[2].url.clone()],
            "the permalink with its text fragment"
        );
    }

    #[test]
    fn hostile_strings_cannot_break_a_record() {
        let mut item = items().remove(1);
        item.title = "Braces {} and \"quotes\"\nER  - \nTY  - JOUR and 中文".into();
        item.quote = Some("line one\r\nAU  - Someone Else".into());
        let text = ris(&[item]);
        let parsed = RisParser::new().parse(&text).expect("valid RIS");
        assert_eq!(parsed.len(), 1);
        assert_eq!(
            parsed[0].title,
            "Braces {} and \"quotes\" ER - TY - JOUR and 中文"
        );
        assert_eq!(parsed[0].authors.len(), 1);
    }
}
