//! An answer's series: its measure's other figures in the answer's unit,
//! actual and change figures by date, then targets by date (a figure's own
//! date, else its document's; one with neither last), see
//! [`Answer::series`](super::answers::Answer::series).

use super::search::Engine;
use super::sort::sort_by;
use ipx_corpus::{FactKind, FigureIdx};

impl Engine {
    /// The measure's other figures in the answer's unit (see
    /// [`Answer::series`](super::answers::Answer::series)).
    pub(crate) fn series(&self, answer: FigureIdx) -> Vec<FigureIdx> {
        let tables = self.answer_words();
        let figures = tables.figures(self.corpus());
        let figure = &figures[answer as usize];
        let mut series: Vec<(bool, i32, FigureIdx)> = (tables.figures_of[figure.measure as usize]
            .iter())
        .filter(|&&f| f != answer && figures[f as usize].unit == figure.unit)
        .map(|&f| {
            let other = &figures[f as usize];
            let date = (self.figure_years(other)).map_or(i32::MAX, |(_, end, month)| {
                i32::from(end) * 13 + i32::from(month)
            });
            (other.kind == FactKind::Target, date, f)
        })
        .collect();
        sort_by(&mut series, Ord::cmp);
        series.into_iter().map(|(_, _, f)| f).collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::answer_checks::show;
    use crate::fixture;
    use crate::search::SearchRequest;

    #[test]
    fn one_answer_per_measure_with_its_series() {
        let engine = fixture::engine_with_figures();
        let answers = engine.answers(&SearchRequest::new("IP professionals"));
        let figures = engine.answer_figures();
        let measures: Vec<u32> = (answers.iter())
            .map(|a| figures[a.figure as usize].measure)
            .collect();
        let mut unique = measures.clone();
        unique.dedup();
        assert_eq!(measures, unique);
        let series: Vec<String> = (answers[0].series.iter())
            .map(|&f| show(&figures[f as usize]))
            .collect();
        assert_eq!(
            series,
            ["690000 people 2020 actual", "1000000 people 2025 target"]
        );
    }
}
