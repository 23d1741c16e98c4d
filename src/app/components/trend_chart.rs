//! A fact card's series chart: the measure's figures across documents as a
//! small SVG line chart drawn from `present::chart::SeriesChart`. Achieved
//! figures are filled dots on a solid line, targets hollow dots on a dashed
//! one; every dot is a keyboard-focusable link to its passage in the reader.

use leptos::prelude::*;

use super::passage_link::{open_on_click, passage_href};
use crate::present::chart::{
    coordinate, SeriesChart, HEIGHT, PLOT_BOTTOM, PLOT_LEFT, PLOT_RIGHT, WIDTH,
};

/// How near the plot's edge a point's value label runs inwards.
const EDGE_ROOM: f64 = 12.0;

/// The chart of one series.
#[component]
pub fn TrendChart(
    /// The chart, as built by `present::chart::series_chart`.
    chart: SeriesChart,
) -> impl IntoView {
    let has_target = !chart.target_line.is_empty();
    let legend = if has_target {
        "Solid: achieved · dashed, hollow: target. Each dot opens its passage."
    } else {
        "Each dot opens its passage."
    };
    let view_box = format!("0 0 {} {}", coordinate(WIDTH), coordinate(HEIGHT));
    let y_ticks = chart
        .y_ticks
        .iter()
        .map(|tick| {
            let (at, label) = (tick.at, tick.label.clone());
            view! {
                <g>
                    <line class="grid" x1=coordinate(PLOT_LEFT) y1=coordinate(at) x2=coordinate(PLOT_RIGHT) y2=coordinate(at)></line>
                    <text class="tick" x=coordinate(PLOT_LEFT - 6.0) y=coordinate(at + 4.0) text-anchor="end">
                        {label}
                    </text>
                </g>
            }
        })
        .collect_view();
    let x_ticks = chart
        .x_ticks
        .iter()
        .map(|tick| {
            let (at, label) = (tick.at, tick.label.clone());
            view! {
                <g>
                    <text class="tick" x=coordinate(at) y=coordinate(HEIGHT - 8.0) text-anchor="middle">
                        {label}
                    </text>
                </g>
            }
        })
        .collect_view();
    // Value labels sit in their own groups: an `<a>` followed by a sibling in
    // one `view!` is built as an HTML link, which SVG does not draw.
    let values = chart
        .points
        .iter()
        .filter_map(|point| Some((point.x, point.y - 9.0, point.value_label.clone()?)))
        .map(|(x, y, value)| {
            // A label at the plot's edge runs inwards, clear of the value
            // axis's numbers and of the view box's edge.
            let anchor = if x - PLOT_LEFT < EDGE_ROOM {
                "start"
            } else if PLOT_RIGHT - x < EDGE_ROOM {
                "end"
            } else {
                "middle"
            };
            view! {
                <g>
                    <text class="value" x=coordinate(x) y=coordinate(y) text-anchor=anchor>
                        {value}
                    </text>
                </g>
            }
        })
        .collect_view();
    let points = chart
        .points
        .iter()
        .map(|point| {
            let href = passage_href(&point.doc, Some(&point.passage));
            let open = open_on_click(point.doc.clone(), Some(point.passage.clone()));
            let class = format!("point point-{}", point.kind);
            let (label, tooltip) = (point.label.clone(), point.label.clone());
            // The view macro makes a `<title>` beside other children an HTML
            // title, even inside an SVG link; built by hand it is SVG's, the
            // one a browser shows as the dot's tooltip.
            let tooltip = leptos::svg::title().child(tooltip);
            view! {
                <g>
                    <a
                        href=href
                        class=class
                        class:current=point.current
                        aria-label=label
                        data-testid="chart-point"
                        data-fact=point.fact.clone()
                        on:click=open
                    >
                        {tooltip}
                        <circle class="hit-area" cx=coordinate(point.x) cy=coordinate(point.y) r="11"></circle>
                        <circle class="dot" cx=coordinate(point.x) cy=coordinate(point.y) r="5"></circle>
                    </a>
                </g>
            }
        })
        .collect_view();
    view! {
        <figure class="trend" data-testid="trend-chart" data-series=chart.id.clone()>
            <svg
                viewBox=view_box
                role="group"
                aria-label=chart.title.clone()
                preserveAspectRatio="xMidYMid meet"
            >
                <desc>{chart.summary.clone()}</desc>
                <g aria-hidden="true">
                    {y_ticks}
                    {x_ticks}
                    <line class="axis" x1=coordinate(PLOT_LEFT) y1=coordinate(PLOT_BOTTOM) x2=coordinate(PLOT_RIGHT) y2=coordinate(PLOT_BOTTOM)></line>
                    <polyline class="line-actual" points=chart.actual_line.clone()></polyline>
                    <polyline class="line-target" points=chart.target_line.clone()></polyline>
                </g>
                {points}
                <g aria-hidden="true">{values}</g>
            </svg>
            <figcaption class="trend-caption">{legend}</figcaption>
        </figure>
    }
}
