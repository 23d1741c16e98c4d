//! The most mentioned people and organisations. Choosing one searches for it.
//! The block is left out when the corpus names no one.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::url::View;
use crate::corpus::EntityKind;
use crate::engine::Engine;
use crate::present::overview::{top_entities, EntityView};
use crate::view_state::ViewState;

/// Entities of each kind shown at most.
const PER_KIND: usize = 8;

/// People and organisations, most mentioned first.
#[component]
pub fn EntityList() -> impl IntoView {
    let engine = expect_context::<Arc<Engine>>();
    let view = expect_context::<View>();
    let groups: Vec<(&'static str, Vec<EntityView>)> = [
        ("People", EntityKind::Person),
        ("Organisations", EntityKind::Organisation),
    ]
    .into_iter()
    .map(|(label, kind)| (label, top_entities(engine.corpus(), kind, PER_KIND)))
    .filter(|(_, entities)| !entities.is_empty())
    .collect();
    if groups.is_empty() {
        return ().into_any();
    }
    let search = move |name: String| {
        view.navigate(ViewState {
            query: name,
            ..ViewState::default()
        })
    };
    view! {
        <section class="entities" aria-labelledby="entities-heading" data-testid="entities">
            <h2 id="entities-heading">"Most mentioned"</h2>
            {groups
                .into_iter()
                .map(|(label, entities)| {
                    view! {
                        <h3 class="entity-kind">{label}</h3>
                        <ul class="chips">
                            {entities
                                .into_iter()
                                .map(|entity| {
                                    let name = entity.name.clone();
                                    let title = match &entity.role {
                                        Some(role) => format!("{role}. Search for {name}"),
                                        None => format!("Search for {name}"),
                                    };
                                    view! {
                                        <li>
                                            <button
                                                type="button"
                                                class="chip"
                                                data-testid="entity"
                                                title=title
                                                on:click=move |_| search(name.clone())
                                            >
                                                {entity.name}
                                                <span class="chip-count">
                                                    {entity.mentions}
                                                    <span class="visually-hidden">" passages"</span>
                                                </span>
                                            </button>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })
                .collect_view()}
        </section>
    }
    .into_any()
}
