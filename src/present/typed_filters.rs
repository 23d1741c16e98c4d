//! Field filters typed in the search box (`speaker:shen`, `year:2021`) shown
//! as facet choices are: a chip naming what they select, which removes the
//! filter from the query text, and the facet values they select ticked.
//!
//! Invariant: removing a typed filter changes only that `name:value` token
//! of the query; every other character of the query stays as typed.

use super::facets::{toggled, FacetView};
use super::filters::{facet_name, value_name};
use super::query_words::token_len;
use crate::corpus::lower::Lowercase;
use crate::corpus::Corpus;
use crate::engine::search::TypedFilter;
use crate::view_state::ViewState;

/// A chip for a field filter typed in the query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypedChip {
    /// Facet name (`speaker`, ...).
    pub facet: String,
    /// The value as typed.
    pub typed: String,
    /// What the chip says: `Speaker: Shen Changyu`, or what was typed when it
    /// selects nothing.
    pub label: String,
}

/// One chip per typed field filter, in query order.
pub fn typed_chips(corpus: &Corpus, typed: &[TypedFilter]) -> Vec<TypedChip> {
    typed
        .iter()
        .map(|filter| {
            let facet = filter.facet.as_str();
            let names: Vec<String> = (filter.values.iter().take(3))
                .map(|v| value_name(corpus, facet, v))
                .collect();
            let shown = match filter.values.len() {
                0 => format!("“{}” (matches none)", filter.typed),
                1..=3 => names.join(" or "),
                n => format!("{} or {} more", names.join(", "), n - 3),
            };
            TypedChip {
                facet: facet.to_string(),
                typed: filter.typed.clone(),
                label: format!("{}: {shown}", facet_name(facet)),
            }
        })
        .collect()
}

/// Ticks the facet values the typed filters select.
pub fn tick_typed(views: &mut [FacetView], typed: &[TypedFilter]) {
    for filter in typed {
        let Some(view) = views.iter_mut().find(|v| v.name == filter.facet.as_str()) else {
            continue;
        };
        for value in view.values.iter_mut() {
            if filter.values.contains(&value.value) {
                value.selected = true;
            }
        }
    }
}

/// What choosing facet value `value` does when the query may have selected
/// it: unticking a value a typed filter selected removes that filter from
/// the query; anything else toggles the value as a facet click does.
pub fn toggled_with_typed(
    view: &ViewState,
    typed: &[TypedFilter],
    facet: &str,
    value: &str,
) -> ViewState {
    let in_url = view
        .filters
        .get(facet)
        .is_some_and(|v| v.iter().any(|x| x == value));
    let by_typed = typed
        .iter()
        .find(|t| t.facet.as_str() == facet && t.values.iter().any(|v| v == value));
    match (in_url, by_typed) {
        (false, Some(filter)) => without_typed(view, facet, &filter.typed),
        _ => toggled(view, facet, value),
    }
}

/// `view` with the query's `facet:typed` token (quoted or not) taken out.
pub fn without_typed(view: &ViewState, facet: &str, typed: &str) -> ViewState {
    ViewState {
        query: remove_field(&view.query, facet, typed),
        ..view.clone()
    }
}

/// `query` without its `facet:value` tokens whose value is `typed`.
pub fn remove_field(query: &str, facet: &str, typed: &str) -> String {
    let mut out = String::new();
    let mut rest = query;
    while !rest.is_empty() {
        let start = rest.len() - rest.trim_start().len();
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        if rest.is_empty() {
            break;
        }
        let len = token_len(rest);
        let token = &rest[..len];
        let matches = token.split_once(':').is_some_and(|(name, value)| {
            name.eq_ignore_ascii_case(facet)
                && value.trim_matches(['"', '“', '”']).lowercase() == typed.lowercase()
        });
        if !matches {
            out.push_str(token);
        }
        rest = &rest[len..];
    }
    // Two spaces where the token stood become one.
    let joined = out
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    match (query.ends_with(' '), joined.is_empty()) {
        (true, false) => joined + " ",
        _ => joined,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Engine;
    use crate::fixture;

    #[test]
    fn typed_filters_become_chips_naming_what_they_select() {
        let engine = Engine::new(fixture::corpus());
        let typed = engine.typed_filters("pledge speaker:shen kind:nothing ");
        let labels: Vec<String> = typed_chips(engine.corpus(), &typed)
            .into_iter()
            .map(|c| c.label)
            .collect();
        assert_eq!(
            labels,
            ["Speaker: Shen Changyu", "Kind: “nothing” (matches none)"]
        );
    }

    #[test]
    fn unticking_a_typed_value_removes_its_filter_from_the_query() {
        let engine = Engine::new(fixture::corpus());
        let view = ViewState::from_query_string("?q=pledge+speaker%3Ashen+");
        let typed = engine.typed_filters(&view.query);
        let next = toggled_with_typed(&view, &typed, "speaker", "Shen Changyu");
        assert_eq!(next.to_query_string(), "?q=pledge+");
        // Another value is ticked as a click always does.
        let other = toggled_with_typed(&view, &typed, "speaker", "Host");
        assert_eq!(other.filters["speaker"], ["Host"]);
    }

    #[test]
    fn removing_a_typed_filter_keeps_the_rest_of_the_query() {
        assert_eq!(
            remove_field("pledge speaker:shen 2021 ", "speaker", "shen"),
            "pledge 2021 "
        );
        assert_eq!(
            remove_field("a Speaker:\"Shen Changyu\" b", "speaker", "shen changyu"),
            "a b"
        );
        assert_eq!(remove_field("speaker:shen", "speaker", "shen"), "");
        assert_eq!(
            remove_field("year:2021 speaker:shen", "speaker", "wang"),
            "year:2021 speaker:shen"
        );
    }
}
