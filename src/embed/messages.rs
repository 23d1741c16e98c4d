//! The iframe mode's messages. Out, to `window.parent`, only when the parent
//! named its origin (`?embed=1&origin=https://host.example`):
//!
//! ```text
//! {source: "ip-explorer", type: "ready" | "state", version,
//!  query, filters: {kind: [..], ...}, doc, passage, url}
//! ```
//!
//! `ready` once the explorer runs, then `state` whenever the query, the
//! filters or the open document or passage change; `doc` and `passage` are
//! `null` when the reader is closed, and `url` is the view's permalink on the
//! full explorer page. In, from the parent only, and only from the named
//! origin: `{type: "search", query?, filters?}` (the reader closes) and
//! `{type: "open", doc, passage?}`. Anything else is ignored.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::caps::{cut_query, is_short_value};
use crate::view_state::ViewState;

/// The value of `source` in every message the explorer sends.
pub const SOURCE: &str = "ip-explorer";

/// Which message the explorer sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageKind {
    /// The explorer has started; carries the first state.
    Ready,
    /// The view changed.
    State,
}

/// A message to the parent page: the view in force and its permalink. This
/// record is a deliberate wire format (documented in the README).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StateMessage {
    /// Always [`SOURCE`], so a parent can tell these from other messages.
    pub source: &'static str,
    /// `"ready"` or `"state"`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The explorer's version (`ipExplorer.version`).
    pub version: &'static str,
    /// The query as typed.
    pub query: String,
    /// Facet filters: facet name → selected values.
    pub filters: BTreeMap<String, Vec<String>>,
    /// The document open in the reader.
    pub doc: Option<String>,
    /// The passage the reader shows.
    pub passage: Option<String>,
    /// The view's permalink: `base` (the explorer page) plus the query string.
    pub url: String,
}

/// A request from the parent page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Search: set the query and, when given, the filters; close the reader.
    Search {
        /// The new query; `None` keeps the current one.
        query: Option<String>,
        /// The new filters; `None` keeps the current ones.
        filters: Option<BTreeMap<String, Vec<String>>>,
    },
    /// Open `doc` in the reader, at `passage` when given.
    Open {
        /// Document id.
        doc: String,
        /// Passage id.
        passage: Option<String>,
    },
}

impl StateMessage {
    /// The message for `state`, with permalinks under `base` (the explorer
    /// page's address without its query string).
    pub fn new(kind: MessageKind, state: &ViewState, base: &str) -> StateMessage {
        StateMessage {
            source: SOURCE,
            kind: match kind {
                MessageKind::Ready => "ready",
                MessageKind::State => "state",
            },
            version: crate::VERSION,
            query: state.query.clone(),
            filters: state.filters.clone(),
            doc: state.doc.clone(),
            passage: state.passage.clone(),
            url: format!("{base}{}", state.to_query_string()),
        }
    }
}

impl Command {
    /// The view after this command.
    pub fn apply(&self, state: &ViewState) -> ViewState {
        match self {
            Command::Search { query, filters } => ViewState {
                query: query
                    .as_deref()
                    .map_or_else(|| state.query.clone(), |q| cut_query(q).to_string()),
                filters: filters
                    .as_ref()
                    .map(clean_filters)
                    .unwrap_or_else(|| state.filters.clone()),
                doc: None,
                passage: None,
                newest_first: state.newest_first,
            },
            Command::Open { doc, passage } => {
                if !is_short_value(doc) {
                    return state.clone();
                }
                state.open(doc, passage.as_deref().filter(|p| is_short_value(p)))
            }
        }
    }
}

/// Whether a message from `sender` (the event's `origin`) may be obeyed: only
/// when the page named an origin and the sender is exactly that origin.
pub fn accepts(allowed: Option<&str>, sender: &str) -> bool {
    allowed.is_some_and(|allowed| allowed.eq_ignore_ascii_case(sender))
}

/// Keeps only known facets and non-empty values, as a permalink would.
fn clean_filters(filters: &BTreeMap<String, Vec<String>>) -> BTreeMap<String, Vec<String>> {
    let text = super::options::filters_to_string(filters);
    super::options::filters_from_str(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reading() -> ViewState {
        ViewState::from_query_string("?q=patent&kind=news&read=doc-a&passage=doc-a%23p2")
    }

    #[test]
    fn state_message_carries_the_view_and_its_permalink() {
        let message = StateMessage::new(
            MessageKind::State,
            &reading(),
            "https://x.example/explorer/",
        );
        assert_eq!(message.source, "ip-explorer");
        assert_eq!(message.kind, "state");
        assert_eq!(message.query, "patent");
        assert_eq!(message.filters.get("kind").unwrap(), &["news"]);
        assert_eq!(message.doc.as_deref(), Some("doc-a"));
        assert_eq!(message.passage.as_deref(), Some("doc-a#p2"));
        assert_eq!(
            message.url,
            "https://x.example/explorer/?q=patent&kind=news&read=doc-a&passage=doc-a%23p2"
        );
        let ready = StateMessage::new(MessageKind::Ready, &ViewState::default(), "/e/");
        assert_eq!((ready.kind, ready.url.as_str()), ("ready", "/e/"));
    }

    #[test]
    fn search_replaces_what_it_names_and_closes_the_reader() {
        let query_only = Command::Search {
            query: Some("trademark".into()),
            filters: None,
        };
        let next = query_only.apply(&reading());
        assert_eq!(next.query, "trademark");
        assert_eq!(next.filters, reading().filters);
        assert_eq!((next.doc, next.passage), (None, None));

        let mut filters = BTreeMap::new();
        filters.insert(
            "year".to_string(),
            vec!["2021".to_string(), " ".to_string()],
        );
        filters.insert("colour".to_string(), vec!["red".to_string()]);
        let filters_only = Command::Search {
            query: None,
            filters: Some(filters),
        };
        let next = filters_only.apply(&reading());
        assert_eq!(next.query, "patent");
        assert_eq!(next.filters.len(), 1);
        assert_eq!(next.filters.get("year").unwrap(), &["2021"]);
    }

    #[test]
    fn open_keeps_the_search() {
        let open = Command::Open {
            doc: "doc-b".into(),
            passage: None,
        };
        let next = open.apply(&reading());
        assert_eq!(next.doc.as_deref(), Some("doc-b"));
        assert_eq!(next.passage, None);
        assert_eq!(next.query, "patent");
    }

    #[test]
    fn commands_are_capped_like_every_other_input() {
        let search = Command::Search {
            query: Some("x".repeat(300_000)),
            filters: None,
        };
        let next = search.apply(&reading());
        assert_eq!(next.query.len(), crate::caps::MAX_QUERY_CHARS);
        assert_eq!(
            next.to_query_string().len(),
            crate::caps::MAX_QUERY_CHARS + 3 + 10
        );
        let open = Command::Open {
            doc: "d".repeat(100_000),
            passage: None,
        };
        assert_eq!(open.apply(&reading()), reading());
    }

    #[test]
    fn only_the_named_origin_is_obeyed() {
        assert!(accepts(
            Some("https://host.example"),
            "https://host.example"
        ));
        assert!(!accepts(
            Some("https://host.example"),
            "https://evil.example"
        ));
        assert!(!accepts(Some("https://host.example"), "null"));
        assert!(!accepts(None, "https://host.example"));
    }
}
