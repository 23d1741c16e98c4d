//! Search plus snippets over the seed corpus with an arbitrary query, facet
//! selection and page: never panics, and every snippet, without the `…`
//! marking cuts, is a piece of its passage's text.
#![no_main]

use std::collections::BTreeMap;
use std::sync::LazyLock;

use arbitrary::Arbitrary;
use ip_explorer::engine::{Engine, Facet, SearchRequest, Sort};
use libfuzzer_sys::fuzz_target;

static ENGINE: LazyLock<Engine> = LazyLock::new(|| Engine::new(ip_explorer::data::corpus()));

#[derive(Debug, Arbitrary)]
struct Input {
    query: String,
    filters: Vec<(u8, String)>,
    limit: u16,
    offset: u16,
    by_date: bool,
    more_offset: u16,
    more_limit: Option<u16>,
}

fuzz_target!(|input: Input| {
    let facets = [Facet::Kind, Facet::Year, Facet::Doc, Facet::Speaker, Facet::Entity, Facet::Topic];
    let mut filters: BTreeMap<Facet, Vec<String>> = BTreeMap::new();
    for (facet, value) in input.filters.into_iter().take(8) {
        filters.entry(facets[facet as usize % facets.len()]).or_default().push(value);
    }
    let request = SearchRequest {
        query: input.query,
        filters,
        limit: input.limit as usize,
        offset: input.offset as usize,
        sort: if input.by_date { Sort::Date } else { Sort::Relevance },
        more_offset: input.more_offset as usize,
        more_limit: input.more_limit.map(usize::from),
    };
    let results = ENGINE.search(&request);
    assert!(results.hits.len() <= request.limit);
    for hit in &results.hits {
        assert!(hit.more.len() <= hit.more_total.saturating_sub(request.more_offset));
    }
    for hit in results.hits.iter().chain(results.hits.iter().flat_map(|h| h.more.iter())) {
        let text = &ENGINE.corpus().passages[hit.passage as usize].text;
        let joined: String = hit.snippet.iter().map(|s| s.text.as_str()).collect();
        let joined = joined.strip_prefix("… ").unwrap_or(&joined);
        let joined = joined.strip_suffix(" …").unwrap_or(joined);
        assert!(text.contains(joined), "snippet {joined:?} is not in the passage");
    }
});
