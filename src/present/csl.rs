//! CSL-JSON, the citation format Zotero, Mendeley and every citeproc
//! processor read: a JSON array of items, each with an `id`, a CSL `type`,
//! and the fields CSL names (`title`, `author`, `publisher`, `issued`, `URL`).
//!
//! Invariant: every item has the schema's required `id` and `type`, the
//! type is one of the CSL 1.0.2 types, and every string is JSON-escaped.

use super::cite_item::{CiteItem, CiteKind};
use super::export::json_string;
use crate::corpus::DocKind;

/// The CSL 1.0.2 item types (csl-data.json), for tests and for callers that check.
pub const CSL_TYPES: &[&str] = &[
    "article",
    "article-journal",
    "article-magazine",
    "article-newspaper",
    "bill",
    "book",
    "broadcast",
    "chapter",
    "classic",
    "collection",
    "dataset",
    "document",
    "entry",
    "entry-dictionary",
    "entry-encyclopedia",
    "event",
    "figure",
    "graphic",
    "hearing",
    "interview",
    "legal_case",
    "legislation",
    "manuscript",
    "map",
    "motion_picture",
    "musical_score",
    "pamphlet",
    "paper-conference",
    "patent",
    "performance",
    "periodical",
    "personal_communication",
    "post",
    "post-weblog",
    "regulation",
    "report",
    "review",
    "review-book",
    "software",
    "song",
    "speech",
    "standard",
    "thesis",
    "treaty",
    "webpage",
];

/// The items as a CSL-JSON array.
pub fn csl_json(items: &[CiteItem]) -> String {
    let records: Vec<String> = items.iter().map(record).collect();
    if records.is_empty() {
        return "[]\n".to_string();
    }
    format!("[\n{}\n]\n", records.join(",\n"))
}

/// The CSL type of an item from a document of `kind`.
pub fn csl_type(kind: DocKind) -> &'static str {
    match kind {
        DocKind::Transcript => "speech",
        DocKind::News => "article-newspaper",
        DocKind::Report => "report",
        DocKind::Notice => "document",
    }
}

fn record(item: &CiteItem) -> String {
    let mut fields: Vec<(&str, String)> = vec![
        ("id", json_string(&item.id)),
        ("type", json_string(csl_type(item.doc_kind))),
        ("title", json_string(&item.title)),
    ];
    if let Some(speaker) = &item.speaker {
        fields.push((
            "author",
            format!("[{{\"literal\": {}}}]", json_string(speaker)),
        ));
    }
    if let Some(publisher) = &item.publisher {
        fields.push(("publisher", json_string(publisher)));
    }
    fields.push(("genre", json_string(item.genre)));
    if let Some(date) = item.date {
        let parts: Vec<String> = [
            Some(date.year),
            date.month.map(u16::from),
            date.day.map(u16::from),
        ]
        .into_iter()
        .flatten()
        .map(|n| n.to_string())
        .collect();
        fields.push((
            "issued",
            format!("{{\"date-parts\": [[{}]]}}", parts.join(", ")),
        ));
    }
    if let Some(section) = &item.section {
        fields.push(("section", json_string(section)));
    }
    fields.push(("URL", json_string(&item.url)));
    if let Some(note) = note(item) {
        fields.push(("note", json_string(&note)));
    }
    let body: Vec<String> = fields
        .iter()
        .map(|(name, value)| format!("    \"{name}\": {value}"))
        .collect();
    format!("  {{\n{}\n  }}", body.join(",\n"))
}

/// The speaker's role, the figure and the quoted sentence, as a note.
pub fn note(item: &CiteItem) -> Option<String> {
    let mut lines = Vec::new();
    if let (Some(speaker), Some(role)) = (&item.speaker, &item.role) {
        lines.push(format!("Speaker: {speaker}, {role}"));
    }
    if item.kind == CiteKind::Figure {
        if let Some(figure) = &item.figure {
            lines.push(format!("Figure: {figure}"));
        }
    }
    if let Some(quote) = &item.quote {
        lines.push(format!("Quote: “{quote}”"));
    }
    (!lines.is_empty()).then(|| lines.join("\n"))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::present::cite_item::fixture_items;

    fn items() -> Vec<CiteItem> {
        fixture_items(&[0, 1], &[2], &[3])
    }

    #[test]
    fn csl_json_parses_and_has_the_schema_required_fields() {
        let text = csl_json(&items());
        let parsed: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        let records = parsed.as_array().expect("an array of items");
        assert_eq!(records.len(), 4);
        for record in records {
            assert!(record["id"].is_string(), "{record}");
            let kind = record["type"].as_str().expect("a type");
            assert!(CSL_TYPES.contains(&kind), "{kind}");
            assert!(record["title"].as_str().is_some_and(|t| !t.is_empty()));
            // `issued` follows the date-variable shape: date-parts of numbers.
            if let Some(issued) = record.get("issued") {
                assert!(issued["date-parts"][0]
                    .as_array()
                    .unwrap()
                    .iter()
                    .all(|n| n.is_u64()));
            }
        }
        assert_eq!(
            records[0]["issued"]["date-parts"][0],
            serde_json::json!([2022, 4, 24])
        );
        assert_eq!(records[2]["author"][0]["literal"], "Xinhua");
        assert_eq!(
            records[3]["note"],
            "Figure: 12.5% (IP cases handled by courts)\n\
             Quote: “Courts handled 480,000 cases, up 12.5% on the year.”"
        );
        assert_eq!(csl_json(&[]), "[]\n");
    }

    #[test]
    fn hostile_strings_stay_one_json_string_each() {
        let mut item = items().remove(2);
        item.title = "A \"quoted\" {brace} \\ title\nwith a line break and \u{1} and 中文".into();
        item.speaker = Some("O'Brien \"Jr\"".into());
        let text = csl_json(&[item.clone()]);
        let parsed: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(parsed[0]["title"], item.title.as_str());
        assert_eq!(parsed[0]["author"][0]["literal"], "O'Brien \"Jr\"");
    }
}
