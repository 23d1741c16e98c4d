//! The overview shown when the query is empty: the documents in a chosen
//! order, and the most mentioned people and organisations. Documents are
//! named by their index in the corpus ([`DocIdx`]), read from the corpus
//! itself rather than from the JS API's records.

use crate::corpus::lower::Lowercase;
use crate::corpus::{Corpus, DocIdx, Document, EntityKind};
use crate::engine::sort::sort_by;
use crate::view_state::ViewState;

/// Documents the overview lists at first, and how many more each "Show
/// more" adds. A large corpus has tens of thousands of documents: listing all
/// of them made the page about 100,000 elements, whose removal delayed the
/// first keystroke in the search box by over half a second.
pub const DOCUMENT_PAGE: usize = 100;

/// Orders for the document list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DocSort {
    /// Newest first; documents without a date last.
    #[default]
    Date,
    /// By title, A to Z, ignoring case.
    Title,
}

impl DocSort {
    /// The name used in the sort control.
    pub fn as_str(self) -> &'static str {
        match self {
            DocSort::Date => "date",
            DocSort::Title => "title",
        }
    }

    /// Parses [`DocSort::as_str`]; anything else is the default.
    pub fn parse(name: &str) -> DocSort {
        match name {
            "title" => DocSort::Title,
            _ => DocSort::Date,
        }
    }
}

/// An entity in the "most mentioned" block.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityView {
    /// Entity id.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Role or title, when stated.
    pub role: Option<String>,
    /// Number of passages that mention it.
    pub mentions: usize,
}

/// Every document in the given order; ties break by id.
pub fn sorted_documents(corpus: &Corpus, sort: DocSort) -> Vec<DocIdx> {
    let docs = &corpus.documents;
    let mut order: Vec<DocIdx> = (0..docs.len() as DocIdx).collect();
    let doc = |i: &DocIdx| &docs[*i as usize];
    match sort {
        // A date sorts as its ISO text does (a four-digit year; a day only
        // with a month); `None` sorts last.
        DocSort::Date => sort_by(&mut order, |a, b| {
            let (a, b) = (doc(a), doc(b));
            (b.date.is_some(), b.date)
                .cmp(&(a.date.is_some(), a.date))
                .then(a.id.cmp(&b.id))
        }),
        DocSort::Title => sort_by(&mut order, |a, b| {
            doc(a)
                .title
                .lowercase()
                .cmp(&doc(b).title.lowercase())
                .then(doc(a).id.cmp(&doc(b).id))
        }),
    }
    order
}

/// Whether a document passes the view's `kind`, `year`, `doc` and `speaker`
/// filters (the others need the search index, so they do not narrow the list).
pub fn document_passes(doc: &Document, view: &ViewState) -> bool {
    let allows = |facet: &str, test: &dyn Fn(&str) -> bool| {
        view.filters
            .get(facet)
            .is_none_or(|wanted| wanted.iter().any(|w| test(w)))
    };
    let date = doc.date.map(|d| d.iso());
    let year = date.as_deref().map(|d| &d[..d.len().min(4)]);
    allows("kind", &|w| w == doc.kind.as_str())
        && allows("year", &|w| Some(w) == year)
        && allows("doc", &|w| w == doc.id)
        && allows("speaker", &|w| doc.speakers.iter().any(|s| s == w))
}

/// The `limit` entities of `kind` mentioned in most passages (ties by name);
/// entities never mentioned are left out.
pub fn top_entities(corpus: &Corpus, kind: EntityKind, limit: usize) -> Vec<EntityView> {
    let mut entities: Vec<EntityView> = corpus
        .entities
        .iter()
        .filter(|e| e.kind == kind && !e.mentions.is_empty())
        .map(|e| EntityView {
            id: e.id.clone(),
            name: e.name.clone(),
            role: e.role.clone(),
            mentions: e.mentions.len(),
        })
        .collect();
    sort_by(&mut entities, |a, b| {
        b.mentions.cmp(&a.mentions).then(a.name.cmp(&b.name))
    });
    entities.truncate(limit);
    entities
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Date;
    use crate::fixture;

    fn ids(corpus: &Corpus, docs: &[DocIdx]) -> Vec<String> {
        docs.iter()
            .map(|&d| corpus.documents[d as usize].id.clone())
            .collect()
    }

    #[test]
    fn newest_first_and_undated_last() {
        let mut corpus = fixture::corpus();
        assert_eq!(
            ids(&corpus, &sorted_documents(&corpus, DocSort::Date)),
            ["conf", "note"]
        );
        corpus.documents[1].date = Some(Date {
            year: 2023,
            month: None,
            day: None,
        });
        assert_eq!(
            ids(&corpus, &sorted_documents(&corpus, DocSort::Date)),
            ["note", "conf"]
        );
    }

    #[test]
    fn by_title_ignoring_case() {
        let mut corpus = fixture::corpus();
        corpus.documents[0].title = "a conference".to_string();
        assert_eq!(
            ids(&corpus, &sorted_documents(&corpus, DocSort::Title)),
            ["conf", "note"]
        );
        corpus.documents[0].title = "b conference".to_string();
        assert_eq!(
            ids(&corpus, &sorted_documents(&corpus, DocSort::Title)),
            ["note", "conf"]
        );
    }

    #[test]
    fn filters_narrow_the_list() {
        let corpus = fixture::corpus();
        let passing = |q: &str| -> Vec<&str> {
            let view = ViewState::from_query_string(q);
            corpus
                .documents
                .iter()
                .filter(|d| document_passes(d, &view))
                .map(|d| d.id.as_str())
                .collect()
        };
        assert_eq!(passing(""), ["conf", "note"]);
        assert_eq!(passing("?kind=news&kind=report"), ["note"]);
        assert_eq!(passing("?year=2022"), ["conf"]);
        assert_eq!(passing("?speaker=Xinhua&doc=note"), Vec::<&str>::new());
        assert_eq!(passing("?entity=cnipa&topic=x"), ["conf", "note"]);
    }

    #[test]
    fn sort_names_round_trip() {
        for sort in [DocSort::Date, DocSort::Title] {
            assert_eq!(DocSort::parse(sort.as_str()), sort);
        }
        assert_eq!(DocSort::parse("bogus"), DocSort::Date);
    }

    #[test]
    fn most_mentioned_by_kind() {
        let corpus = fixture::corpus();
        let orgs = top_entities(&corpus, EntityKind::Organisation, 5);
        let names: Vec<(&str, usize)> =
            orgs.iter().map(|e| (e.name.as_str(), e.mentions)).collect();
        assert_eq!(names, [("CNIPA", 3), ("Xinhua", 1)]);
        assert_eq!(top_entities(&corpus, EntityKind::Organisation, 1).len(), 1);
        assert!(top_entities(&Corpus::default(), EntityKind::Person, 5).is_empty());
    }
}
