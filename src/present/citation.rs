//! Citations and permalinks for a document or one of its passages.

use crate::corpus::{Document, Passage};
use crate::view_state::ViewState;

/// The permalink of a document (and passage): `base` (the page address
/// without query or fragment) with `?doc=...&passage=...`.
pub fn permalink(base: &str, doc_id: &str, passage_id: Option<&str>) -> String {
    let view = ViewState::default().open(doc_id, passage_id);
    format!("{base}{}", view.to_query_string())
}

/// A one-line citation: title, speaker, source, date and permalink, leaving
/// out what the corpus does not know.
/// e.g. `“Press conference”. Shen Changyu. CNIPA, 2022-04-24. https://…?doc=…`
pub fn citation(doc: &Document, passage: Option<&Passage>, base: &str) -> String {
    let mut parts = vec![format!("“{}”", doc.title.trim())];
    if let Some(speaker) = passage.and_then(|p| p.speaker.as_deref()) {
        parts.push(speaker.to_string());
    }
    let published: Vec<String> = [doc.source.clone(), doc.date.map(|d| d.iso())]
        .into_iter()
        .flatten()
        .collect();
    if !published.is_empty() {
        parts.push(published.join(", "));
    }
    parts.push(permalink(base, &doc.id, passage.map(|p| p.id.as_str())));
    parts.join(". ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::fixture;

    const BASE: &str = "https://example.org/explorer/";

    #[test]
    fn passage_citation_has_everything() {
        let corpus = fixture::corpus();
        let text = citation(&corpus.documents[0], Some(&corpus.passages[1]), BASE);
        assert_eq!(
            text,
            "“Press conference on IP protection”. Shen Changyu. CNIPA, 2022-04-24. \
             https://example.org/explorer/?doc=conf&passage=conf%23p2"
        );
    }

    #[test]
    fn citation_without_date_source_or_speaker() {
        let corpus = fixture::corpus();
        let text = citation(&corpus.documents[1], None, BASE);
        assert_eq!(
            text,
            "“A news item”. https://example.org/explorer/?doc=note"
        );
    }
}
