//! Superseded figures: a document that corrects a figure (`Patents granted
//! in 2024 corrected from 6,412 to 6,241`, `Pendency for 2024 restated as
//! 38.5 months`) makes the new value the figure, and every other value it
//! states for the same measure, unit and date (an earlier entry's `41.0
//! months (provisional)`) an old one that no longer stands.
//!
//! A correction's change (`an increase of 4.1%`) supersedes the change
//! stated before it in the same way. A correction in prose (`total
//! collections were …`) counts what the field it restates counts, whose
//! label may say whose it is (`Total collections at the Authors' Society`):
//! [`restated_measure`].
//!
//! Invariant: only facts of the correcting fact's own document, of its
//! measure (in any case), unit, date and kind, with another value, and
//! actual or a change (no goal), are dropped; an undated correction drops
//! nothing.

use super::model::{Fact, FactKind};
use super::pronouns::last_organisation;

/// `facts` without those a correction among them supersedes; `corrections`
/// are the indices of the correcting facts.
pub fn drop_superseded(facts: Vec<Fact>, corrections: &[usize]) -> Vec<Fact> {
    let keys: Vec<&Fact> = (corrections.iter())
        .filter_map(|&i| facts.get(i))
        .filter(|f| f.date.is_some() && f.kind != FactKind::Target)
        .collect();
    let superseded: Vec<bool> = (facts.iter())
        .map(|f| {
            keys.iter().any(|c| {
                c.doc == f.doc
                    && c.unit == f.unit
                    && c.date == f.date
                    && c.value != f.value
                    && f.kind == c.kind
                    && c.measure.eq_ignore_ascii_case(&f.measure)
            })
        })
        .collect();
    (facts.into_iter().zip(superseded))
        .filter_map(|(f, gone)| (!gone).then_some(f))
        .collect()
}

/// The measure of the latest fact of `earlier` that `fact`, a correction,
/// restates: of its document, unit and date, labelled as it is or as it
/// is with the organisation that owns it (`… at the Authors' Society`).
pub fn restated_measure<'a>(earlier: &'a [Fact], fact: &Fact) -> Option<&'a str> {
    (earlier.iter().rev())
        .find(|f| {
            f.doc == fact.doc
                && f.unit == fact.unit
                && f.date == fact.date
                && unowned(&f.measure).eq_ignore_ascii_case(&fact.measure)
        })
        .map(|f| f.measure.as_str())
}

/// `Total collections at the Authors' Society` → `Total collections`: a
/// label without the organisation it was given as its owner.
fn unowned(measure: &str) -> &str {
    match measure.rsplit_once(" at ") {
        Some((head, owner)) if last_organisation(owner).as_deref() == Some(owner) => head,
        _ => measure,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact(doc: u32, value: f64, measure: &str, date: Option<&str>) -> Fact {
        Fact::sample(measure, value, "months", date, doc)
    }

    #[test]
    fn a_correction_supersedes_its_documents_other_values_only() {
        let facts = vec![
            fact(0, 38.5, "Median time to grant", Some("2024")),
            fact(0, 41.0, "median time to grant", Some("2024")),
            fact(0, 40.0, "median time to grant", Some("2023")),
            fact(1, 41.0, "median time to grant", Some("2024")),
            fact(0, 38.5, "median time to grant", Some("2024")),
        ];
        let kept: Vec<String> = drop_superseded(facts, &[0])
            .into_iter()
            .map(|f| f.id)
            .collect();
        assert_eq!(kept, ["d0/38.5", "d0/40", "d1/41", "d0/38.5"]);
    }

    #[test]
    fn a_corrected_change_supersedes_the_change_before_but_a_goal_nothing() {
        let change = |value, kind| Fact {
            kind,
            ..fact(0, value, "collections", Some("2024"))
        };
        let facts = vec![
            change(7.7, FactKind::Change),
            change(92.7, FactKind::Actual),
            change(4.1, FactKind::Change),
            change(12.0, FactKind::Target),
            change(10.0, FactKind::Target),
        ];
        let kept: Vec<f64> = drop_superseded(facts, &[2, 3])
            .into_iter()
            .map(|f| f.value)
            .collect();
        assert_eq!(kept, [92.7, 4.1, 12.0, 10.0]);
    }

    #[test]
    fn a_correction_restates_the_owned_label_of_its_documents_field() {
        let earlier = vec![
            fact(0, 92.7, "Total collections at Seed Society", Some("2024")),
            fact(0, 86.1, "Total collections at Seed Society", Some("2023")),
            fact(1, 92.7, "total collections", Some("2024")),
        ];
        let correction = fact(0, 89.6, "total collections", Some("2024"));
        assert_eq!(
            restated_measure(&earlier, &correction),
            Some("Total collections at Seed Society")
        );
        let other_year = fact(0, 80.0, "total collections", Some("2022"));
        assert_eq!(restated_measure(&earlier, &other_year), None);
    }

    #[test]
    fn an_undated_correction_or_a_bad_index_drops_nothing() {
        let facts = vec![fact(0, 2.0, "x", None), fact(0, 3.0, "x", None)];
        assert_eq!(drop_superseded(facts.clone(), &[0, 9]).len(), 2);
        assert!(drop_superseded(Vec::new(), &[0]).is_empty());
    }
}
