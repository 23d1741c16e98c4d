//! The filters in force (from the URL, the facets, or typed in the query as
//! `speaker:shen`), as chips that remove themselves when chosen, and a
//! "Clear all" button. Nothing shows when no
//! filter is set.

use std::sync::Arc;

use leptos::prelude::*;

use super::keyed_list::{joined_key, keyed_list};
use super::show_when::show_when;
use crate::app::url::View;
use crate::engine::Engine;
use crate::present::filters::{filter_chips, without_filter, without_filters};
use crate::present::typed_filters::{typed_chips, without_typed};
use crate::view_state::ViewState;

/// One removable chip per selected filter value, then "Clear all".
#[component]
pub fn ActiveFilters() -> impl IntoView {
    let engine = expect_context::<Arc<Engine>>();
    let view = expect_context::<View>();
    let chips_engine = engine.clone();
    let chips = Memo::new(move |_| view.state.with(|s| filter_chips(chips_engine.corpus(), s)));
    let typed = Memo::new(move |_| {
        view.state
            .with(|s| typed_chips(engine.corpus(), &engine.typed_filters(&s.query)))
    });
    let clear = move |_| {
        // Filters typed in the query go too, as their chips say they are filters.
        let next = view.state.with_untracked(|s| {
            let mut next = without_filters(s);
            for chip in typed.get_untracked() {
                next = without_typed(&next, &chip.facet, &chip.typed);
            }
            next
        });
        view.navigate(next);
    };
    view! {
        {show_when(move || chips.with(|c| !c.is_empty()) || typed.with(|t| !t.is_empty()), move || view! {
            <div
                class="active-filters"
                role="group"
                aria-label="Filters in force"
                data-testid="active-filters"
            >
                {keyed_list(
                    move || chips.get(),
                    |chip| joined_key([chip.facet.as_str(), &chip.value]),
                    move |chip| {
                        let (facet, value) = (chip.facet.clone(), chip.value.clone());
                        let remove = move || view.state.with_untracked(|s| without_filter(s, &facet, &value));
                        let aria_label = format!("Remove the filter {}", chip.label);
                        remove_chip(view, chip.label, aria_label, "chip filter-chip", "filter-chip", remove)
                    },
                )}
                {keyed_list(
                    move || typed.get(),
                    |chip| joined_key([chip.facet.as_str(), &chip.typed]),
                    move |chip| {
                        let (facet, value) = (chip.facet.clone(), chip.typed.clone());
                        let remove = move || view.state.with_untracked(|s| without_typed(s, &facet, &value));
                        let aria_label = format!("Remove the filter {} from the query", chip.label);
                        remove_chip(view, chip.label, aria_label, "chip filter-chip typed-chip", "typed-chip", remove)
                    },
                )}
                <button
                    type="button"
                    class="link-button clear-filters"
                    data-testid="clear-filters"
                    on:click=clear
                >
                    "Clear all"
                </button>
            </div>
        })}
    }
}

/// A chip that removes one filter when chosen: `next` gives the view
/// without it.
fn remove_chip(
    view: View,
    label: String,
    aria_label: String,
    class: &'static str,
    testid: &'static str,
    next: impl Fn() -> ViewState + 'static,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class=class
            data-testid=testid
            aria-label=aria_label
            on:click=move |_| view.navigate(next())
        >
            {label}
            <span aria-hidden="true">"×"</span>
        </button>
    }
}
