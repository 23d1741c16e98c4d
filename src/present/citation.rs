//! Permalinks, text fragments and the plain-text citation of a document,
//! passage or figure (see `cite_item` for what an item holds; `csl`, `ris`
//! and `bibtex` write the same items for reference managers).

use super::cite_item::CiteItem;
use super::query_words::query_words;
use crate::corpus::Corpus;
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

/// A text fragment (`#:~:text=start,end`) that makes the browser mark
/// `quote` on the page: the whole quote when it is short, else its first and
/// last words. Every character that is not a letter or digit is percent-encoded,
/// so the fragment's own `,`, `-` and `&` stay unambiguous.
pub fn text_fragment(quote: &str) -> String {
    let words: Vec<&str> = quote.split_whitespace().collect();
    const ENDS: usize = 5;
    let directive = if words.len() > 2 * ENDS {
        format!(
            "{},{}",
            fragment_encode(&words[..ENDS].join(" ")),
            fragment_encode(&words[words.len() - ENDS..].join(" "))
        )
    } else {
        fragment_encode(&words.join(" "))
    };
    if directive.is_empty() {
        String::new()
    } else {
        format!("#:~:text={directive}")
    }
}

/// A citation on one line: title, speaker and role, publisher (or what the
/// document is), date, the quoted sentence and the permalink.
/// e.g. `“Press conference”. Shen Changyu, commissioner. CNIPA, 2022-04-24. “We …” https://…`
pub fn plain_text(item: &CiteItem) -> String {
    let mut parts = vec![format!("“{}”.", item.title)];
    if let Some(speaker) = &item.speaker {
        match &item.role {
            Some(role) => parts.push(format!("{speaker}, {role}.")),
            None => parts.push(format!("{speaker}.")),
        }
    }
    let published: Vec<String> = [
        Some(item.publisher_or_genre().to_string()),
        item.date.map(|d| d.iso()),
    ]
    .into_iter()
    .flatten()
    .collect();
    parts.push(format!("{}.", published.join(", ")));
    if let Some(quote) = &item.quote {
        parts.push(format!("“{quote}”"));
    }
    parts.push(item.url.clone());
    parts.join(" ")
}

/// The citation printed under a passage, whose text is right above it:
/// without the quote and the text fragment.
pub fn print_line(item: &CiteItem) -> String {
    let url = item
        .url
        .split("#:~:")
        .next()
        .unwrap_or_default()
        .to_string();
    plain_text(&CiteItem {
        quote: None,
        url,
        ..item.clone()
    })
}

/// Several citations, one per line.
pub fn plain_texts(items: &[CiteItem]) -> String {
    items.iter().map(|i| plain_text(i) + "\n").collect()
}

/// The browser tab's title for a view, so history entries and bookmarks are
/// recognisable: the open document's title, else the query, then the app name.
pub fn page_title(corpus: &Corpus, view: &ViewState) -> String {
    let doc_title = view
        .doc
        .as_deref()
        .and_then(|id| corpus.document(id))
        .map(|d| d.title.trim().to_string());
    match doc_title {
        Some(title) => format!("{title}{TITLE_SUFFIX}"),
        None if !query_words(&view.query).is_empty() => {
            format!("“{}”{TITLE_SUFFIX}", query_words(&view.query))
        }
        None => APP_NAME.to_string(),
    }
}

fn fragment_encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Whether the page's current title is one the explorer set; a page that
/// embeds the explorer keeps its own title.
pub fn is_own_title(title: &str) -> bool {
    title == APP_NAME || title.ends_with(TITLE_SUFFIX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;
    use crate::present::cite_item::{document_item, passage_item};

    const BASE: &str = "https://example.org/explorer/";

    fn item(doc: usize, passage: Option<u32>) -> CiteItem {
        let corpus = fixture::corpus();
        let text_of = |p: u32| corpus.passages.get(p as usize).map(|p| p.text.as_str());
        match passage {
            Some(p) => passage_item(&corpus, p, None, BASE, text_of),
            None => document_item(&corpus, doc, BASE, text_of),
        }
        .unwrap()
    }

    #[test]
    fn passage_citation_has_everything() {
        let mut item = item(0, Some(1));
        item.role = Some("commissioner".into());
        assert_eq!(
            plain_text(&item),
            "“Press conference on IP protection”. Shen Changyu, commissioner. CNIPA, 2022-04-24. \
             “Pledge financing reached 218 billion yuan in 2021.” \
             https://example.org/explorer/?read=conf&passage=conf%23p2\
             #:~:text=Pledge%20financing%20reached%20218%20billion%20yuan%20in%202021%2E"
        );
    }

    #[test]
    fn printed_lines_leave_out_the_quote_and_fragment() {
        assert_eq!(
            print_line(&item(0, Some(1))),
            "“Press conference on IP protection”. Shen Changyu. CNIPA, 2022-04-24. \
             https://example.org/explorer/?read=conf&passage=conf%23p2"
        );
    }

    #[test]
    fn long_quotes_fragment_by_their_ends_and_encode_delimiters() {
        assert_eq!(
            text_fragment("one two-three, four five six seven eight nine ten eleven & twelve."),
            "#:~:text=one%20two%2Dthree%2C%20four%20five%20six,nine%20ten%20eleven%20%26%20twelve%2E"
        );
        assert_eq!(text_fragment("Café"), "#:~:text=Caf%C3%A9");
        assert_eq!(text_fragment("  "), "");
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
        assert_eq!(
            plain_text(&item(1, None)),
            "“A news item”. News item. https://example.org/explorer/?read=note"
        );
    }
}
