//! The small series chart on a fact card: where a measure has points in
//! several documents (a corpus `Series`), where each point sits in an SVG
//! view box, what the axes say, and what each point links to. The component
//! only draws what [`series_chart`] returns.
//!
//! Invariant: every coordinate is finite and inside the view box; a series
//! with fewer than two dated points gives no chart.

use super::number::group_thousands;
use super::period::bounds;
use crate::corpus::{Corpus, Fact, FactIdx, FactKind, Series};
use crate::decimal;

/// Width of the view box.
pub const WIDTH: f64 = 320.0;
/// Height of the view box.
pub const HEIGHT: f64 = 132.0;
/// Left edge of the plot area (room for value labels).
pub const PLOT_LEFT: f64 = 46.0;
/// Right edge of the plot area.
pub const PLOT_RIGHT: f64 = WIDTH - 14.0;
/// Top edge of the plot area (room for a value label above the top point).
pub const PLOT_TOP: f64 = 20.0;
/// Bottom edge of the plot area (room for date labels below).
pub const PLOT_BOTTOM: f64 = HEIGHT - 26.0;

/// One point of the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartPoint {
    /// Fact id.
    pub fact: String,
    /// Document id of the fact's passage.
    pub doc: String,
    /// Passage id the point links to.
    pub passage: String,
    /// Horizontal position in the view box.
    pub x: f64,
    /// Vertical position in the view box.
    pub y: f64,
    /// `actual`, `target` or `change`.
    pub kind: &'static str,
    /// Whether this is the fact of the card the chart is on.
    pub current: bool,
    /// The value in a few characters, drawn above the point, when there is
    /// room for it (see [`label_values`]).
    pub value_label: Option<String>,
    /// What the point says, for its link's accessible name and tooltip:
    /// `2021: 218 billion yuan (actual), Press conference on IP protection`.
    pub label: String,
}

/// A label on an axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Position along its axis in the view box (x for dates, y for values).
    pub at: f64,
    /// The text.
    pub label: String,
}

/// Everything the chart of one series shows.
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesChart {
    /// Series id (unique in the corpus).
    pub id: String,
    /// Chart title: what the series counts.
    pub title: String,
    /// A sentence describing the series for screen readers.
    pub summary: String,
    /// Points in time order.
    pub points: Vec<ChartPoint>,
    /// `x,y` pairs of the solid line through the achieved (non-target) points.
    pub actual_line: String,
    /// `x,y` pairs of the dashed line to the targets, from the last achieved
    /// point before them; empty without targets.
    pub target_line: String,
    /// Date labels along the bottom.
    pub x_ticks: Vec<Tick>,
    /// Value labels along the left.
    pub y_ticks: Vec<Tick>,
}

/// The chart for the series the fact at index `fact` belongs to, with it
/// marked current; `None` when it belongs to none or the series has fewer
/// than two dated points. A series holds each figure once, through its first
/// fact: a fact that states the same figure again (or converts it) finds the
/// chart through its figure. The corpus's `Series` and `Figure`s already
/// hold all of this, so it is looked up by index, never rebuilt.
pub fn series_chart(corpus: &Corpus, fact: FactIdx) -> Option<SeriesChart> {
    let in_series = |idx: FactIdx| corpus.series.iter().find(|s| s.facts.contains(&idx));
    let id = |idx: FactIdx| corpus.facts.get(idx as usize).map(|f| f.id.as_str());
    if let Some(series) = in_series(fact) {
        return build(corpus, series, id(fact)?);
    }
    let figure =
        (corpus.figures.iter()).find(|f| f.facts.contains(&fact) || f.converted == Some(fact))?;
    let first = *figure.facts.first()?;
    build(corpus, in_series(first)?, id(first)?)
}

fn build(corpus: &Corpus, series: &Series, current: &str) -> Option<SeriesChart> {
    // (fact, when as a fractional year, when as written)
    let dated: Vec<(&Fact, f64, String)> = series
        .facts
        .iter()
        .filter_map(|&f| corpus.facts.get(f as usize))
        .filter(|f| f.value.is_finite())
        .filter_map(|f| {
            let when = when(corpus, f)?;
            Some((f, fractional_year(&when)?, when))
        })
        .collect();
    if dated.len() < 2 {
        return None;
    }
    let x_scale = Scale::new(dated.iter().map(|d| d.1), PLOT_LEFT, PLOT_RIGHT, false);
    let y_scale = Scale::new(dated.iter().map(|d| d.0.value), PLOT_BOTTOM, PLOT_TOP, true);
    let points: Vec<ChartPoint> = dated
        .iter()
        .map(|(fact, year, when)| ChartPoint {
            fact: fact.id.clone(),
            doc: doc_id(corpus, fact),
            passage: corpus
                .passages
                .get(fact.passage as usize)
                .map(|p| p.id.clone())
                .unwrap_or_default(),
            x: x_scale.at(*year),
            y: y_scale.at(fact.value),
            kind: fact.kind.as_str(),
            current: fact.id == current,
            value_label: Some(short_number(fact.value, &series.unit)),
            label: point_label(corpus, fact, when, &series.unit),
        })
        .collect();
    let points = label_values(points);
    let is_target = |p: &&ChartPoint| p.kind == FactKind::Target.as_str();
    let achieved: Vec<&ChartPoint> = points.iter().filter(|p| !is_target(p)).collect();
    let targets: Vec<&ChartPoint> = points.iter().filter(is_target).collect();
    let mut target_line: Vec<&ChartPoint> = Vec::new();
    if let Some(first) = targets.first() {
        target_line.extend(achieved.iter().rev().find(|p| p.x <= first.x).copied());
        target_line.extend(targets.iter().copied());
    }
    let summary = summary(&series.measure, &series.unit, &dated);
    Some(SeriesChart {
        id: series.id.clone(),
        title: format!("{} over time", series.measure),
        summary,
        actual_line: polyline(&achieved),
        target_line: if target_line.len() > 1 {
            polyline(&target_line)
        } else {
            String::new()
        },
        x_ticks: x_ticks(&dated, &points),
        y_ticks: y_scale
            .ticks()
            .into_iter()
            .map(|v| Tick {
                at: y_scale.at(v),
                label: short_number(v, &series.unit),
            })
            .collect(),
        points,
    })
}

/// Points that may carry their value above them: at most six points, and
/// each label at least a label's width right of the last one shown.
fn label_values(mut points: Vec<ChartPoint>) -> Vec<ChartPoint> {
    const MAX_LABELLED: usize = 6;
    const LABEL_WIDTH: f64 = 30.0;
    let crowded = points.len() > MAX_LABELLED;
    let mut last_x = f64::NEG_INFINITY;
    for point in &mut points {
        if crowded || point.x - last_x < LABEL_WIDTH {
            point.value_label = None;
        } else {
            last_x = point.x;
        }
    }
    points
}

/// A value in a few characters for an axis: `480K`, `218B`, `12.5%`.
pub fn short_number(value: f64, unit: &str) -> String {
    let abs = value.abs();
    let scaled = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")]
        .iter()
        .find(|(scale, _)| abs >= *scale && unit != "%")
        .map(|(scale, suffix)| format!("{}{suffix}", group_thousands(round1(value / scale))))
        .unwrap_or_else(|| group_thousands(round1(value)));
    if unit == "%" {
        format!("{scaled}%")
    } else {
        scaled
    }
}

/// An ISO date or interval (`2021`, `2023-12`, `2021-04-25`, `2016/2020`,
/// `2021/..`) as a fractional year; an interval counts as its end when it has one.
pub fn fractional_year(iso: &str) -> Option<f64> {
    let (start, end) = bounds(iso);
    let point = end.or(start)?;
    let mut parts = point.split('-');
    let year: u16 = parts.next()?.parse().ok()?;
    // Whole numbers only: parsing them as floats would link the standard
    // float parser and its 10 KB table into the bundle for nothing.
    let whole = |part: Option<&str>| {
        part.and_then(|p| p.parse::<u32>().ok())
            .map_or(1.0, f64::from)
    };
    let month = whole(parts.next());
    let day = whole(parts.next());
    let fraction = ((month.clamp(1.0, 12.0) - 1.0) * 30.5 + day.clamp(1.0, 31.0) - 1.0) / 366.0;
    Some(f64::from(year) + fraction)
}

/// A linear map from a data range onto a pixel range.
struct Scale {
    lo: f64,
    hi: f64,
    from: f64,
    to: f64,
}

impl Scale {
    /// Covers `values`; a value scale starts at zero and ends on a round number.
    fn new(values: impl Iterator<Item = f64>, from: f64, to: f64, is_value: bool) -> Scale {
        let (mut lo, mut hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
        if is_value {
            lo = round_out(lo.min(0.0));
            hi = round_out(hi.max(0.0));
        }
        if hi - lo < f64::EPSILON * hi.abs().max(1.0) {
            // One distinct value: centre it.
            (lo, hi) = (lo - 1.0, hi + 1.0);
        }
        Scale { lo, hi, from, to }
    }

    fn at(&self, value: f64) -> f64 {
        let t = ((value - self.lo) / (self.hi - self.lo)).clamp(0.0, 1.0);
        round1(self.from + t * (self.to - self.from))
    }

    /// The ends and zero.
    fn ticks(&self) -> Vec<f64> {
        let mut ticks = vec![self.lo, self.hi];
        if self.lo < 0.0 && self.hi > 0.0 {
            ticks.insert(1, 0.0);
        }
        ticks
    }
}

/// Rounds away from zero to 1, 2, 2.5 or 5 times a power of ten.
fn round_out(value: f64) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return 0.0;
    }
    let abs = value.abs();
    // The power of ten at or below `abs`, found by steps rather than with
    // `log10`/`powf`, which would pull libm's code into the wasm bundle.
    let mut magnitude = 1.0;
    while magnitude * 10.0 <= abs && magnitude < 1e300 {
        magnitude *= 10.0;
    }
    while magnitude > abs && magnitude > 1e-300 {
        magnitude /= 10.0;
    }
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|candidate| *candidate >= abs * (1.0 - 1e-9))
        .unwrap_or(10.0 * magnitude);
    step.copysign(value)
}

/// One label per year that has a point, at its first point; at most five,
/// spread evenly and always keeping the first and last.
fn x_ticks(dated: &[(&Fact, f64, String)], points: &[ChartPoint]) -> Vec<Tick> {
    let mut ticks: Vec<Tick> = Vec::new();
    for ((_, year, _), point) in dated.iter().zip(points) {
        let label = decimal::fixed(year.floor(), 0);
        if ticks.last().is_none_or(|t| t.label != label) {
            ticks.push(Tick { at: point.x, label });
        }
    }
    const MAX: usize = 5;
    if ticks.len() > MAX {
        let last = ticks.len() - 1;
        let keep: Vec<usize> = (0..MAX).map(|i| i * last / (MAX - 1)).collect();
        ticks = keep.into_iter().map(|i| ticks[i].clone()).collect();
    }
    // Labels closer than a label's width would overlap: keep the earlier one.
    let mut spaced: Vec<Tick> = Vec::new();
    for tick in ticks {
        if spaced.last().is_none_or(|t| tick.at - t.at >= 30.0) {
            spaced.push(tick);
        }
    }
    spaced
}

fn point_label(corpus: &Corpus, fact: &Fact, when: &str, unit: &str) -> String {
    let title = corpus
        .documents
        .get(fact.doc as usize)
        .map(|d| d.title.trim())
        .unwrap_or_default();
    let value = super::number::format_compact(fact.value, unit);
    format!("{when}: {value} ({}), {title}", fact.kind.as_str())
}

fn summary(measure: &str, unit: &str, dated: &[(&Fact, f64, String)]) -> String {
    let first = &dated[0];
    let last = &dated[dated.len() - 1];
    let value = |f: &Fact| super::number::format_compact(f.value, unit);
    format!(
        "{} figures for {measure} from {} to {}: {} in {}, {} in {}.",
        dated.len(),
        first.2,
        last.2,
        value(first.0),
        first.2,
        value(last.0),
        last.2,
    )
}

fn when(corpus: &Corpus, fact: &Fact) -> Option<String> {
    fact.date.clone().or_else(|| {
        corpus
            .documents
            .get(fact.doc as usize)
            .and_then(|d| d.date)
            .map(|d| d.iso())
    })
}

fn doc_id(corpus: &Corpus, fact: &Fact) -> String {
    corpus
        .documents
        .get(fact.doc as usize)
        .map(|d| d.id.clone())
        .unwrap_or_default()
}

fn polyline(points: &[&ChartPoint]) -> String {
    points
        .iter()
        .map(|p| format!("{},{}", coordinate(p.x), coordinate(p.y)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A view-box coordinate as SVG attribute text: one decimal at most, as
/// [`Scale::at`] rounds them.
pub fn coordinate(value: f64) -> String {
    decimal::trimmed(value, 1)
}

fn round1(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    fn chart_for(corpus: &Corpus, fact_id: &str) -> Option<SeriesChart> {
        let fact = corpus.facts.iter().position(|f| f.id == fact_id)?;
        series_chart(corpus, fact as FactIdx)
    }

    /// The points as `fact kind x,y` lines, and the lines and ticks.
    fn render(chart: &SeriesChart) -> String {
        let mut out = String::new();
        for p in &chart.points {
            let mark = if p.current { "*" } else { " " };
            let value = p.value_label.as_deref().unwrap_or("-");
            out += &format!(
                "{mark}{} {} {},{} {value} -> {}\n",
                p.fact, p.kind, p.x, p.y, p.passage
            );
        }
        out += &format!(
            "actual: {}\ntarget: {}\n",
            chart.actual_line, chart.target_line
        );
        let ticks = |t: &[Tick]| {
            t.iter()
                .map(|t| format!("{}@{}", t.label, t.at))
                .collect::<Vec<_>>()
                .join(" ")
        };
        out += &format!(
            "x: {}\ny: {}\n",
            ticks(&chart.x_ticks),
            ticks(&chart.y_ticks)
        );
        out
    }

    #[test]
    fn series_points_in_time_order_with_the_target_dashed() {
        let corpus = fixture::corpus_with_series();
        let chart = chart_for(&corpus, "report#p1/f1").expect("a chart");
        expect_test::expect![[r#"
             conf#p2/f1 actual 46,68.5 218B -> conf#p2
            *report#p1/f1 actual 176,51 320B -> report#p1
             report#p1/f2 target 306,20 500B -> report#p1
            actual: 46,68.5 176,51
            target: 176,51 306,20
            x: 2021@46 2023@176 2025@306
            y: 0@106 500B@20
        "#]]
        .assert_eq(&render(&chart));
        assert_eq!(chart.title, "pledge financing over time");
        assert_eq!(
            chart.summary,
            "3 figures for pledge financing from 2021 to 2025: 218 billion yuan in 2021, 500 billion yuan in 2025."
        );
        assert_eq!(
            chart.points[2].label,
            "2025: 500 billion yuan (target), Annual report on IP finance"
        );
    }

    #[test]
    fn facts_outside_any_series_have_no_chart() {
        let corpus = fixture::corpus_with_series();
        assert_eq!(chart_for(&corpus, "conf#p4/f1"), None);
        assert_eq!(chart_for(&fixture::corpus(), "conf#p2/f1"), None);
    }

    #[test]
    fn every_statement_of_a_charted_figure_finds_its_chart() {
        let corpus = crate::data::corpus();
        for figure in &corpus.figures {
            let charts: Vec<Option<String>> = figure
                .facts
                .iter()
                .map(|f| series_chart(&corpus, *f).map(|c| c.id))
                .collect();
            assert!(charts.windows(2).all(|w| w[0] == w[1]), "{figure:?}");
        }
        // 218 billion yuan is stated in three passages and charted once.
        let pledge = corpus
            .series
            .iter()
            .find(|s| s.measure.contains("pledge"))
            .expect("a pledge financing series");
        let points = build(&corpus, pledge, "").map(|c| c.points.len());
        assert_eq!(points, Some(2));
    }

    #[test]
    fn undated_points_are_left_out_and_one_point_is_no_chart() {
        let mut corpus = fixture::corpus_with_series();
        for fact in &mut corpus.facts[4..] {
            fact.date = None;
        }
        corpus.documents[2].date = None;
        assert_eq!(chart_for(&corpus, "conf#p2/f1"), None);
    }

    #[test]
    fn every_coordinate_stays_in_the_view_box() {
        let mut corpus = fixture::corpus_with_series();
        // Same date everywhere, a negative and a huge value.
        for (fact, value) in corpus.facts[4..].iter_mut().zip([-3.0, 1e300]) {
            fact.date = Some("2021".to_string());
            fact.value = value;
        }
        let chart = chart_for(&corpus, "conf#p2/f1").expect("a chart");
        for p in &chart.points {
            assert!((PLOT_LEFT..=PLOT_RIGHT).contains(&p.x), "{p:?}");
            assert!((PLOT_TOP..=PLOT_BOTTOM).contains(&p.y), "{p:?}");
        }
        assert!(chart.y_ticks.iter().any(|t| t.label == "0"));
    }

    #[test]
    fn values_are_labelled_only_where_there_is_room() {
        let mut corpus = fixture::corpus_with_series();
        // Two figures a month apart: the second label would overlap the first.
        corpus.facts[4].date = Some("2021-02".to_string());
        let chart = chart_for(&corpus, "conf#p2/f1").expect("a chart");
        let labels: Vec<Option<&str>> = chart
            .points
            .iter()
            .map(|p| p.value_label.as_deref())
            .collect();
        assert_eq!(labels, [Some("218B"), None, Some("500B")]);
    }

    #[test]
    fn dates_and_intervals_become_fractional_years() {
        assert_eq!(fractional_year("2021"), Some(2021.0));
        assert!(fractional_year("2021-07-01").unwrap() > 2021.4);
        assert_eq!(fractional_year("2016/2020"), Some(2020.0));
        assert_eq!(fractional_year("2021/.."), Some(2021.0));
        assert_eq!(fractional_year("soon"), None);
        assert_eq!(fractional_year(""), None);
    }

    #[test]
    fn axis_numbers_are_short() {
        assert_eq!(short_number(218e9, "yuan"), "218B");
        assert_eq!(short_number(480_000.0, "cases"), "480K");
        assert_eq!(short_number(1_250_000.0, "people"), "1.3M");
        assert_eq!(short_number(12.5, "%"), "12.5%");
        assert_eq!(short_number(0.0, ""), "0");
    }

    #[test]
    fn round_numbers_for_the_value_axis() {
        assert_eq!(round_out(218.0), 250.0);
        assert_eq!(round_out(500.0), 500.0);
        assert_eq!(round_out(-3.0), -5.0);
        assert_eq!(round_out(0.0), 0.0);
        assert_eq!(round_out(0.03), 0.05);
        assert_eq!(round_out(1.0), 1.0);
        let huge = round_out(1e300);
        assert!(huge.is_finite() && huge >= 1e300, "{huge}");
    }

    #[test]
    fn every_series_of_the_seed_corpus_charts_inside_the_box() {
        let corpus = crate::data::corpus();
        for series in &corpus.series {
            let Some(chart) = build(&corpus, series, "") else {
                continue;
            };
            println!("{} {} points", chart.id, chart.points.len());
            assert!(chart.points.len() >= 2);
            for p in &chart.points {
                assert!((PLOT_LEFT..=PLOT_RIGHT).contains(&p.x), "{p:?}");
                assert!((PLOT_TOP..=PLOT_BOTTOM).contains(&p.y), "{p:?}");
                assert!(!p.passage.is_empty() && !p.doc.is_empty(), "{p:?}");
            }
        }
    }
}
