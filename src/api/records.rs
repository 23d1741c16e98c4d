//! Records returned by the JS API, built from the engine's data. Field names
//! follow DESIGN.md exactly; they are a public contract.

use std::collections::BTreeMap;

use serde::Serialize;

use super::answers::{answer_records, AnswerRecord};
use crate::corpus::{Corpus, Document};
use crate::engine::{facet_filters, Engine, Hit, SearchRequest, Sort};

/// `ipExplorer.documents()` entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentRecord {
    /// Document id (file stem).
    pub id: String,
    /// Title.
    pub title: String,
    /// `transcript`, `news`, `report` or `notice`.
    pub kind: &'static str,
    /// ISO date at its own precision, or null.
    pub date: Option<String>,
    /// Source or publisher, or null.
    pub source: Option<String>,
    /// Speakers in order of first turn.
    pub speakers: Vec<String>,
    /// Number of passages.
    pub passages: u32,
    /// Number of words.
    pub words: u32,
}

/// `ipExplorer.passages()` entry: one passage of the corpus, in corpus order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PassageRecord {
    /// Passage id.
    pub id: String,
    /// Document id.
    pub doc: String,
    /// Section heading, or null.
    pub section: Option<String>,
    /// Speaker, or null.
    pub speaker: Option<String>,
    /// The passage text.
    pub text: String,
}

/// `ipExplorer.search()` hit: a passage, and for a document group's best
/// passage also the group's further passages in `more`, paged by the
/// `moreOffset` and `moreLimit` options, and how many there are in `moreTotal`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HitRecord {
    /// Document id.
    pub doc: String,
    /// Passage id.
    pub passage: String,
    /// Section heading, or null.
    pub section: Option<String>,
    /// Speaker, or null.
    pub speaker: Option<String>,
    /// Relevance score; only the order is meaningful.
    pub score: f32,
    /// The passage text.
    pub text: String,
    /// The best window of the passage, matches marked.
    pub snippet: Vec<SegmentRecord>,
    /// How it matched: `exact`, `stem`, `prefix`, `typo`, `alias`.
    pub why: Vec<&'static str>,
    /// Further passages of the same document, best first: those from
    /// `moreOffset` on, at most `moreLimit` (empty in a hit of `more`).
    pub more: Vec<HitRecord>,
    /// Number of further passages of the same document that match (0 in a
    /// hit of `more`).
    #[serde(rename = "moreTotal")]
    pub more_total: usize,
    /// Only in a `partial` result: the query's words, as typed, this passage
    /// lacks.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<String>,
}

/// A run of snippet text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SegmentRecord {
    /// Text, to be shown as text.
    pub text: String,
    /// Whether it matched the query.
    pub mark: bool,
}

/// `ipExplorer.search()` result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchRecord {
    /// The query as given.
    pub query: String,
    /// Number of matching passages.
    pub total: usize,
    /// Number of documents those passages are in.
    pub documents: usize,
    /// The hits on this page, one per document.
    pub hits: Vec<HitRecord>,
    /// `facet → value → count` for kind, year, doc, speaker, entity and topic.
    pub facets: BTreeMap<String, BTreeMap<String, usize>>,
    /// A corrected query when nothing matched, else null.
    pub suggestion: Option<String>,
    /// The figures that answer the query, best first; empty when none does.
    pub answers: Vec<AnswerRecord>,
    /// Only when nothing matched and there is no `suggestion`: the queries
    /// with one word or phrase left out that match, most matches first.
    #[serde(rename = "fewerWords", skip_serializing_if = "Vec::is_empty")]
    pub fewer_words: Vec<FewerWordsRecord>,
    /// Only when true: no passage holds every word of the query, so the hits
    /// are the passages that hold most of them, and some lack a word, each
    /// listing the words it lacks in `missing`.
    #[serde(skip_serializing_if = "is_false")]
    pub partial: bool,
    /// Whether the query was longer than the engine reads and was cut.
    pub truncated: bool,
    /// Only for a chunked corpus, and only when true: some hits on this page
    /// wait for passage text still to be fetched, and have empty `text` and
    /// `snippet` (`ipExplorer.searchAsync` fetches it first).
    #[serde(skip_serializing_if = "is_false")]
    pub pending: bool,
    /// The parts (index shards, text chunks) `pending` waits for (see `Engine::load_part`); not part
    /// of the JS record.
    #[serde(skip)]
    pub pending_chunks: Vec<usize>,
}

/// A shorter query offered when nothing matched (see `engine::fewer_words`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FewerWordsRecord {
    /// The query without one word or phrase.
    pub query: String,
    /// The word or phrase left out, as typed.
    pub without: String,
    /// Passages the shorter query matches.
    pub total: usize,
}

fn is_false(value: &bool) -> bool {
    !value
}

/// Options of `ipExplorer.search()`, already read from JavaScript; anything
/// missing or unusable is `None` or empty.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchOptions {
    /// Facet name → selected values; unknown facet names are ignored.
    pub filters: BTreeMap<String, Vec<String>>,
    /// Most hits.
    pub limit: Option<usize>,
    /// Hits to skip.
    pub offset: Option<usize>,
    /// `relevance` or `date`; anything else means relevance.
    pub sort: Option<String>,
    /// Further passages of each document to skip before `more`.
    pub more_offset: Option<usize>,
    /// Most further passages of each document in `more`.
    pub more_limit: Option<usize>,
}

/// Hits returned when the caller gives no `limit`.
pub const DEFAULT_LIMIT: usize = 20;
/// Most hits one call returns, whatever `limit` says; also the most further
/// passages of one document in `more`, whatever `moreLimit` says.
pub const MAX_LIMIT: usize = 1_000;
/// Further passages of each document in `more` when the caller gives no
/// `moreLimit`.
pub const DEFAULT_MORE_LIMIT: usize = 20;
/// Most values of one facet read from a caller's filters (see `caps`).
pub use crate::caps::MAX_FILTER_VALUES;

/// All documents, in corpus order.
pub fn documents(corpus: &Corpus) -> Vec<DocumentRecord> {
    corpus.documents.iter().map(document).collect()
}

/// All passages, in corpus order (grouped by document, in reading order).
/// In a chunked corpus a passage whose text is not loaded has empty `text`.
pub fn passages(engine: &Engine) -> Vec<PassageRecord> {
    let corpus = engine.corpus();
    (corpus.passages.iter().enumerate())
        .map(|(i, p)| PassageRecord {
            id: p.id.clone(),
            doc: corpus.documents[p.doc as usize].id.clone(),
            section: p.section.clone(),
            speaker: p.speaker.clone(),
            text: engine
                .passage_text(i as u32)
                .unwrap_or_default()
                .to_string(),
        })
        .collect()
}

fn document(doc: &Document) -> DocumentRecord {
    DocumentRecord {
        id: doc.id.clone(),
        title: doc.title.clone(),
        kind: doc.kind.as_str(),
        date: doc.date.map(|d| d.iso()),
        source: doc.source.clone(),
        speakers: doc.speakers.clone(),
        passages: doc.passages.end - doc.passages.start,
        words: doc.words,
    }
}

/// The engine request for a query and its options.
pub fn search_request(query: &str, options: &SearchOptions) -> SearchRequest {
    let mut request = SearchRequest::new(query);
    request.filters = facet_filters(&options.filters);
    request.limit = options.limit.unwrap_or(DEFAULT_LIMIT).min(MAX_LIMIT);
    request.offset = options.offset.unwrap_or(0);
    request.more_offset = options.more_offset.unwrap_or(0);
    request.more_limit = Some(
        options
            .more_limit
            .unwrap_or(DEFAULT_MORE_LIMIT)
            .min(MAX_LIMIT),
    );
    request.sort = match options.sort.as_deref() {
        Some("date") => Sort::Date,
        _ => Sort::Relevance,
    };
    request
}

/// Runs a query and shapes the answer for JavaScript.
pub fn search(engine: &Engine, query: &str, options: &SearchOptions) -> SearchRecord {
    shape(engine, query, options, PassageText::Copied)
}

/// Like [`search`], but every hit's `text` is left empty and `answers` too:
/// the results list shows snippets only, and copying each hit's whole
/// passage on every keystroke is most of the cost of shaping the records;
/// the answer card ranks answers itself once the view settles.
pub fn search_without_text(engine: &Engine, query: &str, options: &SearchOptions) -> SearchRecord {
    shape(engine, query, options, PassageText::Omitted)
}

/// Whether hit records carry their passage's whole text.
#[derive(Clone, Copy, PartialEq)]
enum PassageText {
    Copied,
    Omitted,
}

fn shape(engine: &Engine, query: &str, options: &SearchOptions, text: PassageText) -> SearchRecord {
    let request = search_request(query, options);
    // The page's records leave answers out too: the answer card ranks them
    // once the view settles, not on every keystroke.
    let results = match text {
        PassageText::Copied => engine.search(&request),
        PassageText::Omitted => engine.search_passages(&request),
    };
    SearchRecord {
        query: query.to_string(),
        total: results.total,
        documents: results.total_docs,
        hits: results.hits.iter().map(|h| hit(engine, h, text)).collect(),
        facets: results.facets,
        suggestion: results.suggestion,
        answers: answer_records(engine, &results.answers),
        fewer_words: (results.fewer_words.into_iter())
            .map(|f| FewerWordsRecord {
                query: f.query,
                without: f.without,
                total: f.total,
            })
            .collect(),
        partial: results.partial,
        truncated: results.truncated,
        pending: !results.pending.is_empty(),
        pending_chunks: results.pending,
    }
}

fn hit(engine: &Engine, hit: &Hit, text: PassageText) -> HitRecord {
    let corpus = engine.corpus();
    let passage = &corpus.passages[hit.passage as usize];
    HitRecord {
        doc: corpus.documents[passage.doc as usize].id.clone(),
        passage: passage.id.clone(),
        section: passage.section.clone(),
        speaker: passage.speaker.clone(),
        score: hit.score,
        text: match text {
            PassageText::Copied => (engine.passage_text(hit.passage))
                .unwrap_or_default()
                .to_string(),
            PassageText::Omitted => String::new(),
        },
        snippet: (hit.snippet.iter())
            .map(|s| SegmentRecord {
                text: s.text.clone(),
                mark: s.mark,
            })
            .collect(),
        why: hit.why.iter().map(|w| w.as_str()).collect(),
        more: hit
            .more
            .iter()
            .map(|h| self::hit(engine, h, text))
            .collect(),
        more_total: hit.more_total,
        missing: hit.missing.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    #[test]
    fn records_without_text_differ_only_in_the_text_and_answers() {
        let engine = Engine::new(fixture::corpus());
        let options = SearchOptions::default();
        let full = search(&engine, "courts", &options);
        let mut lean = search_without_text(&engine, "courts", &options);
        assert!(!full.hits.is_empty());
        assert!(full.hits.iter().all(|h| !h.text.is_empty()));
        fn restore(hit: &mut HitRecord, from: &HitRecord) {
            assert!(hit.text.is_empty());
            hit.text.clone_from(&from.text);
            assert_eq!(hit.more.len(), from.more.len());
            for (h, f) in hit.more.iter_mut().zip(&from.more) {
                restore(h, f);
            }
        }
        for (h, f) in lean.hits.iter_mut().zip(&full.hits) {
            restore(h, f);
        }
        assert!(lean.answers.is_empty());
        lean.answers.clone_from(&full.answers);
        assert_eq!(lean, full);
    }
}
