//! What the tests of the answer modules share: an answer figure shown as
//! `value unit date kind`, and the answers to a query over the fixture with
//! figures ([`super::fixture`]) or over one note compiled on the spot.

use std::collections::BTreeMap;

use crate::facets::Facet;
use crate::fixture;
use crate::search::{Engine, SearchRequest};
use ipx_corpus::Figure;

/// The answers to `query` over the fixture with figures, as
/// `value unit date kind`, best first.
pub fn answers(query: &str) -> Vec<String> {
    answers_with(query, BTreeMap::new())
}

/// [`answers`] under the request facet filters `filters`.
pub fn answers_with(query: &str, filters: BTreeMap<Facet, Vec<String>>) -> Vec<String> {
    let engine = fixture::engine_with_figures();
    let mut request = SearchRequest::new(query);
    request.filters = filters;
    let figures = engine.answer_figures();
    (engine.answers(&request).iter())
        .map(|a| show(&figures[a.figure as usize]))
        .collect()
}

/// A figure as `value unit date kind` (`-` for no date).
pub fn show(f: &Figure) -> String {
    format!(
        "{} {} {} {}",
        f.value,
        f.unit,
        f.date.as_deref().unwrap_or("-"),
        f.kind.as_str()
    )
}

/// The first of [`answers`], or the empty string when there is none.
pub fn first(query: &str) -> String {
    answers(query).into_iter().next().unwrap_or_default()
}

/// The first answer to `query` over one document of `text`.
pub fn first_over(text: &str, query: &str) -> String {
    let file = ipx_corpus::SourceFile {
        name: "note.txt".into(),
        bytes: text.as_bytes().to_vec(),
    };
    let (corpus, _) = ipx_corpus::compile(&[file]);
    let engine = Engine::new(corpus);
    let figures = engine.answer_figures();
    (engine.answers(&SearchRequest::new(query)).first())
        .map_or("nothing".into(), |a| show(&figures[a.figure as usize]))
}
