//! Citations and permalinks for a document or one of its passages.

use crate::corpus::{Corpus, Document, Passage};
use crate::view_state::ViewState;

/// The explorer's name, as in the browser tab.
pub const APP_NAME: &str = "IP Explorer";
/// What follows a view's own title in the browser tab.
const TITLE_SUFFIX: &str = " — IP Explorer";

/// The permalink of a document (and passage): `base` (the page address
/// without query or fragment) with `?read=...&passage=...`.
pub fn permalink(base: &str, doc_id: &str, passage_id: Option<&str>) -> String {
    let view = ViewState::default().open(doc_id, passage_id);
    format!("{base}{}", view.to_query_string())
}

/// A one-line citation: title, speaker, source, date and permalink, leaving
/// out what the corpus does not know.
/// e.g. `“Press conference”. Shen Changyu. CNIPA, 2022-04-24. https://…?read=…`
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

/// The browser tab's title for a view, so history entries and bookmarks are
/// recognisable: the open document's title, else the query, then the app name.
pub fn page_title(corpus: &Corpus, view: &ViewState) -> String {
    let doc_title = view
        .doc
        .as_deref()
        .and_then(|id| corpus.documents.iter().find(|d| d.id == id))
        .map(|d| d.title.trim().to_string());
    match doc_title {
        Some(title) => format!("{title}{TITLE_SUFFIX}"),
        None if !view.query_is_blank() => format!("“{}”{TITLE_SUFFIX}", view.query.trim()),
        None => APP_NAME.to_string(),
    }
}

/// Whether the page's current title is one the explorer set; a page that
/// embeds the explorer keeps its own title.
pub fn is_own_title(title: &str) -> bool {
    title == APP_NAME || title.ends_with(TITLE_SUFFIX)
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
             https://example.org/explorer/?read=conf&passage=conf%23p2"
        );
    }

    #[test]
    fn page_titles_name_the_document_or_the_query() {
        let corpus = fixture::corpus();
        let title = |q: &str| page_title(&corpus, &ViewState::from_query_string(q));
        assert_eq!(title(""), "IP Explorer");
        assert_eq!(title("?q=+patent+"), "“patent” — IP Explorer");
        assert_eq!(title("?q=patent&read=note"), "A news item — IP Explorer");
        assert_eq!(title("?read=missing"), "IP Explorer");
        assert!(is_own_title(&title("?read=conf")));
        assert!(!is_own_title("My blog"));
    }

    #[test]
    fn citation_without_date_source_or_speaker() {
        let corpus = fixture::corpus();
        let text = citation(&corpus.documents[1], None, BASE);
        assert_eq!(
            text,
            "“A news item”. https://example.org/explorer/?read=note"
        );
    }
}
