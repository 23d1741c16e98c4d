//! Facts for a query: the quantity statements whose passage matches the query
//! or whose measure label does, narrowed by document, measure and facet
//! filters. Facts whose measure names what the query asks for come first,
//! then the other facts of matching passages; each group best passage first.
//! When no passage holds every word of a question, the passages that hold
//! most of them (as the search lists them, see [`super::coordinate`]) count
//! as matching, and the answer says so ([`FoundFacts::partial`]).

use std::collections::BTreeMap;

use super::facets::Facet;
use super::fold::fold;
use super::search::Engine;
use super::sort::sort_by;

/// Which facts to return.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FactsRequest {
    /// Query text; empty means every fact.
    pub query: String,
    /// Only facts of this document id.
    pub doc: Option<String>,
    /// Only facts whose measure contains this text (case-insensitive).
    pub measure: Option<String>,
    /// Facet selections, as in a search.
    pub filters: BTreeMap<Facet, Vec<String>>,
}

/// The facts for a query, and how their passages matched it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FoundFacts {
    /// Indices into [`ipx_corpus::Corpus::facts`], best first.
    pub facts: Vec<usize>,
    /// No passage holds every word of the query: the facts' passages hold
    /// most of them (a panel should not say the figures mention them all).
    pub partial: bool,
}

impl Engine {
    /// Indices into [`ipx_corpus::Corpus::facts`] of the facts that answer
    /// `request`, best first (ties in corpus order).
    pub fn facts_for(&self, request: &FactsRequest) -> Vec<usize> {
        self.find_facts(request).facts
    }

    /// [`Engine::facts_for`], saying whether the facts' passages hold only
    /// most of the query's words.
    pub fn find_facts(&self, request: &FactsRequest) -> FoundFacts {
        let corpus = self.corpus();
        let parsed = self.parse(&request.query);
        let (plan, matched, partial) = self.matches_or_most(&parsed, &request.query);
        let selection = self.selection(&request.filters, false);
        // The filters typed in the query (`year:2021`) hold for every fact,
        // also those its measure words bring in without their passage.
        let typed = self.hard_filters(&parsed);
        let measure = request.measure.as_deref().map(fold);
        let named_measures =
            (!plan.clauses.is_empty()).then(|| self.measure_words().named_by(&parsed));
        // (measure names the query, passage score, corpus index)
        let mut found: Vec<(bool, f32, usize)> = Vec::new();
        for (idx, fact) in corpus.facts.iter().enumerate() {
            if request
                .doc
                .as_deref()
                .is_some_and(|d| corpus.documents[fact.doc as usize].id != d)
                || measure
                    .as_ref()
                    .is_some_and(|m| !fold(&fact.measure).contains(m.as_str()))
                || self.facets_fail(fact.passage, &selection)
                || self.facets_fail(fact.passage, &typed)
            {
                continue;
            }
            let named = named_measures.as_ref().is_some_and(|n| n.fact(idx));
            let by_passage = matched.binary_search_by_key(&fact.passage, |s| s.passage);
            match by_passage {
                Ok(at) => found.push((named, matched[at].score, idx)),
                Err(_) if named => found.push((true, 0.0, idx)),
                Err(_) => {}
            }
        }
        sort_by(&mut found, |a, b| {
            (b.0.cmp(&a.0))
                .then(b.1.total_cmp(&a.1))
                .then(a.2.cmp(&b.2))
        });
        FoundFacts {
            facts: found.into_iter().map(|(_, _, idx)| idx).collect(),
            partial,
        }
    }

    fn facets_fail(&self, passage: u32, selection: &super::facets::Selection) -> bool {
        self.facets_tables().failures(passage, selection) != 0
    }
}

#[cfg(test)]
mod tests {
    use expect_test::{expect, Expect};

    use super::*;
    use crate::fixture;

    fn check(request: FactsRequest, expected: Expect) {
        let engine = fixture::engine();
        let facts = engine.facts_for(&request);
        let shown: Vec<String> = (facts.iter())
            .map(|&i| {
                let fact = &engine.corpus().facts[i];
                format!("{} {} ({})", fact.text, fact.measure, fact.kind.as_str())
            })
            .collect();
        expected.assert_eq(&shown.join("\n"));
    }

    fn query(text: &str) -> FactsRequest {
        FactsRequest {
            query: text.to_string(),
            ..FactsRequest::default()
        }
    }

    #[test]
    fn a_question_whose_words_never_meet_finds_facts_near_most_of_them() {
        let engine = fixture::engine();
        let all = engine.find_facts(&query("How much IP talent was there in 2023?"));
        assert!(!all.facts.is_empty());
        assert!(!all.partial);
        let most = engine.find_facts(&query("How much IP talent was there among zebras in 2023?"));
        assert!(!most.facts.is_empty());
        assert!(most.partial, "no passage holds `zebras`");
        // A short keyword query stays strict, so nothing is partial.
        let strict = engine.find_facts(&query("talent zebras"));
        assert!(strict.facts.is_empty() && !strict.partial);
    }

    #[test]
    fn facts_whose_passage_matches() {
        check(
            query("talent 2023 "),
            expect![[r#"
            860,000 IP talent (actual)
            24.6% growth of IP talent (change)"#]],
        );
    }

    #[test]
    fn facts_whose_measure_matches() {
        check(
            query("growth "),
            expect!["24.6% growth of IP talent (change)"],
        );
    }

    #[test]
    fn facts_whose_measure_names_the_query_come_first() {
        // Both facts sit in the one matching passage; the second one's
        // measure is what the query asks for.
        check(
            query("high-value patents"),
            expect![[r#"
            6.3 high-value patents per 10,000 people (actual)
            530,000 invention patents granted (actual)"#]],
        );
    }

    #[test]
    fn a_question_whose_words_never_meet_gets_the_facts_of_passages_with_most() {
        // "grow" is nowhere; the passages with the other words hold the facts.
        check(
            query("how much did high-value patents grow?"),
            expect![[r#"
                530,000 invention patents granted (actual)
                6.3 high-value patents per 10,000 people (actual)"#]],
        );
    }

    #[test]
    fn facts_narrowed_by_doc_measure_and_filters() {
        check(
            FactsRequest {
                doc: Some("briefing".into()),
                ..query("")
            },
            expect![[r#"
            530,000 invention patents granted (actual)
            6.3 high-value patents per 10,000 people (actual)"#]],
        );
        check(
            FactsRequest {
                measure: Some("High-Value".into()),
                ..query("")
            },
            expect!["6.3 high-value patents per 10,000 people (actual)"],
        );
        let mut request = query("");
        request.filters.insert(Facet::Year, vec!["2024".into()]);
        check(
            request,
            expect![[r#"
            860,000 IP talent (actual)
            24.6% growth of IP talent (change)"#]],
        );
    }

    #[test]
    fn filters_and_exclusions_typed_in_the_query_narrow_the_facts() {
        // The panel listed figures from other years for `patents year:…`,
        // and every figure for a query of exclusions only.
        let engine = fixture::engine();
        let all = engine.facts_for(&query("")).len();
        check(query("patents year:2024"), expect![""]);
        check(
            query("-patents"),
            expect![[r#"
            860,000 IP talent (actual)
            24.6% growth of IP talent (change)"#]],
        );
        assert!(engine.facts_for(&query("-zzzz")).len() == all);
    }
}
