//! The facets panel as plain data: for each facet the engine counted, its
//! values in display order (selected first, then by count, years newest
//! first), each named in words (a document by its title) and marked when
//! selected; plus toggling a value in the view's filters.
//!
//! Invariant: a selected value is always listed, with a zero count when the
//! query no longer matches it, so it can be unchecked where it was checked.

use std::collections::BTreeMap;

use crate::corpus::Corpus;
use crate::engine::sort::sort_by;
use crate::present::filters::{facet_name, value_name, without_filter};
use crate::view_state::{ViewState, FILTERS};

/// `facet → value → count`, as `records::SearchRecord::facets` holds them.
pub type FacetCounts = BTreeMap<String, BTreeMap<String, usize>>;

/// Values a facet shows before its "more" toggle.
pub const SHOWN_VALUES: usize = 8;

/// One facet with its values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetView {
    /// Facet name (`kind`, `year`, `doc`, `speaker`, `entity`, `topic`).
    pub name: String,
    /// Heading in words, e.g. `Document`.
    pub heading: &'static str,
    /// Values in display order.
    pub values: Vec<FacetValue>,
}

/// One value of a facet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetValue {
    /// The value as the engine and the URL know it.
    pub value: String,
    /// What the panel says (a document's title rather than its id).
    pub label: String,
    /// Passages matching the query with this value, under the other facets' filters.
    pub count: usize,
    /// Whether the value is among the view's filters.
    pub selected: bool,
}

/// The facets to show for `counts` under `view`, in URL order; facets with no
/// value are left out.
pub fn facet_views(corpus: &Corpus, counts: &FacetCounts, view: &ViewState) -> Vec<FacetView> {
    FILTERS
        .iter()
        .filter_map(|(facet, _)| {
            let selected = view.filters.get(*facet).map_or(&[][..], Vec::as_slice);
            let mut values: Vec<FacetValue> = (counts.get(*facet).into_iter().flatten())
                .map(|(value, &count)| FacetValue {
                    value: value.clone(),
                    label: value_name(corpus, facet, value),
                    count,
                    selected: selected.contains(value),
                })
                .collect();
            for value in selected {
                if !values.iter().any(|v| v.value == *value) {
                    values.push(FacetValue {
                        value: value.clone(),
                        label: value_name(corpus, facet, value),
                        count: 0,
                        selected: true,
                    });
                }
            }
            sort_by(&mut values, |a, b| {
                let order = if *facet == "year" {
                    b.value.cmp(&a.value)
                } else {
                    b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label))
                };
                b.selected.cmp(&a.selected).then(order)
            });
            (!values.is_empty()).then(|| FacetView {
                name: facet.to_string(),
                heading: facet_name(facet),
                values,
            })
        })
        .collect()
}

/// `view` with `value` of `facet` selected, or deselected when it already was.
pub fn toggled(view: &ViewState, facet: &str, value: &str) -> ViewState {
    let selected = view
        .filters
        .get(facet)
        .is_some_and(|values| values.iter().any(|v| v == value));
    if selected {
        return without_filter(view, facet, value);
    }
    let mut next = view.clone();
    next.filters
        .entry(facet.to_string())
        .or_default()
        .push(value.to_string());
    next
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    fn counts(entries: &[(&str, &[(&str, usize)])]) -> FacetCounts {
        entries
            .iter()
            .map(|(facet, values)| {
                let values = values.iter().map(|(v, n)| (v.to_string(), *n)).collect();
                (facet.to_string(), values)
            })
            .collect()
    }

    fn check(views: &[FacetView], expect: &[(&str, &[&str])]) {
        let got: Vec<(String, Vec<String>)> = views
            .iter()
            .map(|f| {
                let values = f
                    .values
                    .iter()
                    .map(|v| {
                        let mark = if v.selected { "[x] " } else { "" };
                        format!("{mark}{} {}", v.label, v.count)
                    })
                    .collect();
                (f.name.clone(), values)
            })
            .collect();
        let expect: Vec<(String, Vec<String>)> = expect
            .iter()
            .map(|(f, vs)| (f.to_string(), vs.iter().map(|v| v.to_string()).collect()))
            .collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn values_by_count_documents_by_title_years_newest_first() {
        let counts = counts(&[
            ("doc", &[("conf", 4), ("note", 1)]),
            ("kind", &[("news", 1), ("transcript", 4)]),
            ("year", &[("2021", 5), ("2022", 1)]),
            ("topic", &[]),
        ]);
        let views = facet_views(&fixture::corpus(), &counts, &ViewState::default());
        check(
            &views,
            &[
                ("kind", &["transcript 4", "news 1"]),
                ("year", &["2022 1", "2021 5"]),
                (
                    "doc",
                    &["Press conference on IP protection 4", "A news item 1"],
                ),
            ],
        );
        assert_eq!(views[2].heading, "Document");
    }

    #[test]
    fn selected_values_come_first_and_stay_when_the_query_drops_them() {
        let counts = counts(&[(
            "speaker",
            &[("Host", 1), ("Shen Changyu", 2), ("Xinhua", 1)],
        )]);
        let view = ViewState::from_query_string("?q=x&speaker=Xinhua&speaker=Gone");
        let views = facet_views(&fixture::corpus(), &counts, &view);
        check(
            &views,
            &[(
                "speaker",
                &["[x] Xinhua 1", "[x] Gone 0", "Shen Changyu 2", "Host 1"],
            )],
        );
    }

    #[test]
    fn toggling_adds_then_removes_a_value() {
        let view = ViewState::from_query_string("?q=x&kind=news");
        let added = toggled(&view, "kind", "transcript");
        assert_eq!(
            added.filters["kind"],
            ["news".to_string(), "transcript".to_string()]
        );
        let removed = toggled(&toggled(&added, "kind", "transcript"), "kind", "news");
        assert_eq!(removed, ViewState::from_query_string("?q=x"));
    }
}
