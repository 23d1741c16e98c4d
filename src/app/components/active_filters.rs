//! The filters in force (from the URL or the facets), as chips that remove
//! themselves when chosen, and a "Clear all" button. Nothing shows when no
//! filter is set.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::url::View;
use crate::engine::Engine;
use crate::present::filters::{filter_chips, without_filter, without_filters};

/// One removable chip per selected filter value, then "Clear all".
#[component]
pub fn ActiveFilters() -> impl IntoView {
    let engine = expect_context::<Arc<Engine>>();
    let view = expect_context::<View>();
    let chips = Memo::new(move |_| view.state.with(|s| filter_chips(engine.corpus(), s)));
    let clear = move |_| {
        let next = view.state.with_untracked(without_filters);
        view.navigate(next);
    };
    view! {
        <Show when=move || chips.with(|c| !c.is_empty())>
            <div
                class="active-filters"
                role="group"
                aria-label="Filters in force"
                data-testid="active-filters"
            >
                <For
                    each=move || chips.get()
                    key=|chip| (chip.facet.clone(), chip.value.clone())
                    let:chip
                >
                    {
                        let (facet, value) = (chip.facet.clone(), chip.value.clone());
                        let aria_label = format!("Remove the filter {}", chip.label);
                        let remove = move |_| {
                            let next = view.state.with_untracked(|s| without_filter(s, &facet, &value));
                            view.navigate(next);
                        };
                        view! {
                            <button
                                type="button"
                                class="chip filter-chip"
                                data-testid="filter-chip"
                                aria-label=aria_label
                                on:click=remove
                            >
                                {chip.label}
                                <span aria-hidden="true">"×"</span>
                            </button>
                        }
                    }
                </For>
                <button
                    type="button"
                    class="link-button clear-filters"
                    data-testid="clear-filters"
                    on:click=clear
                >
                    "Clear all"
                </button>
            </div>
        </Show>
    }
}
