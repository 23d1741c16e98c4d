//! When a search with filters matches nothing: each filter in force (from
//! the facets or typed in the query) as an offer to drop it, with how many
//! passages match without it, and, for several, without all of them.
//!
//! Invariant: only offers that would match something are made; the counts
//! are the engine's totals for exactly the view each offer leads to.

use super::filters::{filter_chips, without_filter, without_filters};
use super::typed_filters::{typed_chips, without_typed};
use crate::engine::{facet_filters, Engine, SearchRequest};
use crate::view_state::ViewState;

/// One way out of an empty result.
#[derive(Debug, Clone, PartialEq)]
pub struct Relaxation {
    /// What is dropped, as its chip says it (`Kind: news`), or `all filters`.
    pub label: String,
    /// The view without it.
    pub next: ViewState,
    /// Passages the query matches there.
    pub count: usize,
}

/// The offers for `view`, one per filter, then all of them when there are
/// several; empty when the view has no filter.
pub fn relaxations(engine: &Engine, view: &ViewState) -> Vec<Relaxation> {
    let corpus = engine.corpus();
    let typed = engine.typed_filters(&view.query);
    let mut offers: Vec<(String, ViewState)> = filter_chips(corpus, view)
        .into_iter()
        .map(|chip| (chip.label, without_filter(view, &chip.facet, &chip.value)))
        .collect();
    let typed_chips = typed_chips(corpus, &typed);
    offers.extend(typed_chips.iter().map(|chip| {
        (
            chip.label.clone(),
            without_typed(view, &chip.facet, &chip.typed),
        )
    }));
    if offers.len() > 1 {
        let mut none = without_filters(view);
        for chip in &typed_chips {
            none = without_typed(&none, &chip.facet, &chip.typed);
        }
        offers.push(("all filters".to_string(), none));
    }
    offers
        .into_iter()
        .map(|(label, next)| {
            let request = SearchRequest {
                filters: facet_filters(&next.filters),
                limit: 0,
                ..SearchRequest::new(&next.query)
            };
            let count = if next.query_is_blank() && next.filters.is_empty() {
                0
            } else {
                engine.search(&request).total
            };
            Relaxation { label, next, count }
        })
        .filter(|r| r.count > 0)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    fn check(query_string: &str) -> Vec<(String, String, usize)> {
        let engine = Engine::new(fixture::corpus());
        relaxations(&engine, &ViewState::from_query_string(query_string))
            .into_iter()
            .map(|r| (r.label, r.next.to_query_string(), r.count))
            .collect()
    }

    #[test]
    fn each_filter_can_be_dropped_with_its_count() {
        let offers = check("?q=cases+speaker:shen+&kind=news");
        let shown: Vec<(&str, &str, usize)> = offers
            .iter()
            .map(|(l, q, n)| (l.as_str(), q.as_str(), *n))
            .collect();
        assert_eq!(
            shown,
            [
                ("Kind: news", "?q=cases+speaker%3Ashen+", 1),
                ("all filters", "?q=cases+", 2),
            ]
        );
    }

    #[test]
    fn no_filters_no_offers() {
        assert!(check("?q=nothingmatchesthis").is_empty());
    }
}
