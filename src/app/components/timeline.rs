//! The overview's timeline: a vertical time axis, one stop per year, with
//! the documents dated in it and the figures about it; every item opens the
//! reader (figures at their passage). Built by `present::timeline`.

use std::sync::Arc;

use leptos::prelude::*;

use super::passage_link::{open_on_click, passage_href};
use super::show_when::show_when;
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
            {show_when(move || years.with(Vec::is_empty), move || view! {
                <p class="empty">"No dated documents or figures pass the filters in force."</p>
            })}
            // A plain list re-rendered when the view changes: it is short, and a
            // keyed `For` would add its own diffing code to the bundle.
            <ol class="timeline-years">
                {move || years.get().into_iter().map(year_view).collect_view()}
            </ol>
        </section>
    }
}

/// One line of a year: a document or a figure, as one template so the
/// bundle carries one piece of view code for both.
struct Entry {
    class: &'static str,
    testid: &'static str,
    doc: String,
    passage: Option<String>,
    /// Shown in bold before the text (a figure's value).
    lead: String,
    text: String,
    /// A small label after the link: the document's date or the figure's kind.
    note: String,
    /// Its CSS class (a figure's kind is a coloured badge).
    note_class: String,
}

fn year_view(year: TimelineYear) -> impl IntoView {
    let more = (year.more_facts > 0).then(|| {
        let n = year.more_facts;
        let noun = if n == 1 { "figure" } else { "figures" };
        format!("and {n} more {noun}")
    });
    let docs = year.documents.into_iter().map(|doc| Entry {
        class: "timeline-doc",
        testid: "timeline-doc",
        doc: doc.id,
        passage: None,
        lead: String::new(),
        text: format!("{} ({})", doc.title, doc.kind),
        note: doc.date,
        note_class: "timeline-note".to_string(),
    });
    let facts = year.facts.into_iter().map(|fact| Entry {
        class: "timeline-fact",
        testid: "timeline-fact",
        doc: fact.doc,
        passage: Some(fact.passage),
        lead: fact.value,
        text: fact.measure,
        note: fact.kind.to_string(),
        note_class: format!("badge badge-{}", fact.kind),
    });
    view! {
        <li class="timeline-year" data-testid="timeline-year" data-year=year.year>
            <h3 class="timeline-label">{year.year}</h3>
            <ul class="timeline-items">
                {docs.chain(facts).map(entry_view).collect_view()}
            </ul>
            {more.map(|more| view! { <p class="timeline-more">{more}</p> })}
        </li>
    }
}

fn entry_view(entry: Entry) -> impl IntoView {
    let href = passage_href(&entry.doc, entry.passage.as_deref());
    let open = open_on_click(entry.doc, entry.passage);
    let lead = (!entry.lead.is_empty()).then(|| view! { <strong>{entry.lead}" "</strong> });
    view! {
        <li class=entry.class data-testid=entry.testid>
            <a class="timeline-link" href=href on:click=open>
                {lead}
                {entry.text}
            </a>
            <span class=entry.note_class>{entry.note}</span>
        </li>
    }
}
