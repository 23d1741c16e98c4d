//! A goal's month without a year (`within 10 working days by the end of
//! June`, in a post of March 2025) looks ahead: it is the next such month,
//! not the latest one already past, which is how [`super::periods`] reads a
//! month without a year for what was done.
//!
//! Invariant: only a month read a year back, whose year the sentence does not
//! write, moves, and only by the one year it was read back.

use super::model::Date;

/// The date a goal dated `date` is due by, when `date` is a month without a
/// year read back from the document's date: the same month of the
/// document's year. `None` when the date stands as read.
pub fn goal_month_ahead(sentence: &str, date: &str, doc_date: Option<Date>) -> Option<String> {
    let doc = doc_date?;
    let doc_month = doc.month?;
    let (year, month) = date.split_once('-')?;
    let year: u16 = year.parse().ok().filter(|_| year.len() == 4)?;
    let month: u8 = month.parse().ok().filter(|_| month.len() == 2)?;
    let read_back = year + 1 == doc.year && month > doc_month;
    let written = sentence.contains(&year.to_string());
    (read_back && !written).then(|| format!("{}-{month:02}", doc.year))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn march_2025() -> Option<Date> {
        Some(Date {
            year: 2025,
            month: Some(3),
            day: Some(12),
        })
    }

    #[test]
    fn a_month_read_back_moves_to_the_documents_year() {
        let sentence = "We want every appeal heard within 8 weeks by the end of September.";
        assert_eq!(
            goal_month_ahead(sentence, "2024-09", march_2025()).as_deref(),
            Some("2025-09")
        );
    }

    #[test]
    fn a_month_with_its_year_written_stays() {
        let sentence = "The aim was 8 weeks by September 2024.";
        assert_eq!(goal_month_ahead(sentence, "2024-09", march_2025()), None);
    }

    #[test]
    fn a_month_not_read_back_stays() {
        let sentence = "We aim for 8 weeks by the end of February.";
        assert_eq!(goal_month_ahead(sentence, "2025-02", march_2025()), None);
        assert_eq!(goal_month_ahead(sentence, "2024", march_2025()), None);
        assert_eq!(goal_month_ahead(sentence, "2024-09", None), None);
        assert_eq!(
            goal_month_ahead(sentence, "2024-01/2024-09", march_2025()),
            None
        );
    }
}
