//! The filters in force, as removable chips: each names its facet and value in
//! words (a document by its title, an entity by its name).

use crate::corpus::Corpus;
use crate::view_state::{ViewState, FILTERS};

/// One selected filter value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterChip {
    /// Facet name (`kind`, `year`, `doc`, `speaker`, `entity`, `topic`).
    pub facet: String,
    /// The selected value as it stands in the URL.
    pub value: String,
    /// What the chip says, e.g. `Document: Press conference on IP protection`.
    pub label: String,
}

/// Every selected filter value, in URL order.
pub fn filter_chips(corpus: &Corpus, view: &ViewState) -> Vec<FilterChip> {
    FILTERS
        .iter()
        .flat_map(|(facet, _)| {
            view.filters
                .get(*facet)
                .into_iter()
                .flatten()
                .map(move |value| FilterChip {
                    facet: facet.to_string(),
                    value: value.clone(),
                    label: format!(
                        "{}: {}",
                        facet_name(facet),
                        value_name(corpus, facet, value)
                    ),
                })
        })
        .collect()
}

/// `view` without one filter value.
pub fn without_filter(view: &ViewState, facet: &str, value: &str) -> ViewState {
    let mut next = view.clone();
    if let Some(values) = next.filters.get_mut(facet) {
        values.retain(|v| v != value);
        if values.is_empty() {
            next.filters.remove(facet);
        }
    }
    next
}

/// `view` without any filter; the query and the reader stay.
pub fn without_filters(view: &ViewState) -> ViewState {
    ViewState {
        filters: Default::default(),
        ..view.clone()
    }
}

/// A facet's name in words, e.g. `Document` for `doc`.
pub fn facet_name(facet: &str) -> &'static str {
    match facet {
        "kind" => "Kind",
        "year" => "Year",
        "doc" => "Document",
        "speaker" => "Speaker",
        "entity" => "Entity",
        _ => "Topic",
    }
}

/// A filter value in words: a document by its title, an entity by its name;
/// anything else (or an unknown id) as given.
pub fn value_name(corpus: &Corpus, facet: &str, value: &str) -> String {
    let name = match facet {
        "doc" => corpus.document(value).map(|d| d.title.clone()),
        "entity" => corpus
            .entities
            .iter()
            .find(|e| e.id == value)
            .map(|e| e.name.clone()),
        _ => None,
    };
    name.unwrap_or_else(|| value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    #[test]
    fn chips_name_documents_and_entities() {
        let view =
            ViewState::from_query_string("?q=x&speaker=Host&doc=conf&entity=cnipa&kind=news");
        let labels: Vec<String> = filter_chips(&fixture::corpus(), &view)
            .into_iter()
            .map(|c| c.label)
            .collect();
        assert_eq!(
            labels,
            [
                "Kind: news",
                "Document: Press conference on IP protection",
                "Speaker: Host",
                "Entity: CNIPA",
            ]
        );
    }

    #[test]
    fn unknown_ids_show_as_given() {
        let view = ViewState::from_query_string("?doc=gone&entity=nobody");
        let labels: Vec<String> = filter_chips(&fixture::corpus(), &view)
            .into_iter()
            .map(|c| c.label)
            .collect();
        assert_eq!(labels, ["Document: gone", "Entity: nobody"]);
    }

    #[test]
    fn removing_the_last_value_removes_the_facet() {
        let view = ViewState::from_query_string("?q=x&kind=news&kind=report&year=2021");
        let one = without_filter(&view, "kind", "news");
        assert_eq!(one.to_query_string(), "?q=x&kind=report&year=2021");
        let none = without_filter(&without_filter(&one, "kind", "report"), "year", "2021");
        assert_eq!(none.to_query_string(), "?q=x");
        assert_eq!(without_filter(&view, "topic", "none"), view);
        assert_eq!(without_filters(&view).to_query_string(), "?q=x");
    }
}
