//! The answer card above the results: the figure that best answers the
//! query, large, with what it counts, as of when and of which kind; where it
//! was stated, linked to the passage; its series from the earliest figure to
//! the latest and on to its targets; and how many passages state it, which
//! open on request. Runner-up answers follow as one line each. It follows the
//! settled view, as the facts panel does, so it does not flicker while typing.

use std::sync::Arc;

use leptos::prelude::*;

use super::{PassageLink, TrendChart};
use crate::app::url::View;
use crate::decimal;
use crate::engine::Engine;
use crate::present::answer::{answers_for_view, AnswerView, SeriesStep, SourceView};
use crate::present::hits::plural;

/// The answers to the settled query, if any.
#[component]
pub fn AnswerCard() -> impl IntoView {
    let engine = expect_context::<Arc<Engine>>();
    let view = expect_context::<View>();
    let answers = Memo::new(move |_| view.settled.with(|s| answers_for_view(&engine, s)));
    move || {
        let answers = answers.get();
        let mut rest = answers.into_iter();
        let best = rest.next()?;
        let others: Vec<AnswerView> = rest.collect();
        Some(view! {
            <section class="answers" aria-label="Answer" data-testid="answers">
                <Best answer=best/>
                {(!others.is_empty()).then(|| view! { <Others answers=others/> })}
            </section>
        })
    }
}

/// The best answer, in full.
#[component]
fn Best(answer: AnswerView) -> impl IntoView {
    let (show_sources, set_show_sources) = signal(false);
    let source = answer.sources.first().cloned();
    let n_sources = answer.sources.len();
    let stated = format!("Stated in {}", plural(n_sources, "passage"));
    let sources = answer.sources.clone();
    let as_of = answer.as_of.clone().map(
        |(label, date)| view! { <span class="answer-date">{format!("{label} {date}")}</span> },
    );
    let converted = answer
        .converted
        .clone()
        .map(|c| view! { <span class="answer-converted">{format!("({c})")}</span> });
    // Asked for a period no figure of the measure was stated for: the card
    // says so rather than passing another period's figure off as the answer.
    let outside = answer.outside.clone().map(|period| {
        view! {
            <p class="answer-outside" role="note" data-testid="answer-outside">
                {format!("No figure was found for {period}; this one is for another period.")}
            </p>
        }
    });
    let written = (answer.text != answer.compact && !answer.text.is_empty()).then(
        || view! { <span class="answer-written">{format!("as written: “{}”", answer.text)}</span> },
    );
    view! {
        <article class="answer-card" data-testid="answer-card">
            <p class="answer-kind-line">
                <span class=format!("badge badge-{}", answer.kind) data-testid="answer-kind">
                    {answer.kind}
                </span>
                <span class="answer-measure" data-testid="answer-measure">{answer.measure.clone()}</span>
            </p>
            <p class="answer-figure">
                <data class="answer-value" data-testid="answer-value" value=decimal::plain(answer.value)>
                    {answer.compact.clone()}
                </data>
                " "
                {converted}
            </p>
            <p class="answer-meta">{as_of} {written}</p>
            {outside}
            {source.map(|s| view! { <p class="answer-source">"From " <SourceLink source=s testid="answer-source"/></p> })}
            {(!answer.series.is_empty()).then(|| view! { <SeriesLine steps=answer.series.clone()/> })}
            {answer.chart.clone().map(|chart| view! { <TrendChart chart/> })}
            <p class="answer-stated">
                <button
                    type="button"
                    class="link-button"
                    data-testid="answer-stated"
                    aria-expanded=move || show_sources.get().to_string()
                    on:click=move |_| set_show_sources.update(|s| *s = !*s)
                >
                    {stated}
                </button>
            </p>
            {move || show_sources.get().then(|| {
                let items = sources
                    .iter()
                    .cloned()
                    .map(|s| {
                        let sentence = s.sentence.clone();
                        view! {
                            <li>
                                <SourceLink source=s testid="answer-source-item"/>
                                <q class="answer-sentence">{sentence}</q>
                            </li>
                        }
                    })
                    .collect_view();
                view! { <ul class="answer-sources" data-testid="answer-sources">{items}</ul> }
            })}
        </article>
    }
}

/// The measure's figures in order, the answer's own marked.
#[component]
fn SeriesLine(steps: Vec<SeriesStep>) -> impl IntoView {
    let items = steps
        .into_iter()
        .map(|step| {
            let label = match step.kind {
                "target" => format!("target {}", step.compact),
                "change" => format!("change {}", step.compact),
                _ => step.compact.clone(),
            };
            let when = (!step.when.is_empty()).then(|| view! { <span class="series-when">{step.when.clone()}</span> });
            let body = view! { <span class="series-value">{label}</span> {when} };
            let inner = match step.source {
                Some(source) => view! {
                    <PassageLink doc=source.doc passage=Some(source.passage) class="series-link">
                        {body}
                    </PassageLink>
                }
                .into_any(),
                None => body.into_any(),
            };
            view! {
                <li class="series-step" class:current=step.current data-kind=step.kind aria-current=step.current.then_some("true")>
                    {inner}
                </li>
            }
        })
        .collect_view();
    view! { <ol class="answer-series" data-testid="answer-series" aria-label="Series">{items}</ol> }
}

/// A link to the passage that states a figure: document title, speaker, date.
#[component]
fn SourceLink(source: SourceView, testid: &'static str) -> impl IntoView {
    let speaker = source
        .speaker
        .clone()
        .map(|s| view! { <span class="answer-speaker">{s}</span> });
    let date = source
        .doc_date
        .clone()
        .map(|d| view! { <span class="answer-doc-date">{d}</span> });
    view! {
        <PassageLink doc=source.doc.clone() passage=Some(source.passage.clone()) class="answer-link" testid=testid>
            {source.doc_title.clone()}
        </PassageLink>
        {speaker}
        {date}
    }
}

/// Runner-up answers, a line each.
#[component]
fn Others(answers: Vec<AnswerView>) -> impl IntoView {
    let items = answers
        .into_iter()
        .map(|answer| {
            let when = answer.as_of.map(|(_, d)| format!(" ({d})")).unwrap_or_default();
            let text = format!("{}: {}{when}", answer.measure, answer.compact);
            let link = answer.sources.into_iter().next().map(|s| {
                view! {
                    <PassageLink doc=s.doc passage=Some(s.passage) class="answer-other-link" testid="answer-other">
                        {text.clone()}
                    </PassageLink>
                }
            });
            view! { <li class=format!("answer-other kind-{}", answer.kind)>{link}</li> }
        })
        .collect_view();
    view! {
        <details class="answer-others">
            <summary>"Other figures that may answer"</summary>
            <ul>{items}</ul>
        </details>
    }
}
