//! One figure with its provenance: the value in words and as written, what it
//! counts, as of when, whether it is an achievement, a target or a change, and
//! a link to the passage it comes from, a "Cite" menu; the first card of a measure with
//! figures in several documents also charts them (`TrendChart`).

use leptos::prelude::*;

use super::{CiteMenu, PassageLink, TrendChart};
use crate::decimal;
use crate::present::cite_export::CiteTarget;
use crate::present::facts::FactView;
use crate::present::period::as_of_label;

/// A card for one fact.
#[component]
pub fn FactCard(
    /// The fact, as built by `present::facts::fact_view`.
    fact: FactView,
) -> impl IntoView {
    let written = (fact.text != fact.compact).then(|| {
        view! {
            <dt>"As written"</dt>
            <dd class="fact-written">"“"{fact.text.clone()}"”"</dd>
        }
    });
    let exact = (fact.exact != fact.compact).then(|| {
        view! {
            <dt>"Exactly"</dt>
            <dd class="fact-exact">{fact.exact.clone()}</dd>
        }
    });
    let as_of = fact.date.as_deref().map(as_of_label).map(|(label, date)| {
        view! {
            <dt>{label}</dt>
            <dd class="fact-date">{date}</dd>
        }
    });
    let unit = (!fact.unit.is_empty()).then(|| {
        view! {
            <dt>"Unit"</dt>
            <dd class="fact-unit">{fact.unit.clone()}</dd>
        }
    });
    let converted = fact.converted.clone().map(|c| {
        view! {
            <dt>"Also given as"</dt>
            <dd class="fact-converted">{c}</dd>
        }
    });
    let stated = (fact.sources.len() > 1).then(|| {
        view! {
            <dt>"Stated in"</dt>
            <dd class="fact-sources" data-testid="fact-sources">{format!("{} passages", fact.sources.len())}</dd>
        }
    });
    let link_label = format!("Open the passage in {}", fact.doc_title);
    view! {
        <li class="fact-card" data-testid="fact-card" data-fact=fact.id.clone()>
            <p class="fact-kind-line">
                <span class=format!("badge badge-{}", fact.kind) data-testid="fact-kind">
                    {fact.kind}
                </span>
                <span class="fact-measure">{fact.measure.clone()}</span>
            </p>
            <p class="fact-figure">
                <data class="fact-value" value=decimal::plain(fact.value)>
                    {fact.compact.clone()}
                </data>
            </p>
            {fact.chart.clone().map(|chart| view! { <TrendChart chart/> })}
            <dl class="fact-details">{written} {exact} {converted} {unit} {as_of} {stated}</dl>
            <p class="fact-source">
                <PassageLink
                    doc=fact.doc.clone()
                    passage=Some(fact.passage.clone())
                    class="fact-link"
                    testid="fact-link"
                    label=link_label
                >
                    {fact.doc_title.clone()}
                </PassageLink>
                {fact.speaker.clone().map(|s| view! { <span class="fact-speaker">{s}</span> })}
                {fact.doc_date.clone().map(|d| view! { <span class="fact-doc-date">{d}</span> })}
            </p>
            <CiteMenu
                targets=vec![CiteTarget::Figure(fact.id.clone())]
                what=format!("this figure, {}", fact.compact)
                stem=fact.id.clone()
            />
        </li>
    }
}
