//! Zero results with filters in force: one link per filter that drops it,
//! with how many passages then match (see `present::relax`).

use std::sync::Arc;

use leptos::prelude::*;

use super::keyed_list::keyed_list;
use super::show_when::show_when;
use crate::app::url::View;
use crate::engine::Engine;
use crate::present::hits::plural;
use crate::present::relax::relaxations;

/// The offers, shown only while the search matches nothing.
#[component]
pub fn FilterOffers(
    /// Passages the current search matches.
    total: Memo<usize>,
) -> impl IntoView {
    let engine = expect_context::<Arc<Engine>>();
    let view = expect_context::<View>();
    let offers = Memo::new(move |_| {
        if total.get() > 0 {
            return Vec::new();
        }
        view.state.with(|s| relaxations(&engine, s))
    });
    view! {
        {show_when(move || offers.with(|o| !o.is_empty()), move || view! {
            <div class="filter-offers" data-testid="filter-offers">
                <p class="filter-offers-lead">"Nothing matches with these filters. Without one:"</p>
                <ul>
                    {keyed_list(
                        move || offers.get(),
                        |offer| offer.label.clone(),
                        move |offer| {
                            let href = offer.next.to_query_string();
                            let next = offer.next.clone();
                            let go = move |ev: leptos::ev::MouseEvent| {
                                if crate::app::browser::is_plain_click(&ev) {
                                    ev.prevent_default();
                                    view.navigate(next.clone());
                                }
                            };
                            view! {
                                <li>
                                    <a href=href data-testid="filter-offer" on:click=go>
                                        {format!("Without {}", offer.label)}
                                    </a>
                                    {format!(": {}", plural(offer.count, "passage"))}
                                </li>
                            }
                        },
                    )}
                </ul>
            </div>
        })}
    }
}
