//! The overview's timeline: a vertical time axis, one stop per year, with
//! the documents dated in it and the figures about it; every item opens the
//! reader (figures at their passage). Built by `present::timeline`.

use std::sync::Arc;

use leptos::prelude::*;

use super::PassageLink;
use crate::app::url::View;
use crate::engine::Engine;
use crate::present::timeline::{timeline, TimelineYear};

/// Figures shown at most per year.
const FACTS_PER_YEAR: usize = 4;

/// The documents and dated figures on a time axis, oldest first.
#[component]
pub fn Timeline() -> impl IntoView {
    let engine = expect_context::<Arc<Engine>>();
    let view = expect_context::<View>();
    let years = Memo::new(move |_| {
        view.state
            .with(|s| timeline(engine.corpus(), s, FACTS_PER_YEAR))
    });
    view! {
        <section class="timeline" aria-labelledby="timeline-heading" data-testid="timeline">
            <div class="section-head">
                <h2 id="timeline-heading">"Timeline"</h2>
            </div>
            <Show when=move || years.with(Vec::is_empty)>
                <p class="empty">"No dated documents or figures pass the filters in force."</p>
            </Show>
            // A plain list re-rendered when the view changes: it is short, and a
            // keyed `For` would add its own diffing code to the bundle.
            <ol class="timeline-years">
                {move || years.get().into_iter().map(year_view).collect_view()}
            </ol>
        </section>
    }
}

fn year_view(year: TimelineYear) -> impl IntoView {
    let more = (year.more_facts > 0).then(|| {
        let n = year.more_facts;
        let noun = if n == 1 { "figure" } else { "figures" };
        view! { <li class="timeline-more">{format!("and {n} more {noun}")}</li> }
    });
    view! {
        <li class="timeline-year" data-testid="timeline-year" data-year=year.year>
            <h3 class="timeline-label">{year.year}</h3>
            <ul class="timeline-items">
                {year
                    .documents
                    .into_iter()
                    .map(|doc| {
                        view! {
                            <li class="timeline-doc" data-testid="timeline-doc">
                                <span class="kind">{doc.kind}</span>
                                <PassageLink doc=doc.id passage=None class="timeline-link">
                                    {doc.title}
                                </PassageLink>
                                <span class="date">{doc.date}</span>
                            </li>
                        }
                    })
                    .collect_view()}
                {year
                    .facts
                    .into_iter()
                    .map(|fact| {
                        let label = format!(
                            "{} {}, {}",
                            fact.value,
                            fact.measure,
                            fact.kind,
                        );
                        view! {
                            <li
                                class=format!("timeline-fact timeline-{}", fact.kind)
                                data-testid="timeline-fact"
                            >
                                <PassageLink
                                    doc=fact.doc
                                    passage=Some(fact.passage)
                                    class="timeline-link"
                                    label=label
                                >
                                    <strong>{fact.value}</strong>
                                    " "
                                    {fact.measure}
                                </PassageLink>
                                <span class=format!("badge badge-{}", fact.kind)>{fact.kind}</span>
                            </li>
                        }
                    })
                    .collect_view()}
                {more}
            </ul>
        </li>
    }
}
