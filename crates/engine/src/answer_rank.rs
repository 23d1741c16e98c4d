//! The sort key of an answer figure, compared field by field, larger first:
//! the unit hinted, the measure match in steps of [`SCORE_STEPS`], the scope,
//! the kind asked, a canonical figure before a sentence figure, the period
//! asked and the nearness to it, the date asked, the finer measure match,
//! the date, the number of sources and corpus order. [`super::answers`]
//! explains the order; [`super::answer_periods`] reads the dates.
//!
//! Invariant: the key ends in the figure's index, so no two figures tie.

use super::answer_periods::{day_of, months_of, period_fit, years_apart};
use super::answer_units::{
    asks_multiple, asks_time, fee_rate, is_multiple, names_a_wait, unit_fits,
};
use super::intent::{Asked, Intent, UnitHint, When};
use super::search::Engine;
use ipx_corpus::lower::Lowercase;
use ipx_corpus::{FactKind, Figure, FigureIdx};

/// Measure match is compared in steps of `1 / SCORE_STEPS`: closer scores
/// are equal, and the kind, period and date decide.
pub const SCORE_STEPS: f32 = 5.0;

/// Added to the date key of a figure with a date of its own: more than any
/// (year · 13 + month) · 32 + day.
const DATED: i32 = 1 << 20;

/// How a figure sorts; compared field by field, larger first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Key {
    /// A unit hint ("how many days", "how much money") is explicit: only
    /// figures in such a unit can answer it, so they come first. Without
    /// one, a length of time comes last unless the question names a time
    /// ("examination time", "review period").
    unit_first: u8,
    pub(crate) score: i32,
    /// How closely the figure holds the question's scope words (see
    /// [`Engine::covered`]): a figure at the place or in the group asked
    /// about before one that only shares its passage.
    pub(crate) scope: u8,
    kind: u8,
    /// 1 for a canonical figure, 0 for a sentence figure
    /// ([`super::sentence_answers`]): of figures that match as well, with
    /// the scope and kind asked, the canonical one comes first.
    pub(crate) named: u8,
    pub(crate) period: u8,
    /// 0 when the figure counts other things than a "how many" question
    /// names (its unit names them, and neither it nor its measure names
    /// the things asked): of measures that match about as well in the
    /// period asked, the 412,388 works a register holds answer "how many
    /// works", not the 19 organisations a newer line counts.
    counted: u8,
    /// Minus the years between the period asked and a figure outside it
    /// (0 for one inside it): "in 2022" is answered by 2023's figure
    /// before 2025's when no figure of 2022 is stated.
    nearness: i32,
    /// `when` for a question that says "now" or "before": then the date
    /// asked outranks a finer measure match.
    asked_when: i32,
    /// The measure match itself, finer than `score`: figures of one
    /// measure share their best's, so this only orders measures, and a
    /// clearly better named measure is not beaten by a newer date.
    fine: i32,
    when: i32,
    sources: usize,
    order: std::cmp::Reverse<FigureIdx>,
    /// The step `score` holds for the kind asked (1 for a target when a
    /// goal is asked), so a measure lifted to another's score keeps its
    /// own. Last, so it orders nothing.
    pub(crate) boost: i32,
}

impl Engine {
    /// The sort key of a figure (larger first).
    pub(crate) fn key(&self, figure: &Figure, idx: FigureIdx, score: f32, intent: &Intent) -> Key {
        let span = self.figure_years(figure);
        let kind = match (intent.asked, figure.kind) {
            (Some(Asked::Target), FactKind::Target) | (Some(Asked::Change), FactKind::Change) => 2,
            (Some(Asked::Target | Asked::Change), _) => 0,
            (_, FactKind::Actual) => 2,
            (_, FactKind::Target) => 1,
            (_, FactKind::Change) => 0,
        };
        // A question that hints no unit and names no length of time is
        // answered by a length of time only when nothing else matches, and
        // one that names no multiple by a multiple (`more than double`).
        let unit = match intent.unit {
            // "What is the annual guarantee fee?": a charge may be a share
            // of a sum (`Guarantee fee: 0.8% of the guaranteed amount`).
            Some(hint) => unit_fits(hint, &figure.unit) || fee_rate(intent, &figure.unit),
            None => {
                (!unit_fits(UnitHint::Duration, &figure.unit) || asks_time(intent))
                    && (!is_multiple(&figure.unit) || asks_multiple(intent))
            }
        };
        // An undated figure is as of its document's date at most: it fits
        // a period no better than a figure overlapping it.
        let period = match (intent.period, span) {
            (Some(period), Some(span)) if figure.date.is_some() => {
                period_fit(period, span, self.doc_year(figure))
            }
            (Some(period), Some(span)) => period_fit(period, span, self.doc_year(figure)).min(1),
            _ => 0,
        };
        // "in the third quarter", "at the end of April": the figure for
        // those months first, within the period's fit.
        let figure_months = figure.date.as_deref().and_then(months_of);
        // "so far this year": a running total from January first.
        let running =
            intent.to_date && figure_months.is_some_and(|(first, last)| first == 1 && last > 1);
        let months = (intent.months.is_some() && intent.months == figure_months) || running;
        let period = period * 2 + u8::from(months);
        // With no figure of the period asked, the nearest period's answers.
        let nearness = match (intent.period, span) {
            (Some(asked), Some(span)) if period < 2 => {
                -i32::from(years_apart(asked, span, self.doc_year(figure)))
            }
            _ => 0,
        };
        // A figure dated by its own text is as of that date; an undated one
        // is as of its document's date at most, and often a baseline the
        // text compares with ("doubled from 84.85 billion"), so it counts
        // as older than every dated figure.
        // Two stocks of one month (`at 30 October`, `at 31 October`): the
        // later day is the later figure.
        let day = figure.date.as_deref().map_or(0, day_of);
        let date = span.map_or(0, |(_, end, month)| {
            (i32::from(end) * 13 + i32::from(month)) * 32 + i32::from(day)
        }) + if figure.date.is_some() { DATED } else { 0 };
        let when = if intent.when == When::Earlier {
            -date
        } else {
            date
        };
        // "What is the goal for …?": a target is the answer even when an
        // actual figure names the measure a step better (`600 patent
        // applications` as the goal for 2026 against `412 patent
        // applications filed by Northstar`).
        // So is a change for "by how much did … rise?" (`8.8%` of
        // `detention cases opened` against `3,126 detention cases`).
        let asked_kind = matches!(
            (intent.asked, figure.kind),
            (Some(Asked::Target), FactKind::Target) | (Some(Asked::Change), FactKind::Change)
        );
        // "How many works …?" is not answered by a count of organisations
        // when a count of works matches about as well.
        let counts_other = (intent.counted.as_deref())
            .filter(|_| intent.unit == Some(UnitHint::Count) && figure.unit != "count")
            .is_some_and(|c| {
                let unit = figure.unit.rsplit(' ').next().unwrap_or("").lowercase();
                let unit = crate::synonyms::answer_term(&unit, &crate::fold::stem(&unit));
                let measure = self.answer_words().terms(figure.measure as usize);
                unit != c && !measure.iter().any(|t| t == c)
            });
        Key {
            // "the time to judgment": of figures that fit, a length of time first.
            unit_first: u8::from(unit) * 2
                + u8::from(
                    unit && names_a_wait(intent) && unit_fits(UnitHint::Duration, &figure.unit),
                ),
            score: (score * SCORE_STEPS).floor() as i32 + i32::from(asked_kind),
            counted: u8::from(!counts_other),
            scope: 0,
            kind,
            named: 1,
            period,
            nearness,
            asked_when: if intent.when == When::Any { 0 } else { when },
            when,
            fine: (score * 1000.0).round() as i32,
            sources: figure.facts.len(),
            order: std::cmp::Reverse(idx),
            boost: i32::from(asked_kind),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::answer_checks::{first, first_over, show};
    use crate::fixture;
    use crate::search::{Engine, SearchRequest};

    #[test]
    fn a_goal_asked_is_answered_by_a_target_a_step_less_well_named() {
        let note = "Seed Company Summary\n\nDate: 28 January 2025\n\nSeed variety applications filed by Northfield declined to 412 in 2024. The goal for 2026 is 600 seed variety applications.\n";
        for query in [
            "What is Northfield's goal for seed variety applications?",
            "How many seed variety applications does Northfield aim for?",
            "What is the target for seed variety applications?",
        ] {
            assert_eq!(
                first_over(note, query),
                "600 applications 2026 target",
                "{query}"
            );
        }
        assert_eq!(
            first_over(
                note,
                "How many seed variety applications did Northfield file?"
            ),
            "412 applications 2024 actual"
        );
    }

    #[test]
    fn latest_actual_figure_first_when_no_period_is_asked() {
        assert_eq!(
            first("How many IP professionals does China have?"),
            "860000 people 2023-12 actual"
        );
        assert_eq!(first("IP professionals"), "860000 people 2023-12 actual");
    }

    #[test]
    fn the_asked_period_beats_the_latest() {
        assert_eq!(
            first("How many IP professionals were there in 2020?"),
            "690000 people 2020 actual"
        );
        assert_eq!(
            first("How many IP professionals were there at the end of the 13th Five-Year Plan?"),
            "690000 people 2020 actual"
        );
        assert_eq!(
            first("How many invention patents were granted last year?"),
            "920000 patents 2023 actual"
        );
    }

    #[test]
    fn the_asked_kind_beats_the_latest() {
        assert_eq!(
            first("What is the target for IP professionals?"),
            "1000000 people 2025 target"
        );
        assert_eq!(
            first("By how much did invention patent grants grow?"),
            "15 % 2023 change"
        );
        assert_eq!(
            first("How much has the examination period been cut since 2019?"),
            "6 months 2019/2023 change"
        );
    }

    #[test]
    fn measure_match_beats_kind() {
        // Only invention patents have a change; utility models are named.
        assert_eq!(
            first("How fast did utility model patents grow?"),
            "2100000 patents 2023 actual"
        );
    }

    #[test]
    fn a_figure_without_its_own_date_is_not_the_latest() {
        // 690,000 loses its date: its report is dated 2024-05, later than
        // 860,000's 2023-12, but an undated figure counts as older.
        let mut corpus = fixture::with_figures();
        corpus.figures[0].date = None;
        let engine = Engine::new(corpus);
        let answers = engine.answers(&SearchRequest::new("How many IP professionals are there?"));
        let first = &engine.answer_figures()[answers[0].figure as usize];
        assert_eq!(show(first), "860000 people 2023-12 actual");
        let before = engine.answers(&SearchRequest::new("IP professionals before"));
        let first = &engine.answer_figures()[before[0].figure as usize];
        assert_eq!(show(first), "690000 people - actual");
    }

    #[test]
    fn of_two_stocks_in_one_month_the_later_day_is_the_latest() {
        let log = "Register bulletin\n\nDate: 3 April 2024\n\n\
                   - Designs in force at 30 March 2024: 88,120.\n\n\
                   - Designs in force at 31 March 2024: 88,164.";
        assert_eq!(
            first_over(log, "How many designs are in force now?"),
            "88164 designs 2024-03-31 actual"
        );
    }

    #[test]
    fn a_price_asked_may_be_a_share_of_a_sum() {
        let sheet = "Guarantee scheme for patent loans, 2 June 2025.\n\n\
                     The scheme guarantees loans against patents. The maximum guarantee per borrower is 20 million yuan. \
                     The guarantee fee is 0.8% of the guaranteed amount a year.";
        assert_eq!(
            first_over(sheet, "What is the annual guarantee fee?"),
            "0.8 % 2025-06-02 actual"
        );
        assert_eq!(
            first_over(sheet, "How much is the maximum guarantee per borrower?"),
            "20000000 yuan 2025-06-02 actual"
        );
    }

    #[test]
    fn so_far_this_year_asks_for_the_running_total() {
        let monthly = "Design registry monthly, April 2025.\n\n\
                       In March 2025 the Registry received 1,204 design applications, bringing the year-to-date total to 3,377.";
        assert_eq!(
            first_over(
                monthly,
                "How many design applications has the Registry received so far this year?"
            ),
            "3377 applications 2025-01/2025-03 actual"
        );
        assert_eq!(
            first_over(
                monthly,
                "How many design applications did the Registry receive in March?"
            ),
            "1204 applications 2025-03 actual"
        );
    }

    #[test]
    fn a_unit_hint_comes_before_the_measure_match() {
        // Invention patents are named better by "invention patents", but
        // only the examination period is counted in months.
        assert_eq!(
            first("How many months for invention patents granted?"),
            "16 months 2023 actual"
        );
        assert_eq!(
            first("invention patents granted"),
            "920000 patents 2023 actual"
        );
    }
}
