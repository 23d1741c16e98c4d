//! The facets panel beside the search results: per facet, its values with
//! counts for the current query, as checkboxes that toggle the value in the
//! view's filters (a new history entry). Long facets show their first values
//! and a "more" toggle; on narrow screens the panel is a sheet behind a
//! "Filters" button, with "Show N results" to close it (as Esc does), after
//! which focus is back on the "Filters" button.

use crate::corpus::lower::Lowercase;
use std::sync::Arc;

use leptos::prelude::*;

use super::keyed_list::keyed_list;
use super::show_when::show_when;
use crate::app::url::View;
use crate::engine::Engine;
use crate::present::facets::{facet_views, FacetCounts, FacetView, SHOWN_VALUES};
use crate::present::hits::plural;
use crate::present::typed_filters::{tick_typed, toggled_with_typed};

/// Facet values with counts, checked when selected.
#[component]
pub fn Facets(
    /// The engine's facet counts for the current query and filters.
    counts: Memo<FacetCounts>,
    /// How many passages the query and filters match, for the sheet's button.
    total: Memo<usize>,
) -> impl IntoView {
    let engine = expect_context::<Arc<Engine>>();
    let view = expect_context::<View>();
    let facets = Memo::new(move |_| {
        counts.with(|c| {
            view.state.with(|s| {
                let mut views = facet_views(engine.corpus(), c, s);
                tick_typed(&mut views, &engine.typed_filters(&s.query));
                views
            })
        })
    });
    let (open, set_open) = signal(false);
    let toggle = NodeRef::<leptos::html::Button>::new();
    // Closing the sheet gives focus back to the button that opened it.
    let close = move || {
        set_open.set(false);
        if let Some(button) = toggle.get_untracked() {
            let _ = button.focus();
        }
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            // Esc closes the sheet only, not the search as well.
            ev.stop_propagation();
            ev.prevent_default();
            close();
        }
    };
    let n_selected = move || {
        view.state
            .with(|s| s.filters.values().map(Vec::len).sum::<usize>())
    };
    view! {
        <nav
            class="facets"
            class:open=open
            aria-label="Filters"
            data-testid="facets"
            on:keydown=on_key
        >
            <button
                type="button"
                class="facets-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls="facet-groups"
                data-testid="facets-toggle"
                node_ref=toggle
                on:click=move |_| set_open.update(|o| *o = !*o)
            >
                "Filters"
                {move || match n_selected() {
                    0 => String::new(),
                    n => format!(" ({n})"),
                }}
            </button>
            <div class="facet-groups" id="facet-groups">
                {keyed_list(
                    move || facets.get(),
                    |facet| facet.name.clone(),
                    move |facet| view! { <FacetGroup name=facet.name heading=facet.heading facets/> },
                )}
            </div>
            <div class="facets-apply">
                <button
                    type="button"
                    class="primary"
                    data-testid="facets-apply"
                    on:click=move |_| close()
                >
                    {move || format!("Show {}", plural(total.get(), "result"))}
                </button>
            </div>
        </nav>
    }
}

/// One facet: a heading and its values, the first few unless expanded.
#[component]
fn FacetGroup(name: String, heading: &'static str, facets: Memo<Vec<FacetView>>) -> impl IntoView {
    let view = expect_context::<View>();
    let engine = expect_context::<Arc<Engine>>();
    let (expanded, set_expanded) = signal(false);
    let group_name = name.clone();
    let values = Memo::new(move |_| {
        facets.with(|all| {
            all.iter()
                .find(|f| f.name == group_name)
                .map(|f| f.values.clone())
                .unwrap_or_default()
        })
    });
    let n_values = move || values.with(Vec::len);
    let shown = move || {
        let mut all = values.get();
        if !expanded.get() {
            all.truncate(SHOWN_VALUES);
        }
        all
    };
    let heading_id = format!("facet-{name}");
    let labelled_by = heading_id.clone();
    let facet = name.clone();
    view! {
        <section class="facet" data-facet=name aria-labelledby=labelled_by>
            <h3 id=heading_id>{heading}</h3>
            <ul class="facet-values">
                {keyed_list(
                    shown,
                    |value| value.value.clone(),
                    move |value| {
                        // Keyed by value alone, so a checkbox keeps its element
                        // (and keyboard focus) while its count and state change.
                        let own = value.value.clone();
                        let current = move || {
                            values.with(|vs| {
                                vs.iter().find(|v| v.value == own).map(|v| (v.count, v.selected))
                            })
                        };
                        let current_count = current.clone();
                        let count = move || current_count().map_or(0, |(n, _)| n);
                        let checked = move || current().is_some_and(|(_, selected)| selected);
                        let tooltip = value.label.clone();
                        let facet = facet.clone();
                        let toggle_value = value.value.clone();
                        let engine = engine.clone();
                        let toggle = move |_| {
                            let next = view.state.with_untracked(|s| {
                                let typed = engine.typed_filters(&s.query);
                                toggled_with_typed(s, &typed, &facet, &toggle_value)
                            });
                            view.navigate(next);
                        };
                        view! {
                            <li class="facet-value" data-value=value.value.clone()>
                                <label>
                                    <input
                                        type="checkbox"
                                        data-testid="facet-value"
                                        prop:checked=checked
                                        on:change=toggle
                                    />
                                    <span class="facet-label" title=tooltip>
                                        {value.label}
                                    </span>
                                    <span class="facet-count" data-testid="facet-count">
                                        {count}
                                    </span>
                                </label>
                            </li>
                        }
                    },
                )}
            </ul>
            {show_when(move || { n_values() > SHOWN_VALUES }, move || view! {
                <button
                    type="button"
                    class="link-button facet-more"
                    aria-expanded=move || expanded.get().to_string()
                    aria-label=move || {
                        if expanded.get() {
                            format!("Show fewer {} values", heading.lowercase())
                        } else {
                            format!("Show {} more {} values", n_values() - SHOWN_VALUES, heading.lowercase())
                        }
                    }
                    on:click=move |_| set_expanded.update(|e| *e = !*e)
                >
                    {move || {
                        if expanded.get() {
                            "Fewer".to_string()
                        } else {
                            format!("{} more", n_values() - SHOWN_VALUES)
                        }
                    }}
                </button>
            })}
        </section>
    }
}
