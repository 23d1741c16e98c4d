//! Facts: every quantity statement in the passages becomes a [`Fact`] with
//! its value, unit, measure, kind (actual, target, change), as-of date or
//! period, sentence and position.
//!
//! Invariant: a fact's `text` is exactly `passage.text[span]`, and its
//! sentence contains it; facts come out in passage order, then text order,
//! with ids `<passage id>/f<n>`.

use std::ops::Range;

use super::asof::{bind_periods, in_aside, is_from_side, Bound, Frame};
use super::bracket_change::{change_bracket, follows_level};
use super::canonical::{names_one_thing, says_what_is_counted};
use super::change_verbs::changed_thing;
use super::collectives::{collective_label, employed_label, of_us_label, strong_label};
use super::currency::is_money;
use super::dates::month_number;
use super::faq_answers::{asked_label, question_before};
use super::figure_first::figure_first_label;
use super::groups::group_label;
use super::kinds::{is_planned_line, joins_or_leaves, kind_of, without_modal_tail};
use super::lead_ins::{entry_day, heading_period, is_list_line, lead_in_period, month_lead};
use super::levels::{level_object, linked_holder};
use super::measure::{describe, unit_for};
use super::model::{Corpus, Date, Document, Fact, FactKind, Issue};
use super::money::better_money_label;
use super::numbers::{find_quantities, Quantity};
use super::openings::opening_label;
use super::owners::owned_label;
use super::partitive::partitive_measures;
use super::periods::{bracketed_bases, find_periods, find_periods_in_year};
use super::phrases::{head_noun, noun_phrase, passive_participle, read_subject, Subject};
use super::pointers::{corrects, is_replaced, object_points_back, points_back};
use super::possessive::{possessive_date, possessive_period};
use super::pronouns::{last_organisation, pronoun_object};
use super::qualify::{TIME_NOUNS, TIME_UNITS};
use super::ranked_by::{ranked_measure, ranked_name, ranked_unit};
use super::report_year::{
    is_part_of_year, report_part_periods, report_period, report_year, report_year_periods,
    speaks_from_report_year,
};
use super::share_subject::share_subject_label;
use super::shared_subject::with_shared_subject;
use super::since_events::dates_an_event;
use super::superseded::{drop_superseded, restated_measure};
use super::table_facts::{row_date, row_facts};
use super::tense::{is_past, is_present};
use super::text::{
    bounded_sentence_spans, drop_translation, is_item_marker, last_clause, outside_brackets,
    paragraph_number_len, word_count,
};
use super::topic::{opens_with_pronoun, question_topic, topic_fragment};

/// Small counts of discourse items (`in four aspects`) that are structure, not figures.
#[rustfmt::skip]
const DISCOURSE_NOUNS: &[&str] = &["aspects", "features", "situations", "difficulties", "respects", "ways", "things", "reasons", "questions", "points,", "directions", "priorities", "parts"];

/// Nouns a number after which names one of a numbered set (`Table 3`,
/// `Round 4`, `Pier 7`), never a count.
#[rustfmt::skip]
const NUMBERED_THINGS: &[&str] = &["table", "annex", "appendix", "exhibit", "round", "lot", "phase", "pier", "kpi", "tranche", "wave", "platform", "gate", "building", "block", "road", "street", "avenue", "lane", "room", "suite", "floor", "version"];

/// Extracts the facts of every passage.
pub fn extract_facts(corpus: &Corpus) -> (Vec<Fact>, Vec<Issue>) {
    let mut facts = Vec::new();
    let mut frame = Frame::default();
    // The measures and units of the document's facts so far.
    let mut doc_labels: Vec<(String, String)> = Vec::new();
    // The dated values of the passage's facts so far.
    let mut passage_values: Vec<(f64, String, String)> = Vec::new();
    let mut labels_of = None;
    // The indices of facts that correct a figure stated before.
    let mut corrections = Vec::new();
    // Where the latest correction's sentence starts, and its label.
    let mut corrected: Option<(usize, String)> = None;
    for (passage_idx, passage) in corpus.passages.iter().enumerate() {
        let doc = &corpus.documents[passage.doc as usize];
        // A dated entry (a changelog's, a calendar's) speaks as of its day.
        let entry;
        let doc = match (passage.section.as_deref()).and_then(|h| entry_day(h, doc.date)) {
            Some(day) => {
                entry = Document {
                    date: Some(day),
                    ..doc.clone()
                };
                &entry
            }
            None => doc,
        };
        if labels_of != Some(passage.doc) {
            (labels_of, doc_labels) = (Some(passage.doc), Vec::new());
        }
        let report_year = report_year(doc);
        let report_period = report_period(doc);
        let mut n = 0;
        let mut offset = 0;
        frame.enter(passage);
        passage_values.clear();
        // A report on a past year says `this year` of that year in its
        // headings and lead-ins (`Number of decisions this year` in an
        // annual report on 2024 published in 2025).
        let spoken_from = match report_year {
            Some(year)
                if speaks_from_report_year(doc) && doc.date.is_some_and(|d| d.year > year) =>
            {
                Some(Date {
                    year,
                    month: None,
                    day: None,
                })
            }
            _ => doc.date,
        };
        let section_period =
            (passage.section.as_deref()).and_then(|h| heading_period(h, spoken_from));
        for paragraph in passage.text.split("\n\n") {
            let rows = row_facts(paragraph);
            // A list line is dated by the lead-in above it, else by its
            // section's heading; any other line ends the list.
            let listed = rows.is_some() || is_list_line(paragraph);
            let list_period = (frame.lead_in.clone())
                .or_else(|| section_period.clone())
                .filter(|_| listed);
            if !listed {
                frame.lead_in = None;
            }
            if let Some(period) = lead_in_period(paragraph, spoken_from) {
                frame.lead_in = Some(period);
            }
            if let Some(cells) = rows {
                let owner = last_organisation(&doc.title);
                for cell in cells {
                    n += 1;
                    let date = row_date(&cell, list_period.as_deref(), report_year);
                    let measure = with_owner(cell.measure, &cell.unit, owner.as_deref(), true);
                    facts.push(Fact {
                        id: format!("{}/f{n}", passage.id),
                        value: cell.value,
                        unit: cell.unit,
                        measure,
                        text: paragraph[cell.span.clone()].to_string(),
                        sentence: paragraph.to_string(),
                        span: (offset + cell.span.start) as u32..(offset + cell.span.end) as u32,
                        sentence_span: offset as u32..(offset + paragraph.len()) as u32,
                        doc: passage.doc,
                        passage: passage_idx as u32,
                        date,
                        kind: cell.kind,
                    });
                }
                offset += paragraph.len() + 2;
                continue;
            }
            // `2016` on a line of its own heads the paragraphs under it.
            if let Some(year) =
                heading_year(paragraph).filter(|_| paragraph.split_whitespace().count() <= 4)
            {
                frame.heading = Some(year);
            }
            let heading = (list_period.clone())
                .or_else(|| frame.heading.clone())
                .or_else(|| passage.section.as_deref().and_then(heading_year));
            // `April. Cases fell to 538 …`: a month-by-month account's
            // paragraph is of its month.
            let month = month_lead(paragraph, doc.date);
            let mut context = Context {
                period: (month.clone())
                    .or_else(|| frame.carried(paragraph))
                    .or_else(|| heading.clone()),
                heading,
                section_year: past_year(section_period.as_deref(), doc.date),
                owner: last_organisation(&doc.title),
                speaks_from_report_year: speaks_from_report_year(doc),
                split_year: (report_period.clone()).filter(|p| is_split_year(p)),
                report_part: (report_period.clone()).filter(|p| is_part_of_year(p)),
                doc_labels: std::mem::take(&mut doc_labels),
                stated_values: std::mem::take(&mut passage_values),
                ..Context::default()
            };
            for (span, key) in fact_sentence_spans(paragraph)
                .into_iter()
                .flat_map(|s| field_spans(paragraph, s))
            {
                let sentence = &paragraph[span.clone()];
                let base = offset + span.start;
                let earlier = &passage.text[..base];
                let around = (earlier, &paragraph[span.end..]);
                let dates = (doc.date, report_year);
                for mut draft in sentence_facts(sentence, around, dates, &mut context) {
                    if let Some(key) = &key {
                        draft.measure = format!("{} ({})", draft.measure, &paragraph[key.clone()]);
                    }
                    // `a figure revised from the 880,000 reported in July`:
                    // the value a revision replaced is no fact; nor is the
                    // figure just before a correction of it (`… was given
                    // as 41,200. The correct number is 42,100.`).
                    if draft.replaced {
                        continue;
                    }
                    let restated = facts.last().is_some_and(|f: &Fact| {
                        f.passage == passage_idx as u32
                            && f.measure == draft.measure
                            && f.unit == draft.unit
                            && f.date == draft.date
                    });
                    if draft.corrects && restated {
                        facts.pop();
                        n -= 1;
                    }
                    // `Corrected figure: … were 89.6 million, an increase
                    // of 4.1%`: every figure after the correction in its
                    // sentence is corrected with it.
                    let corrected_before = (corrected.as_ref())
                        .is_some_and(|(at, label)| *at == base && *label == draft.measure);
                    if draft.corrects {
                        corrected = Some((base, draft.measure.clone()));
                    }
                    n += 1;
                    let mut fact = Fact {
                        id: format!("{}/f{n}", passage.id),
                        value: draft.quantity.value,
                        unit: draft.unit,
                        measure: draft.measure,
                        text: sentence[draft.quantity.span.clone()].to_string(),
                        sentence: sentence.to_string(),
                        span: (base + draft.quantity.span.start) as u32
                            ..(base + draft.quantity.span.end) as u32,
                        sentence_span: base as u32..(offset + span.end) as u32,
                        doc: passage.doc,
                        passage: passage_idx as u32,
                        date: draft.date.or_else(|| {
                            report_period
                                .clone()
                                .filter(|_| draft.kind != FactKind::Target)
                        }),
                        kind: draft.kind,
                    };
                    if draft.corrects || corrected_before {
                        if let Some(measure) = restated_measure(&facts, &fact) {
                            fact.measure = measure.to_string();
                        }
                        corrections.push(facts.len());
                    }
                    facts.push(fact);
                }
            }
            if context.period.is_some() {
                frame.period.clone_from(&context.period);
            }
            doc_labels = context.doc_labels;
            passage_values = context.stated_values;
            doc_labels.append(&mut context.labels);
            offset += paragraph.len() + 2;
        }
    }
    (drop_superseded(facts, &corrections), Vec::new())
}

/// A fact before it has an id and a place.
struct Draft {
    quantity: Quantity,
    /// Whether its date is a period its own sentence binds to it, not one
    /// carried from elsewhere or shared with another value.
    stated: bool,
    unit: String,
    measure: String,
    date: Option<String>,
    kind: FactKind,
    /// Whether it corrects the figure stated before it.
    corrects: bool,
    /// Whether it is the old value a revision replaced.
    replaced: bool,
}

/// What a paragraph's earlier sentences tell its later ones.
#[derive(Debug, Default)]
struct Context {
    /// Whether `this year`, `last year` and `next year` are read against
    /// the year the document reports on rather than its date.
    speaks_from_report_year: bool,
    /// The financial year the document reports on (`2024/2025`), which
    /// `the year` means in its text.
    split_year: Option<String>,
    /// The quarter or half the document reports on (`2025-07/2025-09`),
    /// which `the quarter` means in its text.
    report_part: Option<String>,
    /// The period a sentence opened with (`In 2020, …`).
    period: Option<String>,
    /// The measure and unit of the last fact, for `the figure reached …`.
    measure: Option<(String, String)>,
    /// The date of the last fact, which a figure whose subject points back
    /// to it (`The correct number is 42,100`) shares.
    last_date: Option<String>,
    /// The measures and units of the paragraph's facts so far, for `to
    /// clear the backlog to 8,000` after `the backlog stood at 14,300
    /// applications`.
    labels: Vec<(String, String)>,
    /// The value, unit and date of the passage's dated facts so far, for
    /// a figure restated without its date (`Of the 1,284 applications, …`
    /// after `We received 1,284 applications in 2025`).
    stated_values: Vec<(f64, String, String)>,
    /// The measures and units of the document's facts before the
    /// paragraph, for `plans to raise the balance to 5 billion yuan` under
    /// `the balance of its outstanding pledge loans` stated paragraphs
    /// before.
    doc_labels: Vec<(String, String)>,
    /// The last closed period (`2016/2020`) the paragraph stated, whose
    /// start is the date of a `from X to Y` start value.
    range: Option<String>,
    /// The year of the last period the paragraph stated, which `during the
    /// year` and `that year` refer back to.
    year: Option<String>,
    /// The year of the last figure stated as reached (no baseline), which
    /// a past-tense clause without a date goes on in.
    fact_year: Option<String>,
    /// The year the section's heading names (`## 2023`, `2021: Launch`),
    /// which its present-tense sentences are as of.
    heading: Option<String>,
    /// A year before the document's that the section's heading names
    /// anywhere (`IP tribunal publishes its caseload for 2025`), which its
    /// past-tense clauses without a year go on in.
    section_year: Option<String>,
    /// The organisation the document's title names, which `our` and `we`
    /// stand for when the passage names none.
    owner: Option<String>,
    /// The measure a league told in prose ranks by (`Measured by
    /// invention patents granted, …`).
    ranked_by: Option<String>,
}

/// `Cases closed in 2025: 3,215` in a court's briefing: a field (a
/// `label: value` line or a table cell) whose label names only a generic
/// noun, or any label of one specific word (`Staff stand at 88`), says
/// what it counts once it says whose it is, the organisation `owner` the
/// document's title names. Other labels are returned as they are.
fn with_owner(measure: String, unit: &str, owner: Option<&str>, field: bool) -> String {
    let weak = (field || names_one_thing(&measure, unit)) && !says_what_is_counted(&measure, unit);
    match owner {
        Some(owner) if weak && !measure.is_empty() => {
            let owned = format!("{measure} at {owner}");
            if says_what_is_counted(&owned, unit) {
                owned
            } else {
                measure
            }
        }
        _ => measure,
    }
}

/// The year a section heading names: the heading is a year, or starts
/// with one and a separator (`2023`, `2021: Launch`, `2019 · Opening`,
/// `2020 — A year of growth`).
fn heading_year(heading: &str) -> Option<String> {
    let heading = heading.trim();
    let year = heading.get(..4)?;
    let rest = &heading[4..];
    let is_year = year.bytes().all(|b| b.is_ascii_digit())
        && (year.starts_with("19") || year.starts_with("20"));
    let separated = rest.is_empty()
        || rest
            .trim_start()
            .starts_with([':', '·', '—', '–', '-', '|', '.']);
    (is_year && separated).then(|| year.to_string())
}

/// A heading's period when it is one whole year before the document's
/// own year.
fn past_year(period: Option<&str>, doc_date: Option<Date>) -> Option<String> {
    let year: u16 = period.filter(|p| p.len() == 4)?.parse().ok()?;
    (year < doc_date?.year).then(|| year.to_string())
}

/// Words that refer back to the year stated before.
const SAME_YEAR: &[&str] = &[
    "during the year",
    "in the same year",
    "that year",
    "the same year",
    "for the year",
    "over the year",
];

/// `2024/2025`: a year split over two calendar years, in ISO form.
fn is_split_year(iso: &str) -> bool {
    iso.split_once('/').is_some_and(|(a, b)| {
        a.len() == 4 && b.len() == 4 && (a.bytes().chain(b.bytes())).all(|c| c.is_ascii_digit())
    })
}

/// The sentences of a paragraph that facts are read from: its bounded
/// sentences, without the number a numbered paragraph opens with (`3.2 We
/// accepted 744 …`), which is no figure and no word of the sentence.
fn fact_sentence_spans(paragraph: &str) -> Vec<std::ops::Range<usize>> {
    let mut spans = bounded_sentence_spans(paragraph);
    for span in &mut spans {
        span.start += paragraph_number_len(&paragraph[span.clone()]);
    }
    spans
}

/// The facts of one sentence, given and updating its paragraph's context.
/// `earlier` is the passage's text before the sentence; `dates` are the
/// document's date and the year it reports on.
fn sentence_facts(
    sentence: &str,
    (earlier, following): (&str, &str),
    (doc_date, report_year): (Option<Date>, Option<u16>),
    context: &mut Context,
) -> Vec<Draft> {
    let quantities: Vec<Quantity> = find_quantities(sentence)
        .into_iter()
        .filter(|q| is_figure(sentence, q))
        .collect();
    // Under a year heading of a timeline (`2019`, `## 2021`), a month
    // without a year (`opened in September`) is in that year.
    let heading_year = (context.heading.as_deref()).and_then(|y| y.parse::<u16>().ok());
    let mut periods = find_periods_in_year(sentence, doc_date, heading_year);
    // `the highest since the Office opened in 1998`: an event's year.
    periods.retain(|p| !dates_an_event(sentence, p));
    if let Some(year) = report_year {
        let lower = sentence.to_ascii_lowercase();
        let mut said = report_year_periods(&lower, year, context.speaks_from_report_year);
        // `during the year` in a report on a financial year (`2024-25`)
        // is that year, not the calendar year it starts in.
        if let Some(split) = &context.split_year {
            (said.iter_mut())
                .filter(|p| p.iso == year.to_string())
                .for_each(|p| p.iso.clone_from(split));
        }
        // `for the full year` is read against the document date too; the
        // report year says which year it is.
        overrule(&mut periods, said);
    }
    if let Some(part) = &context.report_part {
        overrule(
            &mut periods,
            report_part_periods(&sentence.to_ascii_lowercase(), part),
        );
    }
    if let Some(ranked) = ranked_measure(sentence) {
        context.ranked_by = Some(ranked);
    }
    let mut bound = bind_periods(sentence, &quantities, &periods);
    // `up 6.8% on Q3 2024 (3,195)`: the bracketed value is the base's.
    for (at, iso) in bracketed_bases(sentence, doc_date) {
        if let Some(idx) = quantities.iter().position(|q| q.span.start == at) {
            bound[idx] = Some(Bound {
                iso,
                shared: false,
                span: at..at,
            });
        }
    }
    let starts: Vec<usize> = quantities.iter().map(|q| q.span.start).collect();
    if let Some(range) = periods.iter().rev().find(|p| is_closed_range(&p.iso)) {
        context.range = Some(range.iso.clone());
    }
    let mut out: Vec<Draft> = Vec::new();
    let mut floor = 0;
    let mut after_from = false;
    // The label of the last gapped part (`26,100, to enterprises`) and the
    // list's label it was made from.
    let mut gapped: Option<(String, String)> = None;
    // The drafts that are parts of such a list.
    let mut gapped_parts: Vec<usize> = Vec::new();
    for (idx, quantity) in quantities.into_iter().enumerate() {
        let previous = out.last().map(|d| (d.measure.as_str(), d.unit.as_str()));
        let previous = previous.or(context
            .measure
            .as_ref()
            .map(|(m, u)| (m.as_str(), u.as_str())));
        let (mut measure, mut unit) = describe(sentence, &quantity, floor, previous);
        let prior = floor;
        measure = drop_translation(&measure);
        measure = without_modal_tail(&measure).to_string();
        // `The grant rate. It went up by 3.2 percentage points, to 58.7
        // percent.`: a pronoun's figure counts the fragment before it.
        let bare = measure.is_empty()
            || measure.eq_ignore_ascii_case(&unit)
            || matches!(
                measure.as_str(),
                "it" | "percentage points" | "points" | "percent"
            );
        if bare && opens_with_pronoun(sentence) {
            if let Some(topic) = topic_fragment(earlier) {
                measure = topic;
            }
        }
        // `Average time to a first decision? Down to 4.1 months.`, `The
        // backlog? It stands at 2,900.`: the figures of an answer count what
        // the question before names. A duration keeps its mark.
        let (own, mark) = measure.split_at(measure.find(" (").unwrap_or(measure.len()));
        let bare_own = own.is_empty() || own.eq_ignore_ascii_case(&unit);
        let mut topic_named = false;
        if bare_own || opens_with_pronoun(sentence) {
            if let Some(topic) = question_topic(earlier) {
                // `Median wait for a hearing`: a topic that is a length
                // of time needs no `(duration)` mark.
                let timed = (topic.to_lowercase().split(' ')).any(|w| TIME_NOUNS.contains(&w));
                let mark = if timed && mark == " (duration)" {
                    ""
                } else {
                    mark
                };
                measure = format!("{topic}{mark}");
                topic_named = true;
            }
        }
        // `Next year we want that under 3.5 months`: a level of the figure
        // before counts what it counts.
        let (own, _) = measure.split_at(measure.find(" (").unwrap_or(measure.len()));
        let bare_own = own.is_empty() || own.eq_ignore_ascii_case(&unit);
        if bare_own && object_points_back(&sentence[floor..quantity.span.start]) {
            let before = (out.last().map(|d| (d.measure.clone(), d.unit.clone())))
                .or(context.measure.clone());
            if let Some((prev_measure, _)) = before {
                measure = prev_measure;
            }
        }
        if quantity.unit.is_none() {
            if let Some(to) = gapped_phrase(&sentence[quantity.span.end..]) {
                // The next part of the list takes the list's label, not
                // the part before it.
                if let Some((full, base)) = &gapped {
                    if measure == *full {
                        measure.clone_from(base);
                    }
                }
                let full = format!("{measure} {to}");
                gapped = Some((full.clone(), measure));
                measure = full;
                gapped_parts.push(out.len());
            }
        }
        unit = drop_translation(&unit);
        // `bringing the examining corps to 212`, `to clear the backlog to
        // below 8,000`: the thing the clause moves to the level.
        // A rate keeps its unit, and its label says per what (`raise valid
        // invention patents to 35 per 10,000 residents`).
        let per = unit
            .find("per ")
            .filter(|&at| at == 0 || unit[..at].ends_with(' '));
        // `below ten months`: the bound opens the quantity's own text.
        let bound_word = (sentence[quantity.span.clone()].split(' ').next())
            .filter(|w| matches!(*w, "below" | "under" | "above"))
            .map_or(String::new(), |w| format!("{w} "));
        let level = level_object(&format!("{}{bound_word}", &sentence[..quantity.span.start]));
        if let (Some(label), Some(at)) = (&level, per) {
            measure = format!("{label} {}", &unit[at..]);
        }
        // `bringing the year-to-date total to 3,377`: a level that only
        // points back counts what the figure before it counts.
        let level = match level {
            Some(label) if points_back(&label) => {
                if let Some(prev) = out.last() {
                    (measure, unit) = (prev.measure.clone(), prev.unit.clone());
                }
                None
            }
            level => level,
        };
        if let Some(label) = level.filter(|_| per.is_none()) {
            // `taking the portfolio to 19 pending applications`: a noun
            // after the number says what it counts; a unit after it
            // (`bring pendency down to 14 months`) does not.
            let timed = TIME_UNITS.contains(&unit.as_str());
            // `cut the search backlog to 1,900 files`: a bare noun after
            // the number says what the object holds.
            let bare_noun = !timed && !measure.contains(' ') && !label.contains(&measure[..]);
            if bare_noun && noun_phrase(&sentence[quantity.span.end..]).is_some() {
                measure = format!("{label} {measure}");
            } else if timed || noun_phrase(&sentence[quantity.span.end..]).is_none() {
                // `the backlog`: a one-word object is the measure of the
                // paragraph that names it (`backlog applications`).
                let earlier = (context.doc_labels.iter().map(|(m, u)| (m, u)))
                    .chain(context.labels.iter().map(|(m, u)| (m, u)))
                    .chain(out.iter().map(|d| (&d.measure, &d.unit)))
                    .rfind(|(m, _)| !label.contains(' ') && names_word(m, &label));
                if let Some((named, named_unit)) = earlier {
                    if quantity.unit.is_none() && !timed {
                        unit.clone_from(named_unit);
                    }
                    measure.clone_from(named);
                } else {
                    if quantity.unit.is_none() && !timed {
                        unit = head_noun(&label).map_or_else(|| "count".into(), |h| unit_for(&h));
                    }
                    measure = label;
                }
            }
        }
        // `the backlog stood at 14,300 applications`: what holds the
        // counted things names them too.
        if let Some(holder) = linked_holder(&sentence[floor..quantity.span.start], &measure) {
            measure = format!("{holder} {measure}");
        }
        // `Two-fifths of the firms surveyed held …`: a share that is its
        // clause's subject counts what the clause says they did.
        if quantity.unit == Some("%") {
            if let Some(label) = share_subject_label(sentence, &quantity) {
                measure = label;
            }
        }
        // `Q. How many mediators are on your panel? A. 240.`: a bare
        // answer counts what the question asked.
        let mut asked = None;
        if quantity.unit.is_none() {
            if let Some((label, head, question)) = asked_label(earlier, sentence, &quantity) {
                unit = unit_for(&head);
                measure = label;
                asked = Some(question);
            }
        }
        // `4,812 — that's how many trade mark applications reached us`:
        // the clause after a number that opens its line names it.
        if quantity.unit.is_none() && asked.is_none() {
            let at = (quantity.span.start, quantity.span.end);
            if let Some(named) = figure_first_label(sentence, at, following) {
                unit = unit_for(&named.head);
                measure = named.label;
                asked = Some(named.clause.to_string());
            }
        }
        let mut settled = asked.is_some();
        // `We are a team of twenty-six`, `Our headcount is 38`: a body of
        // people counted as a whole, named by whose it is.
        if quantity.unit.is_none() && !settled {
            let owner = || last_organisation(earlier).or_else(|| context.owner.clone());
            let before = &sentence[floor..quantity.span.start];
            let after = &sentence[quantity.span.end..];
            let previous = out.last().map(|d| d.measure.as_str());
            let previous = previous.or(context.measure.as_ref().map(|(m, _)| m.as_str()));
            let label = (collective_label(before, after, owner))
                .or_else(|| strong_label(before, after))
                .or_else(|| employed_label(before, after))
                .or_else(|| of_us_label(after, previous));
            if let Some(label) = label {
                measure = label;
                unit = "people".to_string();
                settled = true;
            }
        }
        // `It employs 85 examiners`: what is counted, and what was done.
        if quantity.unit.is_none() && !settled {
            let owner = || last_organisation(earlier).or_else(|| context.owner.clone());
            let before = &sentence[floor..quantity.span.start];
            let after = &sentence[quantity.span.end..];
            // `The court accepted 23,100 cases and concluded 21,800 cases`:
            // a verb after `and` reads with the subject it shares.
            let shared = || with_shared_subject(sentence, floor, quantity.span.start);
            let label = group_label(before, &measure, after)
                .or_else(|| pronoun_object(before, &measure, after, owner))
                .or_else(|| owned_label(before, &measure, earlier))
                .or_else(|| {
                    // `settled four of them`: a pronoun is no counted thing.
                    if matches!(measure.as_str(), "them" | "it" | "these" | "those") {
                        return None;
                    }
                    let clause = shared()?;
                    let owner = || last_organisation(earlier);
                    pronoun_object(&clause, &measure, after, owner)
                        .or_else(|| owned_label(&clause, &measure, earlier))
                });
            if let Some(label) = label {
                // `the team is eight people strong`, `counts 15 members
                // drawn from industry`: the unit is the counted noun's.
                if unit == "count" {
                    if let Some(head) = head_noun(&label) {
                        unit = unit_for(&head);
                    }
                }
                measure = label;
            }
        }
        // `registered 4,210 seed varieties in 2025, and renewed 380.`: a bare
        // count after a verb of its own counts the noun of the figure before.
        if quantity.unit.is_none() && unit == "count" {
            if let Some((label, noun_unit)) = elided_object(sentence, &quantity, out.last()) {
                measure = label;
                unit = noun_unit;
            }
        }
        // `the insurer settled 14 million yuan of claims`: what a sum is.
        if quantity.unit.is_some() && is_money(&unit) {
            let before = &sentence[floor..quantity.span.start];
            let after = past_conversion(&sentence[quantity.span.end..]);
            let previous = out.last().map(|d| d.measure.as_str());
            let weak = !says_what_is_counted(&measure, &unit);
            let better = better_money_label(before, after, &measure, previous);
            if let Some(label) = better.or_else(|| {
                weak.then(|| super::money::money_label(before, after, &measure, previous))
                    .flatten()
            }) {
                measure = label;
            }
        }
        // `The centre opened in September with 5 mediators`: a count at
        // an opening says what opened.
        if let Some(label) = opening_label(&sentence[floor..quantity.span.start], &measure) {
            measure = label;
        }
        // `96,300 — … — of which 61,900 were held by enterprises`: a part
        // of the figure before, not another statement of it.
        let mut part_date = None;
        // The end of the count a bracket before this one follows.
        let previous_end = sentence[..quantity.span.start].rfind('(').and_then(|open| {
            (out.iter().rev())
                .map(|d| d.quantity.span.end)
                .find(|&end| end <= open)
        });
        // `602 concerned ornamental plants and 377 concerned crops`: a count
        // after a part, joined by `and`, is the next part of its whole.
        let sibling = || {
            let last = out.last().filter(|d| d.measure.contains(" (part "))?;
            let gap = sentence.get(last.quantity.span.end..quantity.span.start)?;
            let joined = gap.ends_with(" and ") || gap.ends_with(", ") || gap.ends_with(" or ");
            (joined && quantity.unit.is_none() && !gap.contains(['.', ';']))
                .then(|| part_after(&sentence[quantity.span.end..]))
                .flatten()
        };
        if let Some(part) = part_of_previous(sentence, &quantity)
            .or_else(|| bracketed_part(sentence, &quantity, previous_end))
            .or_else(sibling)
        {
            let named = whole_named_before(&sentence[..quantity.span.start]);
            let named = (named.as_ref()).and_then(|(whole, count)| match count {
                // `Of the 31 examiners …`: the count before is the whole.
                true => out.last().map(|d| (d.measure.as_str(), d.unit.as_str())),
                false => Some((whole.as_str(), "count")),
            });
            // `Of this, 5.2 billion yuan went to …`: a sum is part of the
            // last sum in its unit.
            let same_unit = (quantity.unit).and_then(|u| {
                let last = context.labels.iter().rev().find(|(_, lu)| lu == u);
                last.map(|(m, lu)| (m.as_str(), lu.as_str()))
            });
            let whole = named
                .or(out.last().map(|d| (d.measure.as_str(), d.unit.as_str())))
                .or(same_unit)
                .or(context
                    .measure
                    .as_ref()
                    .map(|(m, u)| (m.as_str(), u.as_str())));
            part_date = match out.last() {
                Some(d) => d.date.clone(),
                None => context.last_date.clone(),
            };
            if let Some((whole, whole_unit)) = whole {
                let whole = whole.split(" (part ").next().unwrap_or(whole);
                // `602 concerned ornamental plants`: the noun the part names
                // is what sets it apart, not what it counts.
                let part_noun = quantity.unit.is_none()
                    && whole_unit != "count"
                    && (part.split(' ')).any(|w| w.eq_ignore_ascii_case(&unit));
                if part_noun {
                    unit = whole_unit.to_string();
                }
                measure = format!("{whole} (part {part})");
                if whole_unit == "count" && quantity.unit.is_none() {
                    // `Of the applications awaiting examination, 1,214 …`.
                    let plural = (whole.split(' ')).find(|w| w.len() > 3 && w.ends_with('s'));
                    unit = plural.map_or(unit, str::to_string);
                } else if unit == "count" && quantity.unit.is_none() {
                    unit = whole_unit.to_string();
                }
            }
        }
        // `… patents granted in the whole year was 78,213. Among them,
        // invention patents were 19,872`: a kind of the whole, named
        // before its verb, counts what the whole counts.
        let whole = (context.labels.iter().rev()).find(|(_, u)| u != "%" && u != "count");
        if let Some((label, whole_unit)) =
            whole.filter(|_| out.is_empty()).and_then(|(whole, u)| {
                Some((kind_of_whole(&sentence[..quantity.span.start], whole)?, u))
            })
        {
            measure = label;
            if quantity.unit.is_none() {
                unit = whole_unit.clone();
            }
        }
        // `Online renewal, which handled a third of renewals in 2018, now
        // handles 88%`: a value in an aside leaves the subject before it to
        // the value after it.
        floor = if in_relative_aside(sentence, prior, &quantity, starts.get(idx + 1)) {
            prior
        } else {
            quantity.span.end
        };
        // `Our goal for 2026? 75.`: a bare answer to a question about a
        // goal is the goal.
        let asked_goal = question_before(earlier, sentence, &quantity).is_some_and(|q| {
            (q.to_ascii_lowercase()
                .split(|c: char| !c.is_ascii_alphanumeric()))
            .any(|w| GOAL_WORDS.contains(&w))
        });
        let kind = match kind_of(sentence, &quantity) {
            FactKind::Actual if is_planned_line(sentence) || asked_goal => FactKind::Target,
            kind => kind,
        };
        // `The plan names 30 billion yuan of pledge financing as the target
        // for 2025`: the goal counts what the amount is of, not the plan.
        if kind == FactKind::Target {
            let after = &sentence[quantity.span.end..];
            if let Some(thing) = named_goal(after).or_else(|| goal_in(after, &measure)) {
                // What the goal counts gives a bare number its unit.
                if quantity.unit.is_none() {
                    if let Some(head) = head_noun(&thing) {
                        unit = unit_for(&head);
                    }
                }
                measure = thing;
            }
        }
        // `In 2025 we detained 3,412 shipments. That's 444 more than in
        // 2024.`: a difference said of `that` changes the figure before,
        // and is as of its date.
        let (own_label, _) = measure.split_at(measure.find(" (").unwrap_or(measure.len()));
        let nameless = own_label.is_empty() || own_label.eq_ignore_ascii_case(&unit);
        if kind == FactKind::Change
            && nameless
            && quantity.unit.is_none()
            && out.is_empty()
            && opens_with_pronoun(sentence)
        {
            if let Some((prev_measure, prev_unit)) = context.measure.clone() {
                measure = prev_measure;
                unit = prev_unit;
                part_date = part_date.or_else(|| context.last_date.clone());
            }
        }
        // `We now have 96 examiners. By the end of 2026 we want 120.`: a
        // goal that names nothing after its number is more of what was
        // counted just before.
        let bare = sentence[quantity.span.end..]
            .trim_matches(|c: char| c.is_whitespace() || ".!;".contains(c))
            .is_empty()
            && names_nothing(&sentence[prior..quantity.span.start]);
        if kind == FactKind::Target && bare && quantity.unit.is_none() && unit == "count" {
            let before = (out.last().map(|d| (d.measure.clone(), d.unit.clone())))
                .or(context.measure.clone());
            if let Some((prev_measure, prev_unit)) = before {
                measure = prev_measure;
                unit = prev_unit;
            }
        } else if quantity.unit.is_none()
            && unit == "count"
            && kind != FactKind::Change
            && !topic_named
            && names_nothing_going_on(&sentence[prior..quantity.span.start])
            && noun_phrase(&sentence[quantity.span.end..]).is_none()
        {
            // `entries … are at 312 so far` / `last year we closed with
            // 287 in total` / `we're aiming for 400`: in a thread of short
            // messages, a number whose clause names nothing goes on counting
            // what the message before counted.
            let before = (out.last().map(|d| (d.measure.clone(), d.unit.clone())))
                .or(context.measure.clone())
                .or(context.doc_labels.last().cloned());
            if let Some((prev_measure, prev_unit)) = before.filter(|(_, u)| u != "%") {
                measure = prev_measure;
                unit = prev_unit;
            }
        }
        // `cut the wait by 4 months`, `a fall of 0.3 points in the rate of
        // appeals`: a change counts the thing that changed.
        let changed = (kind == FactKind::Change)
            .then(|| {
                changed_thing(
                    &sentence[prior..quantity.span.start],
                    &sentence[quantity.span.end..],
                    &measure,
                )
            })
            .flatten();
        if let Some(thing) = changed {
            measure = thing;
        }
        // `Our examiners: 97, after six joined the team`: people joining or
        // leaving change the headcount stated before them.
        if kind == FactKind::Change && joins_or_leaves(&sentence[quantity.span.end..]) {
            let before = (out.last().map(|d| (d.measure.clone(), d.unit.clone())))
                .or(context.measure.clone());
            if let Some((prev_measure, prev_unit)) = before.filter(|(_, u)| u == "people") {
                measure = prev_measure;
                unit = prev_unit;
            }
        }
        // `Licensing income was 56 million yuan, a decline of 5%`: a
        // change named only by its noun changes the figure before it.
        if kind == FactKind::Change && is_change_noun(&measure) {
            if let Some(prev) = out.last() {
                measure = prev
                    .measure
                    .split(" (")
                    .next()
                    .unwrap_or(&prev.measure)
                    .to_string();
            }
        }
        // `Measured by invention patents granted, Tessbury heads the
        // league with 5,002`: a value given a place counts what the league
        // ranks by, for the name it is given for; `174 fewer` after it
        // changes that count, and `short of the target of 35` is its goal.
        if let Some(ranked) = &context.ranked_by {
            // A number with a unit or a noun of its own says what it is.
            let weak =
                quantity.unit.is_none() && noun_phrase(&sentence[quantity.span.end..]).is_none();
            let name = ranked_name(&sentence[..quantity.span.start]);
            if let Some(name) = name.filter(|_| weak && kind == FactKind::Actual) {
                measure = format!("{ranked} ({name})");
                unit = ranked_unit(ranked);
            } else if let Some(prev) = out.last().filter(|d| {
                weak && kind != FactKind::Actual && d.measure.starts_with(ranked.as_str())
            }) {
                measure.clone_from(&prev.measure);
                unit.clone_from(&prev.unit);
            }
        }
        let from_side = is_from_side(sentence, &quantity);
        // `8.4 million, about three times the 2014 level of 2.9 million`,
        // `96.5% of filings, against 71% in 2021`: the value compared with
        // counts what the figure before it counts.
        // `48 in 2025, double last year's 24`: so does a value after a
        // period in the possessive, as of that period.
        let possessive = possessive_period(&sentence[..quantity.span.start]);
        let mut possessive_as_of = None;
        if !from_side && (possessive.is_some() || is_baseline(&sentence[..quantity.span.start])) {
            let compared = out.iter().rev().find(|d| {
                d.unit != "times"
                    && (quantity.unit.is_none() || d.quantity.unit == quantity.unit)
                    && (d.unit == "%") == (unit == "%")
            });
            if let Some(compared) = compared {
                measure.clone_from(&compared.measure);
                unit.clone_from(&compared.unit);
                possessive_as_of =
                    possessive.and_then(|p| possessive_date(p, compared.date.as_deref()));
            }
        }
        // `The tribunal has 23 judges`: a present-tense clause without a
        // date of its own is as of its document, whatever year the
        // paragraph spoke of before.
        let present = kind == FactKind::Actual
            && !from_side
            && is_present(&sentence[prior..quantity.span.start]);
        // A goal does not go on in a past year the sentence before named
        // (`Last year we closed with 287. We're aiming for 400.`).
        let past_for_a_goal = |p: &String| {
            kind == FactKind::Target
                && (p.get(..4).and_then(|y| y.parse::<u16>().ok()))
                    .zip(doc_date.map(|d| d.year))
                    .is_some_and(|(y, now)| y < now)
        };
        let carried = if present {
            (context.heading.clone()).or_else(|| doc_date.map(|d| d.iso()))
        } else {
            (context.period.clone()).filter(|p| !from_side && !past_for_a_goal(p))
        };
        // `Agencies, of which there were 3,250 in 2020, now number 4,950`:
        // a year another value took is not a present-tense figure's.
        // `Renewals, a third of the total in 2016, account for 97.2%`: nor
        // is a year of an aside before it.
        let own = (bound[idx].as_ref())
            .filter(|b| {
                !(present && (b.shared || in_aside(sentence, &b.span, quantity.span.start)))
            })
            .map(|b| b.iso.clone());
        let stated = own.is_some() && !bound[idx].as_ref().is_some_and(|b| b.shared);
        // A part undated is as of its whole.
        let mut date = possessive_as_of.or(own).or(carried).or(part_date);
        // `During 2016-2020, … doubled from X to Y`: X is as of the
        // start, Y as of the end.
        if date.is_none() {
            let to_side = after_from && sentence[..quantity.span.start].ends_with(" to ");
            if let Some((start, end)) = context.range.as_ref().and_then(|r| r.split_once('/')) {
                if from_side {
                    date = Some(start.to_string());
                } else if to_side {
                    date = Some(end.to_string());
                }
            }
        }
        after_from = from_side;
        // `… at the end of 2024. They filed 4,300 applications during the
        // year.`: the year the paragraph stated last.
        if date.is_none() {
            let lower = sentence.to_ascii_lowercase();
            if SAME_YEAR.iter().any(|w| lower.contains(w)) {
                // `went down by 4 over the year`: with no year stated
                // before, the year the document reports on.
                let own_year = report_year.or(doc_date.map(|d| d.year));
                date = (context.year.clone()).or(own_year.map(|y| y.to_string()));
            }
        }
        // `The meeting agreed the key tasks for this year. … pledge
        // financing should be no less than 45 billion yuan`: a goal with
        // no date of its own is for the year the paragraph speaks of, when
        // that is the document's own year (a year ahead is some other
        // goal's deadline, a past one what was done).
        if date.is_none() && kind == FactKind::Target {
            let now = doc_date.map(|d| d.year);
            let year = (context.year.as_deref())
                .filter(|y| y.len() == 4)
                .and_then(|y| y.parse::<u16>().ok());
            if let (Some(year), Some(now)) = (year, now) {
                if year == now {
                    date = Some(year.to_string());
                }
            }
        }
        // `… completed 12,800 pre-examinations last year. For inventions
        // that went through the centers, the time to grant was 86 days`: a
        // past-tense clause without a date of its own goes on in the year
        // the paragraph stated last.
        if date.is_none()
            && kind == FactKind::Actual
            && !from_side
            && is_past(&sentence[prior..quantity.span.start])
        {
            date = (context.fact_year.clone()).or_else(|| context.section_year.clone());
        }
        // `96,000 (2023), turnover 480 billion yuan`: a value set beside a
        // dated one by a comma, with only its label between, shares its date.
        if date.is_none() {
            if let Some(prev) = out.last() {
                let between = &sentence[prev.quantity.span.end..quantity.span.start];
                if is_apposed(between) {
                    date.clone_from(&prev.date);
                }
            }
        }
        // `18,400 (2024), up 9.6% on the previous year`: a change stated
        // right after a level is as of the level's date.
        // A value in brackets (`61,300 (2022: 54,600), up 12.3%`) is not it.
        if date.is_none() && kind == FactKind::Change {
            let level = out.iter().rev().find(|prev| {
                let before = &sentence[..prev.quantity.span.start];
                before.matches('(').count() <= before.matches(')').count()
            });
            date = level.and_then(|prev| prev.date.clone());
        }
        // `84.85 billion yuan ($13.07 billion)`: a conversion shares its date;
        // `4,120 (3,560 in October 2024)`, a bracket that says more, is an
        // earlier value with a date of its own.
        let closes = sentence[quantity.span.end..].trim_start().starts_with(')');
        if let Some(prev) = out
            .last()
            .filter(|_| sentence[..quantity.span.start].ends_with(" (") && closes)
        {
            if sentence[prev.quantity.span.end..quantity.span.start] == *" (" {
                date.clone_from(&prev.date);
            }
        }
        // `How many disputes did you mediate last year? About 1,900.`: the
        // question's period dates its bare answer.
        if let (None, Some(question)) = (&date, &asked) {
            let periods = find_periods_in_year(question, doc_date, None);
            date = periods.first().map(|p| p.iso.clone());
        }
        // `… was given as 41,200. The correct number is 42,100.`: a figure
        // whose subject points back, with no date of its own, is as of
        // the figure it restates.
        let own_date = stated || date.is_some() && date != doc_date.map(|d| d.iso());
        let subject = read_subject(&sentence[prior..quantity.span.start], prior > 0);
        if !own_date && subject == Some(Subject::PointsBack) {
            let last = out.last().map(|d| d.date.clone());
            if let Some(last) = last
                .or_else(|| context.last_date.clone().map(Some))
                .flatten()
            {
                date = Some(last);
            }
        }
        // `We received 1,284 applications in 2025 … Of the 1,284
        // applications, 602 …`: a figure restated as one already known (`the
        // 1,284`), with its unit and no date of its own, is as of its first
        // statement.
        let lower_before = sentence[..quantity.span.start].to_ascii_lowercase();
        let known = ["the ", "these ", "those "]
            .iter()
            .any(|w| lower_before.ends_with(w));
        if date.is_none() && known {
            let restated = (context.stated_values.iter())
                .find(|(v, u, _)| *v == quantity.value && *u == unit && quantity.value >= 100.0);
            if let Some((_, _, first)) = restated {
                date = Some(first.clone());
            }
        }
        // `bringing the year-to-date total to 3,377` in March: the months
        // from January to March.
        let year_to_date = sentence[prior..quantity.span.start]
            .to_lowercase()
            .contains("year-to-date");
        if let Some((year, month)) = date.as_deref().and_then(|d| d.split_once('-')) {
            if year_to_date && month.len() == 2 && month != "01" {
                date = Some(format!("{year}-01/{year}-{month}"));
            }
        }
        // `within 10 working days by the end of June`, posted in March: a
        // goal's month without a year is the coming one.
        if kind == FactKind::Target {
            if let Some(ahead) = (date.as_deref())
                .and_then(|d| super::goal_months::goal_month_ahead(sentence, d, doc_date))
            {
                date = Some(ahead);
            }
        }
        let kind = deadline_after_its_document(sentence, date.as_deref(), doc_date)
            .then_some(FactKind::Target)
            .filter(|_| kind == FactKind::Actual)
            .unwrap_or(kind);
        // `880 (February 2023: 800, +10.0%)`: a change in the bracket
        // after a level is the level's change, as of the level's date.
        let level = change_bracket(sentence, &quantity.span, kind == FactKind::Change)
            .and_then(|open| bracketed_level(sentence, &out, open));
        let kind = match level {
            Some(level) => {
                measure = level
                    .measure
                    .split(" (part ")
                    .next()
                    .unwrap_or("")
                    .to_string();
                if unit == "count" {
                    unit.clone_from(&level.unit);
                }
                date.clone_from(&level.date);
                FactKind::Change
            }
            None => kind,
        };
        // An undated figure reached says the text has left the year.
        if date.is_none() && kind == FactKind::Actual && !from_side {
            context.fact_year = None;
        }
        if let Some(year) = date.as_deref().and_then(|d| d.get(..4)) {
            let before = sentence[..quantity.span.start]
                .trim_end()
                .to_ascii_lowercase();
            let baseline = from_side
                || ["from", "with", "against", "versus", "than", "vs"]
                    .iter()
                    .any(|w| before.ends_with(&format!(" {w}")));
            // `now`, `today` and a present tense date by the document,
            // which is no year the text went on in.
            let stated = date.as_deref() != doc_date.map(|d| d.iso()).as_deref();
            if kind == FactKind::Actual
                && !baseline
                && stated
                && year.bytes().all(|b| b.is_ascii_digit())
            {
                context.fact_year = date.as_deref().and_then(year_of);
            }
        }
        // `Up to 500 … (previously 50)`: the value before is as of no date
        // the text gives, never the date of the value that replaced it.
        let previously = {
            let before = sentence[..quantity.span.start]
                .trim_end()
                .to_ascii_lowercase();
            ["previously", "formerly", "previously:", "formerly:"]
                .iter()
                .any(|w| before.ends_with(&format!(" {w}")) || before.ends_with(&format!("({w}")))
        };
        let own_period = {
            let after = &sentence[quantity.span.end..];
            let close = after.find([')', ';', '.']).unwrap_or(after.len());
            !find_periods(&after[..close], None).is_empty()
        };
        if previously && !own_period {
            date = None;
        }
        let field = sentence[..quantity.span.start].trim_end().ends_with(':');
        let measure = with_owner(measure, &unit, context.owner.as_deref(), field);
        let clause = &sentence[prior..quantity.span.start];
        out.push(Draft {
            corrects: corrects(clause),
            replaced: is_replaced(&sentence[..quantity.span.start]),
            quantity,
            stated,
            unit,
            measure,
            date,
            kind,
        });
    }
    // `granted 4,100 and 4,650 design rights`: a number joined by `and` to
    // the next one, with no noun of its own, counts the noun after that one.
    for i in (0..out.len().saturating_sub(1)).rev() {
        let between = &sentence[out[i].quantity.span.end..out[i + 1].quantity.span.start];
        let bare = out[i].measure.trim().is_empty() && out[i].quantity.unit.is_none();
        if bare && matches!(between, " and " | " or " | " to ") && out[i + 1].kind == out[i].kind {
            out[i].measure = out[i + 1].measure.clone();
            out[i].unit = out[i + 1].unit.clone();
        }
    }
    // `the Northern Division heard 1,140 and the Southern Division 822`:
    // a bare number after a name with no verb of its own counts what the
    // verb before counts.
    for i in 1..out.len() {
        let (prev, cur) = (&out[i - 1], &out[i]);
        let between = &sentence[prev.quantity.span.end..cur.quantity.span.start];
        let bare = cur.quantity.unit.is_none() && cur.unit == "count";
        let label = (bare && cur.kind == prev.kind)
            .then(|| super::gapping::gapped_label(&sentence[..prev.quantity.span.start], between))
            .flatten();
        if let Some(label) = label {
            let unit = prev.unit.clone();
            out[i].measure = label;
            out[i].unit = unit;
        }
    }
    // `5.5 months (it was 7 months a year ago)`, `38.5 percent, compared
    // with 33 percent a year earlier`, `18 days (2024: 26)`: a figure
    // stated without a date beside an earlier one it is compared with is
    // the current one: as of the year the document reports on, else of the
    // document.
    let now = (context.split_year.clone())
        .or(report_year.map(|y| y.to_string()))
        .or(doc_date.map(|d| d.iso()));
    let now_year = now.as_deref().and_then(|n| n.get(..4)?.parse::<u16>().ok());
    if let (Some(now), Some(now_year)) = (now, now_year) {
        for i in 0..out.len() {
            // A figure and the value it is compared with never share a
            // period: a year carried from the sentence before is not its.
            let compared =
                (out[i + 1..].iter()).any(|later| is_earlier_point(sentence, &out[i], later, &now));
            let undated = out[i].date.is_none()
                || (!out[i].stated
                    && out[i + 1..].iter().any(|later| {
                        later.date == out[i].date
                            && is_earlier_point(sentence, &out[i], later, &now)
                    }));
            if undated && out[i].kind == FactKind::Actual && compared {
                // `12 450 (2023: 11 980)` in a note of February 2025: an
                // annual comparative in brackets names last year, so the
                // figure is of the year after it.
                let comparative = (out[i + 1..].iter())
                    .find_map(|later| bracketed_year_before(&sentence[..later.quantity.span.start]))
                    .filter(|year| year + 1 < now_year);
                out[i].date = Some(comparative.map_or(now.clone(), |y| (y + 1).to_string()));
            }
        }
        // `4,210, up 310 from 3,900 in 2023`, `up 13 points from 48% in the
        // 2023 survey`: the period of the level a change is measured from
        // is not the change's; the change is as of the figure it leads to.
        for i in 0..out.len() {
            let from_base = (out[i + 1..].iter()).any(|later| {
                let between = sentence[out[i].quantity.span.end..later.quantity.span.start]
                    .to_ascii_lowercase();
                later.kind == FactKind::Actual
                    && later.stated
                    && later.date == out[i].date
                    && later
                        .date
                        .as_deref()
                        .and_then(|d| d.get(..4)?.parse::<u16>().ok())
                        < Some(now_year)
                    && between.trim_end().ends_with(" from")
                    && !between.contains(';')
                    && !(periods.iter()).any(|p| {
                        p.span.start >= out[i].quantity.span.end
                            && p.span.end <= later.quantity.span.start
                    })
            });
            if out[i].kind == FactKind::Change && from_base {
                let reached = (out[..i].iter().rev())
                    .find(|d| d.kind == FactKind::Actual)
                    .and_then(|d| d.date.clone());
                out[i].date = Some(reached.unwrap_or_else(|| now.clone()));
            }
        }
    }
    // `26,100, to enterprises; 3,900, to universities (2023)`: a period
    // in brackets at the end of a part dates it, and the parts of one list
    // with one date between them all share it.
    for &part in &gapped_parts {
        if out[part].date.is_some() {
            continue;
        }
        let from = out[part].quantity.span.end;
        let end = sentence[from..]
            .find(';')
            .map_or(sentence.len(), |e| from + e);
        let bracketed = periods.iter().find(|p| {
            p.span.start >= from && p.span.end <= end && sentence[..p.span.start].ends_with('(')
        });
        out[part].date = bracketed.map(|p| p.iso.clone());
    }
    let mut list_dates: Vec<&String> = (gapped_parts.iter())
        .filter_map(|&p| out[p].date.as_ref())
        .collect();
    list_dates.dedup();
    if let [date] = list_dates[..] {
        let date = date.clone();
        for &part in &gapped_parts {
            out[part].date.get_or_insert_with(|| date.clone());
        }
    }
    // A period in brackets (`Seed farms: 2,508 (end of 2021)`) dates its
    // number only, never the sentences after it.
    let opening = periods.first().filter(|p| {
        let before = &sentence[..p.span.start];
        before.split_whitespace().count() <= 4
            && before.matches('(').count() <= before.matches(')').count()
    });
    if let Some(first) = opening {
        context.period = Some(first.iso.clone());
    }
    // `1.31 million of the 2.20 million register records were migrated`.
    let figures: Vec<_> = (out.iter())
        .map(|d| (d.quantity.span.clone(), d.unit.as_str()))
        .collect();
    for (idx, measure) in partitive_measures(sentence, &figures) {
        out[idx].measure = measure;
    }
    if let Some(last) = out.last() {
        context.measure = Some((last.measure.clone(), last.unit.clone()));
        context.last_date.clone_from(&last.date);
    }
    (context.labels).extend(out.iter().map(|d| (d.measure.clone(), d.unit.clone())));
    (context.stated_values).extend(out.iter().filter_map(|d| {
        let date = d.date.clone()?;
        Some((d.quantity.value, d.unit.clone(), date))
    }));
    if let Some(last) = periods.iter().rev().find_map(|p| year_of(&p.iso)) {
        context.year = Some(last);
    }
    out
}

/// `periods` with the ones `said` overlaps replaced by `said`, in order.
fn overrule(periods: &mut Vec<super::periods::Period>, said: Vec<super::periods::Period>) {
    periods
        .retain(|p| !(said.iter()).any(|s| s.span.start < p.span.end && p.span.start < s.span.end));
    periods.extend(said);
    periods.sort_by_key(|p| p.span.start);
}

/// The year a period is in, for the sentences after it to go on in: its
/// first year, or a year split over two calendar years whole (`2025/2026`
/// for `the budget for 2025-26`).
fn year_of(iso: &str) -> Option<String> {
    let first = iso
        .get(..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?;
    let split = (iso.get(4..5) == Some("/") && iso.len() == 9)
        .then(|| Some(iso[5..].parse::<u16>().ok()? == first.parse::<u16>().ok()? + 1))
        .flatten()
        .unwrap_or(false);
    Some(if split {
        iso.to_string()
    } else {
        first.to_string()
    })
}

/// Words of a question that asks for a goal (`Our goal for 2026?`).
const GOAL_WORDS: &[&str] = &[
    "goal", "goals", "target", "targets", "aim", "aiming", "plan", "planned",
];

/// Words of a goal's clause that name nothing counted: `By the end of
/// 2026 we want`, `the goal is`, `our aim for next year is`.
const GOAL_FRAME: &[&str] = &[
    "by", "the", "end", "of", "in", "for", "we", "our", "it", "its", "they", "their", "want",
    "wants", "goal", "target", "aim", "is", "are", "will", "be", "to", "reach", "next", "this",
    "year", "plan", "hope", "hopes", "expect", "expects", "and", "but", "so", "then", "now", "",
];

/// True when the clause before a number holds only [`GOAL_FRAME`] words
/// and years (`By the end of 2026 we want`), so the number names nothing
/// (`the number of enterprises served shall reach` names enterprises).
fn names_nothing(before: &str) -> bool {
    clause_only_of(before, &[GOAL_FRAME])
}

/// Words of a clause that goes on about the thing counted before without
/// naming it: pronouns, times and verbs of ending up at or aiming for a
/// number (`last year we closed with`, `we're aiming for`).
const GOING_ON: &[&str] = &[
    "last", "closed", "ended", "finished", "with", "at", "re", "aiming", "aimed", "hoping", "got",
    "hit", "reached", "stood", "stand", "stands", "were", "was", "had", "have", "has", "i", "you",
    "so", "far",
];

/// True when the clause before a number holds only [`GOAL_FRAME`] and
/// [`GOING_ON`] words and years: it names nothing counted.
fn names_nothing_going_on(before: &str) -> bool {
    last_clause(before).chars().any(char::is_alphanumeric)
        && clause_only_of(before, &[GOAL_FRAME, GOING_ON])
}

/// True when the last clause of `before` holds only words of `lists` and
/// numbers.
fn clause_only_of(before: &str, lists: &[&[&str]]) -> bool {
    let lower = last_clause(&before.to_ascii_lowercase()).to_string();
    lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .all(|w| lists.iter().any(|l| l.contains(&w)) || w.bytes().all(|b| b.is_ascii_digit()))
}

/// Words between a figure and a value it is compared with: `(2024: 26)`,
/// `against`, `versus`, `compared with`, `up from`, `(it was … a year
/// ago)`.
const COMPARED: &[&str] = &[
    "(", "against", "versus", " vs", "compared", "from", "than", "it was", "while", "whereas",
];

/// True when `later` is an earlier period's value of what `draft` counts,
/// stated after it in `sentence` as a point of comparison: the same unit,
/// a date of its own before the document's year, and a comparison word
/// between them.
/// `(2023: ` before a value: the year of an annual comparative in brackets.
fn bracketed_year_before(before: &str) -> Option<u16> {
    let head = before.trim_end().strip_suffix(':')?;
    let year = head.get(head.len().checked_sub(4)?..)?;
    let opened = head[..head.len() - 4].ends_with('(');
    (opened && year.bytes().all(|b| b.is_ascii_digit()))
        .then(|| year.parse().ok())
        .flatten()
}

fn is_earlier_point(sentence: &str, draft: &Draft, later: &Draft, now: &str) -> bool {
    let between = sentence[draft.quantity.span.end..later.quantity.span.start].to_ascii_lowercase();
    // `(February: 6.1 weeks)` in a bulletin of April: an earlier month of
    // the same year is earlier too.
    let year_month = |iso: &str| {
        let year = iso.get(..4)?.parse::<u16>().ok()?;
        let month = (iso.get(4..5) == Some("-"))
            .then(|| iso.get(5..7)?.parse::<u8>().ok())
            .flatten();
        Some((year, month))
    };
    let earlier = match (later.date.as_deref().and_then(year_month), year_month(now)) {
        (Some((y, m)), Some((now_y, now_m))) => {
            y < now_y || y == now_y && m.zip(now_m).is_some_and(|(m, now_m)| m < now_m)
        }
        _ => false,
    } && later.stated;
    earlier
        && later.unit == draft.unit
        && later.kind == FactKind::Actual
        && COMPARED.iter().any(|w| between.contains(w))
        && !between.contains(';')
}

/// ` of intellectual property pledge financing as the target for 2025`
/// after an amount → `intellectual property pledge financing`: what an
/// amount set as a goal is of. Up to eight plain words between `of` and
/// `as the/its/a goal|target|aim`.
fn named_goal(after: &str) -> Option<String> {
    let rest = after.strip_prefix(" of ")?;
    let at = rest.find(" as ")?;
    let goal = rest[at + 4..].to_ascii_lowercase();
    let named = ["the ", "its ", "a "].iter().any(|d| {
        goal.strip_prefix(d).is_some_and(|g| {
            ["goal", "target", "aim", "objective"]
                .iter()
                .any(|w| g.starts_with(w))
        })
    });
    let words: Vec<&str> = rest[..at].split_whitespace().collect();
    let plain = (words.iter()).all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'));
    (named && plain && (1..=8).contains(&words.len())).then(|| words.join(" "))
}

/// Whether `label` holds `word` as a word of its own, in any case.
fn names_word(label: &str, word: &str) -> bool {
    label.split(' ').any(|w| w.eq_ignore_ascii_case(word))
}

/// ` in licensing income and …` after `a target of £4m` → `licensing
/// income`: what a goal whose label ends by calling it a goal (`the board
/// set a target`) is in.
fn goal_in(after: &str, measure: &str) -> Option<String> {
    let only_goal = measure.split_whitespace().next_back().is_some_and(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "target" | "goal" | "aim" | "objective" | "targets" | "goals" | "aims" | "objectives"
        )
    });
    // `Next year's goals: 1,800 pre-examination requests`: the noun right
    // after the number is what the goal counts.
    let rest = match after.strip_prefix(" in ") {
        Some(rest) => format!(" {rest}"),
        None => after.to_string(),
    };
    let rest = &rest[..rest.find([',', ';']).unwrap_or(rest.len())];
    let (phrase, _) = noun_phrase(rest)?;
    (only_goal && !measure.trim().is_empty()).then_some(phrase)
}

/// Whether a value sits in an aside set off by commas that opens after a
/// subject with `which` or `who`, or with the value itself as `a …`
/// (`Online renewal, which handled
/// a third of renewals in 2018, now handles …`, `Seed agencies, a third of
/// the total, now number …`) and closes before the next value.
fn in_relative_aside(sentence: &str, floor: usize, q: &Quantity, next: Option<&usize>) -> bool {
    let Some(&next) = next else {
        return false;
    };
    let before = &sentence[floor..q.span.start];
    let Some(open) = before.rfind(", ") else {
        return false;
    };
    let opener = before[open + 2..].to_ascii_lowercase();
    let lead = sentence[q.span.start..].to_ascii_lowercase();
    let opens = ["which ", "who "].iter().any(|w| opener.starts_with(w))
        || opener.is_empty() && (lead.starts_with("a ") || lead.starts_with("an "));
    opens && open > 0 && sentence[q.span.end..next].contains(", ")
}

/// Words that point back to a whole a part is taken from.
const WHOLE_POINTERS: &[&str] = &[
    "of which",
    "of them",
    "of these",
    "of those",
    "of this",
    "of whom",
    "among them",
];

/// `Among them, invention patents were ` with the whole `patents granted
/// in the whole year` → `invention patents granted in the whole year`:
/// a sentence that opens by pointing back to a whole (`Among them`, `Of
/// these`, `Of which`) and names a kind of it (ending on the whole's first
/// noun) before a linking verb. `None` for any other shape.
fn kind_of_whole(before: &str, whole: &str) -> Option<String> {
    let lower = before.trim_start().to_ascii_lowercase();
    let rest = (WHOLE_POINTERS.iter()).find_map(|p| lower.strip_prefix(p)?.strip_prefix(", "))?;
    let subject = [
        " were",
        " was",
        " numbered",
        " totalled",
        " totaled",
        " reached",
        " stood at",
    ]
    .iter()
    .find_map(|v| rest.trim_end().strip_suffix(v))?;
    let words: Vec<&str> = subject.split(' ').collect();
    let plain = words
        .iter()
        .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
    let head = *words.last()?;
    let whole_lower = whole.to_ascii_lowercase();
    let tail = whole_lower.strip_prefix(head)?;
    let fits =
        plain && (2..=5).contains(&words.len()) && (tail.is_empty() || tail.starts_with(' '));
    fits.then(|| format!("{subject}{tail}"))
}

/// `Of the applications awaiting examination as at 30 June 2025, ` → the
/// whole the part after it belongs to, without its date (`applications
/// awaiting examination`), and whether it is stated by a count of its own
/// (`Of the 31 examiners we recruited last year, `), whose figure is the
/// whole. `None` unless the sentence, or its clause after a colon,
/// semicolon or dash, opens so, with one comma.
fn whole_named_before(before: &str) -> Option<(String, bool)> {
    let phrase = before.trim_end().strip_suffix(',')?;
    // `Ornamentals were the largest group: of the 1,284 applications, 602
    // …`: the opening may follow a colon, a semicolon or a dash.
    let start = [": ", "; ", " — ", " – "]
        .iter()
        .filter_map(|b| phrase.rfind(b).map(|p| p + b.len()))
        .max()
        .unwrap_or(0);
    let phrase = &phrase[start..];
    let rest = (phrase.get(..7))
        .filter(|p| p.eq_ignore_ascii_case("of the "))
        .map(|_| &phrase[7..])?;
    // `1,284` holds a comma of its own.
    let clause_break = [", ", "; ", ": "].iter().any(|b| rest.contains(b));
    if clause_break || word_count(rest) > MAX_WHOLE_WORDS {
        return None;
    }
    let counted = rest.starts_with(|c: char| c.is_ascii_digit());
    let end = (find_periods(rest, None).first()).map_or(rest.len(), |p| p.span.start);
    let mut words: Vec<&str> = rest[..end].split_whitespace().collect();
    while words
        .last()
        .is_some_and(|w| matches!(*w, "as" | "at" | "in" | "on" | "by" | "of" | "the" | "end"))
    {
        words.pop();
    }
    let plural = words.iter().any(|w| w.len() > 3 && w.ends_with('s'));
    (plural && !words.is_empty()).then(|| (words.join(" "), counted))
}

/// Most words of the whole an `Of the …,` opening names.
const MAX_WHOLE_WORDS: usize = 12;

/// ` were held by enterprises.` after `of which 61,900` → `held by
/// enterprises`: what sets a part apart from the whole before it, up to
/// five words to the clause's end; `None` for any other shape. The whole
/// may be in the sentence before (`Of these, 41,000 were filed by
/// universities.`), and the part may say what it does without an
/// auxiliary (`of whom 1,150 work in the Guangdong branch`).
/// `9 members (4 from banks, 5 independent experts)`: a count in brackets
/// right after a count breaks it down; the words after it say which part.
/// A comparison (`(3,560 in 2024)`, `(2023: 11 980)`, `(up from 40)`) or a
/// conversion of a sum is no part.
fn bracketed_part(sentence: &str, q: &Quantity, previous_end: Option<usize>) -> Option<String> {
    let previous_end = previous_end?;
    let open = sentence[..q.span.start].rfind('(')?;
    if open < previous_end || sentence[open..q.span.start].contains(')') {
        return None;
    }
    // The bracket follows the whole and its noun (`9 members (`), and
    // before the count stand only earlier parts (`4 from banks, `).
    let lead = &sentence[previous_end..open];
    let inside = &sentence[open + 1..q.span.start];
    let earlier_parts = inside.is_empty() || inside.trim_end().ends_with(',');
    if word_count(lead) > 2 || !earlier_parts || q.unit.is_some() {
        return None;
    }
    let end = sentence[q.span.end..]
        .find([',', ')', ';'])
        .map_or(sentence.len(), |e| q.span.end + e);
    let words = sentence[q.span.end..end].trim();
    let first = words.split(' ').next().unwrap_or("").to_ascii_lowercase();
    let compares = matches!(
        first.as_str(),
        "" | "in"
            | "a"
            | "an"
            | "last"
            | "previous"
            | "the"
            | "up"
            | "down"
            | "vs"
            | "versus"
            | "compared"
            | "against"
            | "than"
            | "before"
            | "after"
            | "at"
            | "by"
            | "on"
    );
    let dated = !find_periods(words, None).is_empty();
    (!compares && !dated && word_count(words) <= 5).then(|| words.to_string())
}

fn part_of_previous(sentence: &str, q: &Quantity) -> Option<String> {
    let before = sentence[..q.span.start].trim_end().to_ascii_lowercase();
    let before = before.trim_end_matches(',');
    let after = &sentence[q.span.end..];
    // `212 of which were appealed`, `Twelve of them were granted`: the
    // pointer after a count.
    let pointer_after = (q.unit.is_none())
        .then(|| {
            WHOLE_POINTERS.iter().find_map(|p| {
                let rest = after.strip_prefix(' ')?;
                let head = rest.get(..p.len())?;
                head.eq_ignore_ascii_case(p).then(|| &rest[p.len()..])
            })
        })
        .flatten();
    let after = match pointer_after {
        Some(rest) => rest,
        None if WHOLE_POINTERS.iter().any(|p| before.ends_with(p)) => after,
        // `Of the 31 examiners we recruited, 17 were women`.
        None if whole_named_before(&sentence[..q.span.start]).is_some() => after,
        // `The board heard 310 appeals. Nineteen were upheld.`: a count
        // that opens its sentence as the subject of a passive, with no noun
        // of its own, is a part of the whole before it.
        None if before.is_empty() && q.unit.is_none() && !passive_participle(after).is_empty() => {
            after
        }
        None => return None,
    };
    part_after(after)
}

/// What the words after a part's count say sets it apart (`were held by
/// enterprises`, `concerned ornamental plants`): up to five words to the
/// clause's end, after an auxiliary or a plain verb.
fn part_after(after: &str) -> Option<String> {
    let rest = [
        " had been ",
        " have been ",
        " were ",
        " was ",
        " are ",
        " is ",
    ]
    .iter()
    .find_map(|aux| after.strip_prefix(aux))
    .or_else(|| {
        let rest = after.strip_prefix(' ')?;
        let verb = rest.split(' ').next()?;
        let plain = verb.len() > 2 && verb.chars().all(|c| c.is_ascii_lowercase());
        plain.then_some(rest)
    })?;
    let mut words = Vec::new();
    let parts: Vec<&str> = rest.split(' ').take(5).collect();
    for (at, word) in parts.iter().enumerate() {
        let core = word.trim_end_matches([',', '.', ';', ':', ')']);
        // `602 concerned ornamental plants and 377 concerned …`: the next
        // part starts at its number.
        let next_part = matches!(core, "and" | "or" | "while" | "whereas")
            && (parts.get(at + 1)).is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
        if next_part {
            break;
        }
        // `were granted before Christmas`: when is no part of what.
        let when = matches!(
            core,
            "before" | "after" | "during" | "since" | "until" | "within"
        );
        // `waiting longer than 90 days`: a bound inside the part is
        // part of it; a number first is another figure.
        let number = core.starts_with(|c: char| c.is_ascii_digit()) && words.is_empty();
        if core.is_empty() || number || when {
            break;
        }
        words.push(core);
        if core.len() < word.len() {
            break;
        }
    }
    (!words.is_empty()).then(|| words.join(" "))
}

/// `, to enterprises; 3,900, to universities` after `26,100` → `to
/// enterprises`: in a list whose label went before (`Patent licences
/// granted: 26,100, to enterprises; …`), a phrase set off by a comma right
/// after the number says which part it counts. Up to six plain words, to
/// the next comma, semicolon, bracket or full stop.
fn gapped_phrase(after: &str) -> Option<String> {
    let rest = after.strip_prefix(", ")?;
    let (prep, rest) = ["to ", "for ", "by ", "from ", "in ", "at "]
        .iter()
        .find_map(|p| rest.strip_prefix(p).map(|r| (p.trim(), r)))?;
    let end = rest.find([',', ';', '(', '.']).unwrap_or(rest.len());
    let words: Vec<&str> = rest[..end].split_whitespace().collect();
    let plain = |w: &&str| w.chars().all(|c| c.is_alphabetic() || c == '-');
    let dated = words.iter().any(|w| {
        crate::dates::month_number(w).is_some() || w.starts_with(|c: char| c.is_ascii_digit())
    });
    let fits = (1..=6).contains(&words.len()) && words.iter().all(plain) && !dated;
    fits.then(|| format!("{prep} {}", words.join(" ")))
}

/// Whether a label names only a change, not what changed (`decline`, `a
/// year-on-year increase`, or nothing).
fn is_change_noun(label: &str) -> bool {
    const NOUNS: &[&str] = &[
        "decline",
        "increase",
        "rise",
        "growth",
        "fall",
        "drop",
        "decrease",
        "reduction",
        "gain",
        "jump",
        "change",
    ];
    // `276 applications, representing an increase of 18.0%`: a verb of
    // amounting to, which names nothing counted.
    const AMOUNTING: &[&str] = &[
        "representing",
        "marking",
        "meaning",
        "amounting",
        "equivalent",
    ];
    let lower = label.to_ascii_lowercase();
    let last = lower.split_whitespace().next_back().unwrap_or("");
    let plain = lower.split_whitespace().count() <= 3;
    lower.trim().is_empty() || (plain && NOUNS.contains(&last)) || AMOUNTING.contains(&lower.trim())
}

/// Words right before a value that make it the base a figure is compared
/// with (`up from 3,250`, `against 71%`, `the 2014 level of 2.9 million`).
/// A bare `from` is left out: `trainees from 30 countries` compares nothing.
const BASELINE: &[&str] = &[
    " against",
    " compared with",
    " compared to",
    " up from",
    " down from",
    " versus",
    " vs",
    " vs.",
    " level of",
    " figure of",
    // `212,000 …, fewer than the 260,000 seized in 2024`.
    " than the",
    // `an increase of 18.0% as compared with the 234 applications filed`.
    " compared with the",
    " compared to the",
    " against the",
];

/// Whether the text before a value ends in a word that makes it a base of
/// comparison.
fn is_baseline(before: &str) -> bool {
    let lower = before.trim_end().to_ascii_lowercase();
    BASELINE.iter().any(|w| lower.ends_with(w))
}

/// `(2023), turnover ` between two values: a comma and at most three
/// plain words besides bracketed asides.
fn is_apposed(between: &str) -> bool {
    let plain = outside_brackets(between);
    let Some(rest) = plain.trim().strip_prefix(',') else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
        && !words
            .iter()
            .any(|w| matches!(*w, "up" | "down" | "against" | "from" | "and" | "or" | "to"))
}

/// True for a period of whole years with a start and an end (`2016/2020`).
fn is_closed_range(iso: &str) -> bool {
    iso.split_once('/')
        .is_some_and(|(start, end)| start.len() == 4 && end.len() == 4 && end != "..")
}

/// Drops numbers that are structure or names rather than figures.
/// `… 4,210 seed varieties in 2025, and renewed 380.`: the label and unit
/// of a bare count that ends its clause right after `and <verb in the past>`,
/// when the figure before it in the sentence counts things (`seed varieties
/// renewed`, `varieties`); `None` for any other shape.
fn elided_object(
    sentence: &str,
    q: &Quantity,
    previous: Option<&Draft>,
) -> Option<(String, String)> {
    let previous = previous?;
    let after = sentence[q.span.end..].trim_start();
    if !(after.is_empty() || after.starts_with(['.', ',', ';', ')'])) {
        return None;
    }
    let unit = previous.unit.as_str();
    if matches!(unit, "count" | "%") || is_money(unit) {
        return None;
    }
    let gap = sentence.get(previous.quantity.span.end..q.span.start)?;
    let words: Vec<&str> = gap.split_whitespace().collect();
    let (&verb, rest) = words.split_last()?;
    let rest: Vec<&str> = (rest.iter().copied())
        .filter(|w| !matches!(*w, "also" | "then" | "later"))
        .collect();
    let past = verb.len() > 3
        && verb.chars().all(|c| c.is_ascii_lowercase())
        && (verb.ends_with("ed") || super::verbs::is_irregular_past(verb));
    if !past || rest.last() != Some(&"and") {
        return None;
    }
    let lower = previous.measure.to_lowercase();
    let noun = match lower.rfind(&unit.to_lowercase()) {
        Some(at) => &previous.measure[..at + unit.len()],
        None => unit,
    };
    Some((format!("{noun} {verb}"), unit.to_string()))
}

/// Words that end a street's name (not `Court` or `Park`, which end the
/// names of courts and science parks as often).
#[rustfmt::skip]
const STREET_TYPES: &[&str] = &["Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Quay", "Square", "Place", "Way", "Drive", "Boulevard", "Terrace", "Crescent", "Row", "Gardens", "Parade", "Wharf", "Embankment", "Strasse", "Straße"];

/// `14 Merrion Quay, Dunmore`, `No. 6 Xitucheng Road`: a house number
/// before a street's name (capitalised words ending in a street type, then
/// the end, a comma or the next line of the address) is part of an address.
fn is_street_number(sentence: &str, q: &Quantity) -> bool {
    if q.unit.is_some() || q.value.fract() != 0.0 || q.value >= 10_000.0 {
        return false;
    }
    let after = &sentence[q.span.end..];
    let words: Vec<&str> = after.split_whitespace().take(5).collect();
    for (at, word) in words.iter().enumerate() {
        let bare = word.trim_end_matches([',', '.', ';']);
        if !bare.starts_with(char::is_uppercase) {
            return false;
        }
        if at > 0 && STREET_TYPES.contains(&bare) {
            // `12 Supreme Court judges` counts judges; `at 8 Harbour Road
            // has` is a place.
            let ends = bare.len() < word.len()
                || (words.get(at + 1)).is_none_or(|w| w.starts_with(char::is_uppercase));
            let lower = sentence[..q.span.start].to_ascii_lowercase();
            let placed = [" at ", " on ", "address: ", " in "]
                .iter()
                .any(|w| format!(" {lower}").ends_with(w));
            return ends || placed;
        }
    }
    false
}

fn is_figure(sentence: &str, q: &Quantity) -> bool {
    let after = sentence[q.span.end..].trim_start();
    let next_word = after.split(' ').next().unwrap_or("");
    let small_word =
        q.value <= 10.0 && !sentence[q.number_start..].starts_with(|c: char| c.is_ascii_digit());
    let discourse =
        small_word && DISCOURSE_NOUNS.contains(&next_word.trim_end_matches([',', '.', ':']));
    // `the three speakers`, `these two difficulties`: a set already known.
    let known_set = small_word
        && q.unit.is_none()
        && ["the ", "these ", "those ", "both "]
            .iter()
            .any(|w| sentence[..q.span.start].to_ascii_lowercase().ends_with(w));
    // `the 14 Five-Year Plan`: a number inside a proper name.
    let in_name = sentence[..q.span.start].ends_with("the ")
        && next_word.starts_with(char::is_uppercase)
        && q.unit.is_none();
    // `in the past five years`, `in the same six months`: a time frame,
    // not a figure. `takes the same 30 days as before` is a length of
    // time: the later words frame time only after a preposition.
    let before = sentence[..q.span.start].to_ascii_lowercase();
    let framed = |w: &str| {
        [
            "in the ",
            "over the ",
            "during the ",
            "within the ",
            "across the ",
            "for the ",
        ]
        .iter()
        .any(|p| before.ends_with(&format!("{p}{w}")))
    };
    #[rustfmt::skip]
    let time_frame = (["past ", "last ", "next ", "coming ", "first "].iter().any(|w| before.ends_with(w))
        || ["same ", "previous ", "preceding ", "following ", "final ", "recent "].iter().any(|w| framed(w)))
        && matches!(
            next_word.trim_end_matches([',', '.']),
            "years" | "months" | "days" | "weeks" | "decades" | "quarters"
        );
    // `five years ago`, `two decades earlier`: a point in time, not a figure;
    // `stays up for a median of 2.5 days before it is removed`, `takes 30
    // days before …`: a length of time up to an event is one.
    let length = [
        "for ", "of ", "take ", "takes ", "took ", "lasts ", "lasted ", "within ",
    ]
    .iter()
    .any(|w| before.ends_with(w));
    let ago = !length && {
        let mut rest = after.split(' ').skip(1);
        matches!(
            next_word.trim_end_matches([',', '.']),
            "years" | "months" | "days" | "weeks" | "decades" | "year" | "month" | "decade"
        ) && rest.next().is_some_and(|w| {
            matches!(
                w.trim_end_matches([',', '.', ';']),
                "ago" | "earlier" | "before"
            )
        })
    };
    // `Article 3`, `section 2.1`, `No. 5`: references, not figures.
    let reference = [
        "section ",
        "chapter ",
        "article ",
        "paragraph ",
        "clause ",
        "item ",
        "no. ",
        "page ",
        "part ",
        // `postcode: 650031`, `PO Box 1204`: codes of an address.
        "postcode ",
        "postcode: ",
        "post code: ",
        "postal code: ",
        "zip code: ",
        "zip: ",
        "po box ",
        "p.o. box ",
    ]
    .iter()
    .any(|w| before.ends_with(w))
        // `Page 1 of 2`: the count of pages a page number is out of.
        || (before.strip_suffix(" of ").map(|b| b.trim_end_matches(|c: char| c.is_ascii_digit())))
            .is_some_and(|b| b.ends_with("page "));
    // `Table 3 of the statistics`, `the incubator at Pier 7`, `In Round 3`,
    // `Room 4.12`, `version 3.2`: a small number that names a thing of a
    // numbered set.
    let numbered = q.unit.is_none()
        && q.value < 1000.0
        && (before.trim_end().rsplit(' ').next())
            .is_some_and(|w| NUMBERED_THINGS.contains(&w) && before.ends_with(' '));
    !discourse
        && !numbered
        && !is_street_number(sentence, q)
        && !is_enumeration_marker(sentence, q)
        && !in_name
        && !time_frame
        && !ago
        && !reference
        && !known_set
        && !is_threshold(sentence, q)
}

/// A number that marks an item of a list rather than stating a figure: `(2)`
/// or `2)` before an item inside a sentence, `2.` heading a numbered
/// question or section (`2. What are the main targets?`).
fn is_enumeration_marker(sentence: &str, q: &Quantity) -> bool {
    if q.unit.is_some() || !is_item_marker(&sentence[q.span.clone()]) {
        return false;
    }
    let before = sentence[..q.span.start].trim_end_matches([' ', '\t']);
    let after = &sentence[q.span.end..];
    let item_follows =
        |rest: &str| rest.is_empty() || rest.starts_with(' ') || rest.starts_with('\t');
    let bracketed = before.ends_with('(') && after.strip_prefix(')').is_some_and(item_follows);
    let at_item_start = before.is_empty()
        || before.ends_with([':', ';', '\n'])
        || before.ends_with(" and")
        || before.ends_with(" or");
    let closing = at_item_start && after.strip_prefix(')').is_some_and(item_follows);
    let heading = before.is_empty()
        && (after.trim_end() == "."
            || after
                .strip_prefix(". ")
                .is_some_and(|rest| rest.starts_with(char::is_uppercase)));
    bracketed || closing || heading
}

/// A bound a rule sets rather than a figure it states: a number in a
/// conditional clause of a rule (`cities where the amount grew by less than
/// 10% shall report`, `if losses exceed 5%, banks must …`).
fn is_threshold(sentence: &str, q: &Quantity) -> bool {
    let lower = sentence.to_ascii_lowercase();
    let clause_start = ["; ", ": ", ". "]
        .iter()
        .filter_map(|sep| lower[..q.span.start].rfind(sep).map(|p| p + sep.len()))
        .max()
        .unwrap_or(0);
    let clause = &lower[clause_start..q.span.start];
    let conditional = clause.starts_with("if ")
        || clause.starts_with("unless ")
        || [" where ", " if ", " unless ", " whose "]
            .iter()
            .any(|w| clause.contains(w));
    let rule = [" shall ", " must "]
        .iter()
        .any(|w| lower[q.span.end..].contains(w));
    conditional && rule
}

/// Whether a figure is dated by a deadline (`by 2027`, `by the end of
/// 2027`, `by June 2027`) in a year after the year of the document that states it: such a
/// figure cannot have been achieved yet, whatever verb states it (`We want
/// 1,500 firms to use pledge loans by 2027`), so it is a goal or a forecast.
fn deadline_after_its_document(sentence: &str, date: Option<&str>, doc_date: Option<Date>) -> bool {
    let Some(year) = date
        .and_then(|d| d.get(..4))
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
    else {
        return false;
    };
    let later = doc_date.is_some_and(|doc| year.parse::<u16>().is_ok_and(|y| y > doc.year));
    let lower = sentence.to_ascii_lowercase();
    // `by 2027`, `by the end of 2027`, `by June 2026`, `by 30 June 2026`,
    // `by end-March 2027`: `by` and a date phrase of a few words that ends
    // in the year.
    // Only words of a date may stand between (`set by the tribunal in
    // 2025` names who set it, not when).
    let date_word = |w: &&str| {
        let w = w.trim_start_matches("end-").trim_start_matches("mid-");
        [
            "the",
            "end",
            "of",
            "mid",
            "early",
            "late",
            "start",
            "beginning",
            "middle",
        ]
        .contains(&w)
            || (w.get(..1)).is_some_and(|c| month_number(&(c.to_uppercase() + &w[1..])).is_some())
            || w.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
    };
    let by_the_year = lower.match_indices("by ").any(|(at, by)| {
        let bounded = at == 0 || !lower.as_bytes()[at - 1].is_ascii_alphanumeric();
        let words: Vec<&str> = lower[at + by.len()..].split_whitespace().take(5).collect();
        let is_year = |w: &&str| w.trim_end_matches([',', '.', ';', ')']) == year;
        bounded
            && (words.iter().position(is_year))
                .is_some_and(|i| i < 5 && words[..i].iter().all(date_word))
    });
    later && by_the_year
}

/// The fields of a sentence that is a row of delimited fields (`Lot 3 |
/// 4 invention patents | estimate 1.0m-1.4m | SOLD 2.15m`): each field is
/// read on its own, so no label runs across a `|`, and the later fields
/// with the row's key, a short first field (`SOLD (Lot 3)`). Any other
/// sentence is one span with no key.
fn field_spans(paragraph: &str, span: Range<usize>) -> Vec<(Range<usize>, Option<Range<usize>>)> {
    let sentence = &paragraph[span.clone()];
    if sentence.matches(" | ").count() < 2 {
        return vec![(span, None)];
    }
    let mut fields = Vec::new();
    let mut start = 0;
    for (at, sep) in sentence.match_indices(" | ") {
        fields.push(span.start + start..span.start + at);
        start = at + sep.len();
    }
    fields.push(span.start + start..span.end);
    let key = (fields.first().cloned()).filter(|k| word_count(&paragraph[k.clone()]) <= 3);
    (fields.into_iter().enumerate())
        .map(|(i, field)| (field, key.clone().filter(|_| i > 0)))
        .collect()
}

/// The level a bracket opened at `open` follows: the last figure outside
/// brackets that ends before it, with only its unit between.
fn bracketed_level<'a>(sentence: &str, out: &'a [Draft], open: usize) -> Option<&'a Draft> {
    let level = out.iter().rev().find(|d| {
        let before = &sentence[..d.quantity.span.start];
        d.quantity.span.end <= open && before.matches('(').count() <= before.matches(')').count()
    })?;
    follows_level(&sentence[level.quantity.span.end..open]).then_some(level)
}

/// The text after an amount past its bracketed conversion: `1.27 billion
/// yuan (12.7 yi) of new loans` goes on ` of new loans`.
fn past_conversion(after: &str) -> &str {
    let Some(inner) = after.strip_prefix(" (") else {
        return after;
    };
    match inner.find(')') {
        Some(close) if close <= 40 && inner[..close].contains(|c: char| c.is_ascii_digit()) => {
            &inner[close + 1..]
        }
        _ => after,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(paragraph: &str, expect: expect_test::Expect) {
        check_owned(paragraph, None, expect);
    }

    /// [`check`] in a document whose title names `owner`.
    fn check_owned(paragraph: &str, owner: Option<&str>, expect: expect_test::Expect) {
        let doc = Some(Date {
            year: 2022,
            month: Some(3),
            day: Some(30),
        });
        let mut context = Context {
            owner: owner.map(str::to_string),
            ..Context::default()
        };
        let mut shown = Vec::new();
        for span in fact_sentence_spans(paragraph) {
            let (span_start, span_end) = (span.start, span.end);
            let sentence = &paragraph[span];
            let around = (&paragraph[..span_start], &paragraph[span_end..]);
            for d in sentence_facts(sentence, around, (doc, None), &mut context) {
                let text = &sentence[d.quantity.span.clone()];
                shown.push(format!(
                    "{text} = {} {} | {} | {} | {}",
                    d.quantity.value,
                    d.unit,
                    d.measure,
                    d.kind.as_str(),
                    d.date.as_deref().unwrap_or("-")
                ));
            }
        }
        expect.assert_eq(&shown.join("\n"));
    }

    #[test]
    fn a_named_clause_without_a_verb_counts_what_the_verb_before_counts() {
        check(
            "In 2021 the Harbour Registry examined 4,300 and the Inland Registry 2,950.",
            expect_test::expect![[r#"
                4,300 = 4300 count | Harbour Registry examined | actual | 2021
                2,950 = 2950 count | Inland Registry examined | actual | 2021"#]],
        );
    }

    #[test]
    fn a_goals_month_without_a_year_is_the_coming_one() {
        check(
            "Our aim is to answer every enquiry within 5 working days by the end of October.",
            expect_test::expect![
                "5 = 5 days | aim is to answer every enquiry (duration) | target | 2022-10"
            ],
        );
        check(
            "In October we answered enquiries within 7 working days.",
            expect_test::expect![
                "7 = 7 days | October we answered enquiries (duration) | actual | 2021-10"
            ],
        );
    }

    #[test]
    fn a_contracted_up_or_down_states_a_change() {
        check(
            "Renewals came to 1,200 in February. That's up 14% on February last year.",
            expect_test::expect![[r#"
                1,200 = 1200 renewals | Renewals | actual | 2022-02
                14% = 14 % | Renewals | change | 2022-02"#]],
        );
        check(
            "Well, it’s down 3% on the same quarter of last year.",
            expect_test::expect!["3% = 3 % |  | change | -"],
        );
    }

    #[test]
    fn a_bracket_of_only_a_period_dates_its_label_but_a_bracket_with_a_value_does_not() {
        check(
            "Fees collected (February 2022): 412,000 yuan. Grants made: 61 (2021: 54).",
            expect_test::expect![[r#"
                412,000 yuan = 412000 yuan | Fees collected | actual | 2022-02
                61 = 61 count | Grants made | actual | 2022-03-30
                54 = 54 count | Grants made | actual | 2021"#]],
        );
    }

    #[test]
    fn the_same_or_previous_months_are_a_time_frame() {
        check(
            "Design filings reached 9,400 in the same six months.",
            expect_test::expect!["9,400 = 9400 filings | Design filings | actual | -"],
        );
        check(
            "A hearing now takes the same 30 days as in 2024.",
            expect_test::expect![
                "30 = 30 days | hearing now takes the same (duration) | actual | 2024"
            ],
        );
        check(
            "Over the previous 12 months we settled 310 disputes.",
            expect_test::expect!["310 = 310 disputes | disputes settled | actual | -"],
        );
    }

    #[test]
    fn a_list_label_drops_its_marker_and_the_year_it_names() {
        check(
            "▸ New cases filed in 2025: 3,480",
            expect_test::expect!["3,480 = 3480 cases | New cases filed | actual | 2025"],
        );
        check(
            "- Mediation requests received from January to September 2021: 2,390",
            expect_test::expect![
                "2,390 = 2390 requests | Mediation requests | actual | 2021-01/2021-09"
            ],
        );
        check(
            "The second-quarter count of trademark registrations has been revised to 8,910.",
            expect_test::expect![
                "8,910 = 8910 registrations | trademark registrations | actual | 2021-04/2021-06"
            ],
        );
        check(
            "- Design applications in the first half of 2021: 1,204",
            expect_test::expect![
                "1,204 = 1204 applications | Design applications | actual | 2021-01/2021-06"
            ],
        );
        check(
            "➤ Licence income for FY2024/25: 3.1 million euros",
            expect_test::expect![
                "3.1 million euros = 3100000 euros | Licence income | actual | 2024/2025"
            ],
        );
    }

    #[test]
    fn a_figure_against_an_earlier_year_keeps_the_period_of_its_paragraph() {
        check(
            "In the first half of 2021 officers opened 3,560 cases and detained 318,900 articles, up 12.5% on the first half of 2020. The value of the goods was 14.8 million euros. Detained goods were held for an average of 9.6 working days before they were destroyed or released, down from 12.1 working days in 2020 as a whole.",
            expect_test::expect![[r#"
                3,560 = 3560 cases | cases detained | actual | 2021-01/2021-06
                318,900 = 318900 articles | articles detained by officers | actual | 2021-01/2021-06
                12.5% = 12.5 % | articles detained by officers | change | 2021-01/2021-06
                14.8 million euros = 14800000 euros | the goods | actual | 2021-01/2021-06
                9.6 = 9.6 days | Detained goods (duration) | actual | 2021-01/2021-06
                12.1 = 12.1 days | Detained goods (duration) | actual | 2020"#]],
        );
    }

    #[test]
    fn a_rise_from_an_earlier_years_level_is_of_the_current_year() {
        check(
            "In 2022, 61% of respondents said they had found copies online, up 13 percentage points from 48% in the 2020 survey.",
            expect_test::expect![[r#"
                61% = 61 % | found copies online (share of respondents) | actual | 2022
                13 = 13 points | found copies online | change | 2022
                48% = 48 % | found copies online | actual | 2020"#]],
        );
        check(
            "Filings reached 4,210, up 310 from 3,900 in 2020.",
            expect_test::expect![[r#"
                4,210 = 4210 filings | Filings | actual | 2022-03-30
                310 = 310 filings | Filings | change | 2022-03-30
                3,900 = 3900 filings | Filings | actual | 2020"#]],
        );
    }

    #[test]
    fn a_year_to_date_total_runs_from_january() {
        check(
            "In March 2021 the Registry received 1,204 design applications, bringing the year-to-date total to 3,377.",
            expect_test::expect![[r#"
                1,204 = 1204 applications | design applications received | actual | 2021-03
                3,377 = 3377 applications | design applications received | actual | 2021-01/2021-03"#]],
        );
    }

    #[test]
    fn a_count_in_brackets_after_a_count_is_a_part_of_it() {
        check(
            "Review committee: 9 members (4 from banks, 5 independent experts). Cases rose to 3,560 (3,210 in 2020) and panels to 7 (11 a year earlier).",
            expect_test::expect![[r#"
                9 = 9 people | Review committee | actual | -
                4 = 4 people | Review committee (part from banks) | actual | -
                5 = 5 people | Review committee (part independent experts) | actual | -
                3,560 = 3560 cases | Cases | actual | 2022-03-30
                3,210 = 3210 cases | Cases | actual | 2020
                7 = 7 panels | panels | actual | 2022-03-30
                11 = 11 panels | panels | actual | 2019"#]],
        );
    }

    #[test]
    fn a_value_given_as_previously_has_no_date_of_the_new_one() {
        check(
            "In 2021 up to 500 trade marks can be renewed in a single transaction (previously 50).",
            expect_test::expect![[r#"
                up to 500 = 500 marks | trade marks | actual | 2021
                50 = 50 marks | trade marks | actual | -"#]],
        );
    }

    #[test]
    fn a_label_before_what_a_source_said() {
        check(
            "The same release said the Authority's design examiners numbered 38 at the end of 2021; the correct headcount is 36.",
            expect_test::expect![[r#"
                38 = 38 people | Authority's design examiners | actual | 2021-12
                36 = 36 people | Authority's design examiners | actual | 2021-12"#]],
        );
        check(
            "Registered collective management members: the report said 5,210. This has been corrected to 5,120.",
            expect_test::expect![[r#"
                5,210 = 5210 people | Registered collective management members | actual | -
                5,120 = 5120 people | Registered collective management members | actual | -"#]],
        );
    }

    #[test]
    fn a_forms_long_label_drops_the_date_it_ends_with() {
        check(
            "A1. Number of registered patent attorneys employed by the firm at 31 March 2021: 47.",
            expect_test::expect!["47 = 47 attorneys | registered patent attorneys employed by the firm | actual | 2021-03-31"],
        );
        check(
            "B1. Gross fee income for the year ended 31 March 2021: £6,240,000.",
            expect_test::expect![
                "£6,240,000 = 6240000 pounds | Gross fee income | actual | 2020-04/2021-03"
            ],
        );
        check(
            "B2. New patent applications filed on behalf of clients in the same year: 1,318.",
            expect_test::expect!["1,318 = 1318 applications | New patent applications filed on behalf of clients | actual | 2022"],
        );
        check(
            "C1. Trainees the firm expects to recruit in the year to 31 March 2022: 5.",
            expect_test::expect![
                "5 = 5 people | Trainees the firm expects to recruit | target | 2022-03-31"
            ],
        );
        check(
            "Examiners in post as at 30 June 2021: 212.",
            expect_test::expect!["212 = 212 people | Examiners in post | actual | 2021-06-30"],
        );
    }

    #[test]
    fn a_field_of_a_generic_noun_says_whose_it_is() {
        let court = Some("Marston IP Court");
        check_owned(
            "▸ Cases closed in 2025: 3,215",
            court,
            expect_test::expect![
                "3,215 = 3215 cases | Cases closed at Marston IP Court | actual | 2025"
            ],
        );
        // A label that says what it counts, and a sentence, keep theirs.
        check_owned(
            "▸ Patent applications examined: 940",
            court,
            expect_test::expect![
                "940 = 940 applications | Patent applications examined | actual | -"
            ],
        );
        check_owned(
            "In 2024 the tribunal heard 12 cases.",
            court,
            expect_test::expect!["12 = 12 cases | cases heard by the tribunal | actual | 2024"],
        );
    }

    #[test]
    fn a_line_opened_by_its_date_keeps_its_label_without_the_year() {
        check(
            "2023-12-31 Pre-examinations completed in the year: 5,300.",
            expect_test::expect![
                "5,300 = 5300 pre-examinations | Pre-examinations completed | actual | 2023-12-31"
            ],
        );
        check(
            "14/02/2025 Entries received: 312",
            expect_test::expect!["312 = 312 entries | Entries | actual | 2025-02-14"],
        );
        // One word of what is counted says whose it is in an organisation's
        // document.
        check_owned(
            "2025-09-01 Staff stand at 88.",
            Some("Kestrel Bay Patent Service Centre"),
            expect_test::expect![
                "88 = 88 people | Staff at Kestrel Bay Patent Service Centre | actual | 2025-09-01"
            ],
        );
    }

    #[test]
    fn a_level_a_rate_is_raised_to_keeps_the_rate() {
        check(
            "The province aims to raise valid invention patents to 35 per 10,000 residents by 2027.",
            expect_test::expect!["35 = 35 patents per 10,000 people | valid invention patents per 10,000 people | target | 2027"],
        );
    }

    #[test]
    fn points_that_are_places_keep_their_noun_after_a_pronoun() {
        check(
            "Our mediation service settled 1,430 disputes in 2024. We intend to open four more regional mediation points, taking the total to 11 by the end of 2026. Scores rose 3 points.",
            expect_test::expect![[r#"
                1,430 = 1430 disputes | disputes settled by mediation service | actual | 2024
                four = 4 points | regional mediation points opened | target | -
                11 = 11 points | regional mediation points opened | target | 2026-12
                3 = 3 points | Scores | change | -"#]],
        );
    }

    #[test]
    fn a_figure_dated_after_its_document_is_a_goal_whatever_the_verb() {
        // The fixture document is dated 2022-03-30.
        check(
            "We want 1,500 firms to use pledge loans by 2027. In 2021, 640 firms borrowed against their patents. During 2021-2025, 90 centres opened. The Board asked that the seed backlog be brought below 1,200 by June 2023. Seed fees set by the board in 2023 totalled 3.9 million yuan.",
            expect_test::expect![[r#"
                1,500 = 1500 firms | firms using pledge loans | target | 2027
                640 = 640 firms | firms borrowed against their patents | actual | 2021
                90 = 90 centres | centres opened | actual | 2021/2025
                below 1,200 = 1200 count | seed backlog brought | target | 2023-06
                3.9 million yuan = 3900000 yuan | Seed fees set by the board | actual | 2023"#]],
        );
    }

    #[test]
    fn a_forecast_is_a_goal_and_a_budget_that_was_is_what_was_spent() {
        check(
            "Looking ahead, we expect licence income of at least 50 million yuan in 2024. The operating budget for 2021/22 was 3.2 million yuan. Fee income came to 4.4 million yuan. The budget for 2023 is 4 million yuan.",
            expect_test::expect![[r#"
                at least 50 million yuan = 50000000 yuan | licence income | target | 2024
                3.2 million yuan = 3200000 yuan | operating budget | actual | 2021/2022
                4.4 million yuan = 4400000 yuan | Fee income | actual | 2021/2022
                4 million yuan = 4000000 yuan | budget | target | 2023"#]],
        );
    }

    #[test]
    fn an_undated_figure_compared_with_an_earlier_one_is_as_of_the_document() {
        // The fixture document is dated 2022-03-30.
        check(
            "Average time to register a mark: 5.5 months (it was 7 months a year ago). The median trial took 7.8 months (previous year: 9.1 months).",
            expect_test::expect![[r#"
                5.5 = 5.5 months | time to register a mark | actual | 2022-03-30
                7 = 7 months | time to register a mark | actual | 2021
                7.8 = 7.8 months | median trial (duration) | actual | 2022-03-30
                9.1 = 9.1 months | median trial (duration) | actual | 2021"#]],
        );
        // An annual comparative in brackets names last year: the figure
        // is of the year after it, not of the later document.
        check(
            "Processing time: 18 days (2020: 26).",
            expect_test::expect![[r#"
                18 = 18 days | Processing time | actual | 2021
                26 = 26 days | Processing time | actual | 2020"#]],
        );
        // An earlier month of the document's year is earlier too.
        check(
            "The median wait was 5.8 weeks (February: 6.1 weeks).",
            expect_test::expect![[r#"
                5.8 = 5.8 weeks | median wait | actual | 2022-03-30
                6.1 = 6.1 weeks | median wait | actual | 2022-02"#]],
        );
        check(
            "Some 38.5 percent of cases ended in mediation, compared with 33 percent a year earlier.",
            expect_test::expect![[r#"
                Some 38.5 percent = 38.5 % | share of cases ended | actual | 2022-03-30
                33 percent = 33 % | share of cases ended | actual | 2021"#]],
        );
        check(
            "The office has 96 examiners; it had 80 in 2019.",
            expect_test::expect![[r#"
                96 = 96 people | examiners of the office | actual | 2022-03-30
                80 = 80 people | examiners of the office | actual | 2019"#]],
        );
    }

    #[test]
    fn a_difference_said_of_that_changes_the_figure_before() {
        check(
            "In 2024 the board settled 640 disputes. That's 85 more than in 2023, a record.",
            expect_test::expect![[r#"
                640 = 640 disputes | disputes settled by the board | actual | 2024
                85 = 85 disputes | disputes settled by the board | change | 2024"#]],
        );
        check(
            "In 2024 the board settled 640 disputes. That is up 15% on 2023.",
            expect_test::expect![[r#"
                640 = 640 disputes | disputes settled by the board | actual | 2024
                15% = 15 % | disputes settled by the board | change | 2024"#]],
        );
    }

    #[test]
    fn a_goal_that_names_nothing_after_its_number_counts_what_came_before() {
        check(
            "We now have 96 examiners. By the end of 2026 we want 120.",
            expect_test::expect![[r#"
                96 = 96 people | examiners | actual | 2022-03-30
                120 = 120 people | examiners | target | 2026-12"#]],
        );
        check(
            "The registry holds 4,100 marks; the goal is 5,000!",
            expect_test::expect![[r#"
                4,100 = 4100 marks | marks held by the registry | actual | 2022-03-30
                5,000 = 5000 marks | marks held by the registry | target | -"#]],
        );
        // A goal whose clause names what it counts keeps it.
        check(
            "Loans shall exceed 100 billion yuan, and the number of firms served shall reach 15,000.",
            expect_test::expect![[r#"
                100 billion yuan = 100000000000 yuan | Loans | target | -
                15,000 = 15000 firms | firms served | target | -"#]],
        );
        check(
            "We have 96 examiners. We want 30 mediators.",
            expect_test::expect![[r#"
                96 = 96 people | examiners | actual | 2022-03-30
                30 = 30 mediators | mediators | target | -"#]],
        );
    }

    #[test]
    fn over_the_year_with_no_year_stated_is_the_documents_year() {
        check(
            "The number of paid staff went down by 4 over the year, to 19.",
            expect_test::expect![[r#"
                4 = 4 people | paid staff | change | 2022
                19 = 19 people | paid staff | actual | 2022"#]],
        );
    }

    #[test]
    fn an_earlier_value_in_brackets_keeps_its_own_date() {
        check(
            "Applications received in February: 4,120 (3,560 in February 2021). Grants: 2,875 (2,400 a year earlier). Fees came to 84.85 billion yuan ($13.07 billion) in 2021.",
            expect_test::expect![[r#"
                4,120 = 4120 applications | Applications received in February | actual | 2022-02
                3,560 = 3560 applications | Applications received in February | actual | 2021-02
                2,875 = 2875 grants | Grants | actual | 2022-02
                2,400 = 2400 grants | Grants | actual | 2021
                84.85 billion yuan = 84850000000 yuan | Fees | actual | 2021
                $13.07 billion = 13070000000 US dollars | Fees | actual | 2021"#]],
        );
    }

    #[test]
    fn a_change_in_the_bracket_after_a_level_is_the_levels() {
        check(
            "- Design applications lodged in January 2022: 880 (January 2021: 800, +10.0%).",
            expect_test::expect![[r#"
                880 = 880 applications | Design applications lodged | actual | 2022-01
                800 = 800 applications | Design applications lodged | actual | 2021-01
                10.0% = 10 % | Design applications lodged | change | 2022-01"#]],
        );
        check(
            "- Registrations in 2021: 1,200 (2020: 1,000, up 20%).",
            expect_test::expect![[r#"
                1,200 = 1200 registrations | Registrations | actual | 2021
                1,000 = 1000 registrations | Registrations | actual | 2020
                20% = 20 % | Registrations | change | 2021"#]],
        );
        check(
            "- Grants issued: 310 (−7.6% on January 2021).",
            expect_test::expect![[r#"
                310 = 310 grants | Grants issued | actual | -
                7.6% = 7.6 % | Grants issued | change | -"#]],
        );
        check(
            "- Median time to grant, uncontested designs, January 2022: 4.1 months (December 2021: 4.3 months).",
            expect_test::expect![[r#"
                4.1 = 4.1 months | Median time to grant, uncontested designs | actual | 2022-01
                4.3 = 4.3 months | Median time to grant, uncontested designs | actual | 2021-12"#]],
        );
        check(
            "- Median days to first action, January 2022: 61 (target: 45 days by 31 December 2022).",
            expect_test::expect![[r#"
                61 = 61 count | Median days to first action | actual | 2022-01
                45 = 45 days | Median days to first action | target | 2022-12-31"#]],
        );
    }

    #[test]
    fn actual_change_and_dates() {
        check(
            "In 2020, the total amount of pledge financing reached 218 billion yuan, a year-on-year increase of 43.9%. A total of 186,000 contracts were signed.",
            expect_test::expect![[r#"
                218 billion yuan = 218000000000 yuan | pledge financing | actual | 2020
                43.9% = 43.9 % | pledge financing | change | 2020
                186,000 = 186000 contracts | contracts signed | actual | 2020"#]],
        );
    }

    #[test]
    fn targets_and_from_to() {
        check(
            "The plan set a goal of having more than one million IP professionals nationwide by 2025. As of the end of 2023, the number of agents has increased from 690,000 at the end of the \"13th Five-Year Plan\" to 860,000.",
            expect_test::expect![[r#"
                more than one million = 1000000 people | IP professionals | target | 2025
                690,000 = 690000 people | agents | actual | 2020
                860,000 = 860000 people | agents | actual | 2023-12"#]],
        );
    }

    #[test]
    fn a_from_value_is_as_of_the_start_of_the_period_the_paragraph_states() {
        check(
            "During the plan period (2011-2015), harvests grew every year. Seed exports rose from 40 tonnes to 90 tonnes.",
            expect_test::expect![[r#"
                40 = 40 tonnes | tonnes | actual | 2011
                90 = 90 tonnes | tonnes | actual | 2015"#]],
        );
    }

    #[test]
    fn a_prior_year_in_brackets_dates_only_its_own_value() {
        check(
            "In 2021 the harvest grew. Seed exports: 61,300 tonnes (2020: 54,600 tonnes), up 12.3% year on year",
            expect_test::expect![[r#"
                61,300 = 61300 tonnes | Seed exports | actual | 2021
                54,600 = 54600 tonnes | Seed exports | actual | 2020
                12.3% = 12.3 % | Seed exports | change | 2021"#]],
        );
    }

    #[test]
    fn a_relative_clause_keeps_its_year_and_now_is_the_main_clause() {
        check(
            "Online renewal, which handled a third of renewals in 2018, now handles 88% of them. The share of licensed patents, which stood at 3.8% in 2019, is now 7.5%. Offices employ 1,400 staff, against 600 five years ago. Offices employ 1,400 staff, compared with 600 in 2017. Offices employ 1,400 staff, up from 600 two years earlier. University patents that are licensed numbered 900.",
            expect_test::expect![[r#"
                a third = 33.33 % | Online renewal (share of renewals) | actual | 2018
                88% = 88 % | Online renewal now handles (share of them) | actual | 2022-03-30
                3.8% = 3.8 % | share of licensed patents | actual | 2019
                7.5% = 7.5 % | share of licensed patents | actual | 2022-03-30
                1,400 = 1400 people | staff employed by offices | actual | 2022-03-30
                600 = 600 people | staff employed by offices | actual | 2017
                1,400 = 1400 people | staff employed by offices | actual | 2022-03-30
                600 = 600 people | staff employed by offices | actual | 2017
                1,400 = 1400 people | staff employed by offices | actual | 2022-03-30
                600 = 600 people | staff employed by offices | actual | -
                900 = 900 patents | University patents licensed | actual | -"#]],
        );
    }

    #[test]
    fn a_kind_of_the_whole_named_after_among_them_counts_what_the_whole_counts() {
        check(
            "The number of patents granted in 2021 was 78,213, up 4.6 percent. Among them, invention patents were 19,872, up 21.3 percent. Of these, design patents numbered 4,100. Among them, 610 were held by universities.",
            expect_test::expect![[r#"
                78,213 = 78213 patents | patents granted | actual | 2021
                4.6 percent = 4.6 % | patents granted | change | 2021
                19,872 = 19872 patents | invention patents granted | actual | 2021
                21.3 percent = 21.3 % | invention patents granted | change | 2021
                4,100 = 4100 patents | design patents | actual | 2021
                610 = 610 patents | design patents (part held by universities) | actual | 2021"#]],
        );
    }

    #[test]
    fn a_date_in_brackets_after_a_value_is_its_as_of_date() {
        check(
            "Seed farms: 2,508 (end of 2021), up from 2,210 (end of 2020). They sowed 300 fields during the year. Seed output: 18,400 (2021), up 9.6% on the previous year. Seed insurance provided cover of 2.3 billion yuan to 640 farms in 2021. Seed banks in force: 1.2 million (as of June 2021). Seed products protected: 85 (2019). Seed loans came to 41.6 billion yuan (about $5.8 billion) in 2021. Seed vaults numbered 96,300 — as at 31 March 2021 — of which 61,900 were public.",
            expect_test::expect![[r#"
                2,508 = 2508 farms | Seed farms | actual | 2021-12
                2,210 = 2210 farms | Seed farms | actual | 2020-12
                300 = 300 fields | fields sowed | actual | 2020
                18,400 = 18400 count | Seed output | actual | 2021
                9.6% = 9.6 % | Seed output | change | 2021
                2.3 billion yuan = 2300000000 yuan | Seed insurance provided cover | actual | 2021
                640 = 640 farms | farms | actual | 2021
                1.2 million = 1200000 banks | Seed banks in force | actual | 2021-06
                85 = 85 products | Seed products protected | actual | 2019
                41.6 billion yuan = 41600000000 yuan | Seed loans | actual | 2021
                about $5.8 billion = 5800000000 US dollars | Seed loans | actual | 2021
                96,300 = 96300 vaults | Seed vaults | actual | 2021-03-31
                61,900 = 61900 vaults | Seed vaults (part public) | actual | 2021-03-31"#]],
        );
    }

    #[test]
    fn structure_words_and_names_are_not_facts() {
        check(
            "We worked in four aspects and the 14 Five-Year Plan, the 19th Congress under Article 3 and section 2.1; there will be four parallel sessions, up to now 26 bases.",
            expect_test::expect![[r#"
                four = 4 sessions | parallel sessions | actual | -
                26 = 26 bases | bases | actual | 2022-03-30"#]],
        );
    }

    #[test]
    fn a_corrected_figure_counts_and_is_dated_as_the_figure_it_replaces() {
        check(
            "The number of seed farms registered in 2020 was given as 41,200. The correct number is 42,100. The figure should read 42,300.",
            expect_test::expect![[r#"
                41,200 = 41200 farms | seed farms registered | actual | 2020
                42,100 = 42100 farms | seed farms registered | actual | 2020
                42,300 = 42300 farms | seed farms registered | actual | 2020"#]],
        );
    }

    /// The value, label and date of every fact of one passage.
    fn passage_facts(text: &str) -> Vec<String> {
        let passage = crate::model::Passage {
            id: "d#p0".into(),
            doc: 0,
            section: None,
            speaker: None,
            text: text.into(),
        };
        let corpus = Corpus::of_one_document(crate::model::DocKind::Report, None, vec![passage]);
        let (facts, _) = extract_facts(&corpus);
        (facts.iter())
            .map(|f| {
                format!(
                    "{} {} | {} | {}",
                    f.value,
                    f.unit,
                    f.measure,
                    f.date.as_deref().unwrap_or("-")
                )
            })
            .collect()
    }

    #[test]
    fn a_corrected_figure_replaces_the_one_before_it() {
        assert_eq!(
            passage_facts("The number of seed farms registered in 2020 was given as 41,200. The correct number is 42,100."),
            ["42100 farms | seed farms registered | 2020"]
        );
        assert_eq!(
            passage_facts("Income from seed fees was 930,000 euros in 2020, a figure revised from the 880,000 euros reported in July."),
            ["930000 euros | Income from seed fees | 2020"]
        );
        // A value raised from another was stated, not replaced.
        assert_eq!(
            passage_facts("The seed fee was raised from 800 yuan to 900 yuan in 2020.").len(),
            2
        );
    }

    #[test]
    fn a_pronoun_after_a_time_phrase_counts_what_the_figure_before_counts() {
        check(
            "The seed backlog was 2,140 cases in March 2021. By the end of October 2021 it had come down to 1,760. At the end of 2021 it stood at 1,500.",
            expect_test::expect![[r#"
                2,140 = 2140 cases | seed backlog cases | actual | 2021-03
                1,760 = 1760 cases | seed backlog cases | actual | 2021-10
                1,500 = 1500 cases | seed backlog cases | actual | 2021-12"#]],
        );
    }

    #[test]
    fn a_number_of_a_numbered_set_is_no_fact() {
        check(
            "In Round 3 the fund made 26 awards, and the incubator at Pier 7 hosts 64 seed farms; around 120 farms applied (briefing in Room 4.12; portal version 2.1). Published 3 May 2025. Page 1 of 2",
            expect_test::expect![[r#"
                26 = 26 awards | awards | actual | -
                64 = 64 farms | seed farms | actual | -
                around 120 = 120 farms | farms applied | actual | -"#]],
        );
    }

    #[test]
    fn list_markers_in_a_sentence_and_before_a_heading_are_no_figures() {
        check(
            "2. What will the seed plan do? It sets two goals for 2028: (1) seed banks will reach 40; 2) seed loans will exceed 9 billion yuan.",
            expect_test::expect![[r#"
                two = 2 goals | goals set | actual | 2028
                40 = 40 banks | seed banks | target | 2028
                9 billion yuan = 9000000000 yuan | seed loans | target | 2028"#]],
        );
    }

    #[test]
    fn an_aside_after_a_comma_is_no_part_of_the_label() {
        check(
            "The seed board employs 146 inspectors, supported by a clerical team. The guild certified 61 growers, trained by the board.",
            expect_test::expect![[r#"
                146 = 146 inspectors | inspectors employed by the seed board | actual | 2022-03-30
                61 = 61 growers | growers certified by the guild | actual | -"#]],
        );
    }

    #[test]
    fn an_aside_before_the_verb_and_a_label_of_only_a_time_name_nothing_counted() {
        check(
            "Seed pledge loans reached 8.6 billion yuan in 2022. Our goal for the full year of 2023, the last year of the seed plan, is 15 billion yuan. Our seed loan book, meaning outstanding balances, stands at 1.06 billion yuan.",
            expect_test::expect![[r#"
                8.6 billion yuan = 8600000000 yuan | Seed pledge loans | actual | 2022
                15 billion yuan = 15000000000 yuan | Seed pledge loans | target | 2023
                1.06 billion yuan = 1060000000 yuan | seed loan book | actual | -"#]],
        );
    }

    #[test]
    fn a_part_of_a_whole_named_by_an_of_the_opening_or_of_this() {
        check(
            "Of the 40 growers we certified in 2021, 12 were women. Of the seed lots awaiting testing at 31 March 2022, 310 had been waiting longer than 60 days. Seed loans reached 9 billion yuan in 2021. Of this, 2 billion yuan went to small farms.",
            expect_test::expect![[r#"
                40 = 40 growers | growers | actual | 2021
                12 = 12 growers | growers (part women) | actual | 2021
                310 = 310 lots | seed lots awaiting testing (part waiting longer than 60 days) | actual | 2022-03-31
                60 = 60 days | seed lots awaiting testing (duration) | actual | 2022-03-31
                9 billion yuan = 9000000000 yuan | Seed loans | actual | 2021
                2 billion yuan = 2000000000 yuan | Seed loans (part went to small farms) | actual | 2021"#]],
        );
    }

    #[test]
    fn a_contracted_pronoun_is_no_owner_of_a_sum() {
        check(
            "So far this year we've lent 90 million yuan against seed rights, and they'd spent 4 million yuan on seed audits.",
            expect_test::expect![[r#"
                90 million yuan = 90000000 yuan | lent against seed rights | actual | 2022
                4 million yuan = 4000000 yuan | spent on seed audits | actual | 2022"#]],
        );
    }

    #[test]
    fn a_numbered_paragraphs_number_is_no_figure() {
        check(
            "4.12 The seed board certified 61 growers in 2024. 3.2 million seed packets were sold in 2024.",
            expect_test::expect![[r#"
                61 = 61 growers | growers certified by the seed board | actual | 2024
                3.2 million = 3200000 packets | seed packets sold | actual | 2024"#]],
        );
    }

    #[test]
    fn a_period_in_the_possessive_dates_the_value_it_compares_with() {
        check(
            "The guild certified 61 growers in 2024, well up on the previous year's 45. Its seed vaults held 880 lots in 2025, against 2021's 500.",
            expect_test::expect![[r#"
                61 = 61 growers | growers certified by the guild | actual | 2024
                45 = 45 growers | growers certified by the guild | actual | 2023
                880 = 880 lots | lots held by seed vaults | actual | 2025
                500 = 500 lots | lots held by seed vaults | actual | 2021"#]],
        );
    }

    #[test]
    fn a_period_after_a_word_of_comparison_is_the_base_not_the_change() {
        check(
            "Seed filings: 6,850 in January to June 2024, 14% more than a year earlier. Seed grants came to 410 in 2023, a rise of 9% over 2022.",
            expect_test::expect![[r#"
                6,850 = 6850 filings | Seed filings | actual | 2024-01/2024-06
                14% = 14 % | Seed filings | change | 2024-01/2024-06
                410 = 410 grants | Seed grants | actual | 2023
                9% = 9 % | Seed grants | change | 2023"#]],
        );
    }

    #[test]
    fn a_pronoun_after_a_fragment_counts_what_the_fragment_names() {
        check(
            "What stood out in 2025? The seed approval rate. It went up by 4.1 percentage points, to 61.5 percent. About one in three applications now comes from a cooperative.",
            expect_test::expect![[r#"
                4.1 = 4.1 points | seed approval rate | change | 2025
                61.5 percent = 61.5 % | seed approval rate | actual | 2025
                About one in three = 33.33 % | comes from a cooperative (share of applications) | actual | 2022-03-30"#]],
        );
    }

    #[test]
    fn a_part_named_by_a_pointer_after_its_count_is_dated_as_its_whole() {
        check(
            "The seed board heard 310 appeals in 2024. Nineteen of them were upheld before the summer, and it settled 120 disputes, 33 of which were mediated. 12 were withdrawn.",
            expect_test::expect![[r#"
                310 = 310 appeals | appeals heard by the seed board | actual | 2024
                Nineteen = 19 appeals | appeals heard by the seed board (part upheld) | actual | 2024
                120 = 120 disputes | disputes settled | actual | 2024
                33 = 33 disputes | disputes settled (part mediated) | actual | 2024
                12 = 12 disputes | disputes settled (part withdrawn) | actual | 2024"#]],
        );
    }

    #[test]
    fn a_clause_after_a_compared_value_goes_on_in_the_figure_s_year() {
        check(
            "The seed registry accepted 2,210 applications in 2021, against 1,980 in 2020, and examined 2,050. Its panel heard 64 oppositions.",
            expect_test::expect![[r#"
                2,210 = 2210 applications | applications accepted by the seed registry | actual | 2021
                1,980 = 1980 applications | applications accepted by the seed registry | actual | 2020
                2,050 = 2050 applications | applications examined | actual | 2021
                64 = 64 oppositions | oppositions heard by panel | actual | 2021"#]],
        );
    }

    /// The corpus of one plain-text note.
    fn compile_note(text: &str) -> Corpus {
        let file = super::super::source::SourceFile {
            name: "note.txt".into(),
            bytes: text.as_bytes().to_vec(),
        };
        super::super::compile::compile(&[file]).0
    }

    /// Each fact of `corpus` as `value date`.
    fn values_and_dates(corpus: &Corpus) -> Vec<String> {
        (corpus.facts.iter())
            .map(|f| format!("{} {}", f.value, f.date.as_deref().unwrap_or("-")))
            .collect()
    }

    /// Each fact of `corpus` as `value unit | measure`, and ` | date` when
    /// `dated`.
    fn values_units_measures(corpus: &Corpus, dated: bool) -> Vec<String> {
        (corpus.facts.iter())
            .map(|f| {
                let shown = format!("{} {} | {}", f.value, f.unit, f.measure);
                match dated {
                    true => format!("{shown} | {}", f.date.as_deref().unwrap_or("-")),
                    false => shown,
                }
            })
            .collect()
    }

    #[test]
    fn a_past_clause_goes_on_in_the_past_year_its_headline_names() {
        let text = "Seed Tribunal\nPress note\n12 February 2026\n\nSeed tribunal publishes its caseload for 2025\n\nDamages awarded by the seed tribunal came to 73.5 million yuan.\n\nThe seed tribunal has 9 judges.\n";
        let corpus = compile_note(text);
        let dates = values_and_dates(&corpus);
        assert_eq!(dates, ["73500000 2025", "9 2026-02-12"]);
    }

    #[test]
    fn a_bare_count_after_and_a_verb_counts_the_noun_before_it() {
        let text = "Seed Board\nNotes\n3 March 2026\n\nWe registered 4,210 seed varieties in 2025, and renewed 380.\n\nThe board heard 310 appeals and upheld 41.\n";
        let corpus = compile_note(text);
        let shown = values_units_measures(&corpus, false);
        expect_test::expect![[r#"
            [
                "4210 varieties | seed varieties registered",
                "380 varieties | seed varieties renewed",
                "310 appeals | appeals heard by the board",
                "41 appeals | appeals upheld",
            ]
        "#]]
        .assert_debug_eq(&shown);
    }

    #[test]
    fn parts_of_a_whole_restated_after_a_colon_count_what_it_counts() {
        let text = "Seed Board\nNotes\n3 March 2026\n\nWe registered 4,210 seed varieties in 2025.\n\nCereals led again: of the 4,210 seed varieties, 1,975 covered wheat lines and 640 covered barley.\n";
        let corpus = compile_note(text);
        let shown = values_units_measures(&corpus, true);
        expect_test::expect![[r#"
            [
                "4210 varieties | seed varieties registered | 2025",
                "4210 varieties | seed varieties | 2025",
                "1975 varieties | seed varieties (part covered wheat lines) | 2025",
                "640 varieties | seed varieties (part covered barley) | 2025",
            ]
        "#]]
        .assert_debug_eq(&shown);
    }

    #[test]
    fn a_heading_of_this_year_in_a_report_on_a_past_year_is_that_year() {
        let text = "# Seed Office Annual Report 2024\n\nPublished 20 January 2025\n\nThe office reports on its work in 2024 below.\n\n## Decisions this year\n\nSeed penalties    86\nSeed fines (ten thousand yuan)    183.6\n";
        let corpus = compile_note(text);
        let dates = values_and_dates(&corpus);
        assert_eq!(dates, ["86 2024", "1836000 2024"]);
    }

    #[test]
    fn a_house_number_in_an_address_is_no_figure() {
        let text = "Seed Registry\nNotes\n3 March 2026\n\nWrite to us at 14 Merrion Quay, Dunmore (postcode: 650031; PO Box 1204). The registry at 8 Harbour Road has 12 Supreme Court judges and 40 Park Lane volunteers on its roll.\n";
        let corpus = compile_note(text);
        let values: Vec<f64> = corpus.facts.iter().map(|f| f.value).collect();
        assert_eq!(values, [12.0, 40.0]);
    }

    #[test]
    fn a_length_of_time_up_to_an_event_is_a_figure_and_a_time_before_one_is_not() {
        let text = "Seed Desk\nNotes\n3 March 2026\n\nA seed complaint stays open for a median of 12.5 days before it is closed. Ten years before, the desk had 4 staff.\n";
        let corpus = compile_note(text);
        let values: Vec<f64> = corpus.facts.iter().map(|f| f.value).collect();
        assert_eq!(values, [12.5, 4.0]);
    }

    #[test]
    fn the_year_of_a_report_on_a_financial_year_is_that_year() {
        let text = "SEED BOARD OFFICE\nSeed Complaints Report 2024-25\n\n3.1 We closed 640 complaints during the year.\n\n3.2 We upheld 38% of them, up 7 percentage points from 31% in 2023-24.\n\nSB/2025 | Page 2 of 2 | Published July 2025\n";
        let corpus = compile_note(text);
        let doc = &corpus.documents[0];
        assert_eq!(
            doc.title,
            "Seed Board Office: Seed Complaints Report 2024-25"
        );
        assert_eq!(doc.date.map(|d| d.iso()).as_deref(), Some("2025-07"));
        let dates = values_and_dates(&corpus);
        assert_eq!(
            dates,
            [
                "640 2024/2025",
                "38 2024/2025",
                "7 2024/2025",
                "31 2023/2024"
            ]
        );
    }

    #[test]
    fn a_goal_named_only_as_goals_counts_the_noun_after_its_number() {
        check(
            "Next year's goals: 1,800 seed inspections, and permits issued within 15 days.",
            expect_test::expect![[r#"
                1,800 = 1800 inspections | seed inspections | target | 2023
                15 = 15 days | permits issued (duration) | actual | 2023"#]],
        );
    }

    #[test]
    fn a_goal_without_a_date_is_for_the_document_s_year_its_paragraph_names() {
        check(
            "The meeting agreed the tasks for 2022. Seed loans should be no less than 4 billion yuan; seed farms should number 120.",
            expect_test::expect![[r#"
                no less than 4 billion yuan = 4000000000 yuan | Seed loans | target | 2022
                120 = 120 farms | seed farms numbered | target | 2022"#]],
        );
    }

    #[test]
    fn years_and_numbers_said_respectively_pair_in_order() {
        check(
            "In 2020 and 2021 the seed office granted 1,100 and 1,350 variety rights respectively.",
            expect_test::expect![[r#"
                1,100 = 1100 rights | variety rights | actual | 2020
                1,350 = 1350 rights | variety rights | actual | 2021"#]],
        );
    }

    #[test]
    fn a_measure_or_package_of_a_thing_counts_the_thing() {
        check(
            "The court ordered the destruction of 42 tonnes of seed and 800 boxes of seed packets.",
            expect_test::expect![[r#"
                42 = 42 tonnes | tonnes of seed | actual | -
                800 = 800 boxes | boxes of seed packets | actual | -"#]],
        );
    }

    #[test]
    fn a_year_without_its_comma_and_a_month_before_a_grouped_number() {
        check(
            "In 2020 seed pledge financing reached 11.2 billion yuan. By the end of September, 1,840 seed farms had opened.",
            expect_test::expect![[r#"
                11.2 billion yuan = 11200000000 yuan | seed pledge financing | actual | 2020
                1,840 = 1840 farms | seed farms | actual | 2021-09"#]],
        );
    }

    #[test]
    fn a_row_of_fields_is_read_field_by_field_with_its_key() {
        let row = "Lot 3 | 4 invention patents | SOLD 2.15m";
        let shown: Vec<(&str, Option<&str>)> = field_spans(row, 0..row.len())
            .into_iter()
            .map(|(f, k)| (&row[f], k.map(|k| &row[k])))
            .collect();
        assert_eq!(
            shown,
            [
                ("Lot 3", None),
                ("4 invention patents", Some("Lot 3")),
                ("SOLD 2.15m", Some("Lot 3"))
            ]
        );
        let sentence = "Beijing | 10 a.m. April 25, 2021";
        assert_eq!(
            field_spans(sentence, 0..sentence.len()),
            [(0..sentence.len(), None)]
        );
    }

    #[test]
    fn pinyin_scales_and_what_an_amount_is_of_past_its_conversion() {
        check(
            "In 2021 the fund lent 1.27 billion yuan (12.7 yi) of start-up loans, compared with 0.94 billion yuan over the whole of 2020; the average loan was 308 wan yuan.",
            expect_test::expect![[r#"
                1.27 billion yuan = 1270000000 yuan | start-up loans lent by the fund | actual | 2021
                12.7 yi = 1270000000 yuan | start-up loans lent by the fund | actual | 2021
                0.94 billion yuan = 940000000 yuan | start-up loans lent by the fund | actual | 2020
                308 wan yuan = 3080000 yuan | loan | actual | 2021"#]],
        );
    }

    #[test]
    fn a_league_told_in_prose_counts_what_it_ranks_by() {
        check(
            "Ranked by trademarks registered per 1,000 firms, the order changes. Lakemoor leads with 61.4, well clear of Dunford (48.9); Estry falls to seventh at 23.8, short of its target of 30 by 2027.",
            expect_test::expect![[r#"
                61.4 = 61.4 trademarks per 1,000 firms | trademarks registered per 1,000 firms (Lakemoor) | actual | -
                48.9 = 48.9 trademarks per 1,000 firms | trademarks registered per 1,000 firms (Dunford) | actual | -
                23.8 = 23.8 trademarks per 1,000 firms | trademarks registered per 1,000 firms (Estry) | actual | -
                30 = 30 trademarks per 1,000 firms | trademarks registered per 1,000 firms (Estry) | target | 2027"#]],
        );
    }

    #[test]
    fn a_change_in_points_and_a_base_in_the_corresponding_period() {
        check(
            "During the six months ended 30 June 2021, the firm filed 410 applications, representing an increase of 9.5% as compared with the 374 applications filed in the corresponding period of 2020. Its loan rate was 3.1%, 0.25 percentage points lower than in 2020.",
            expect_test::expect![[r#"
                410 = 410 applications | applications filed by the firm | actual | 2021-01/2021-06
                9.5% = 9.5 % | applications filed by the firm | change | 2021-01/2021-06
                374 = 374 applications | applications filed by the firm | actual | 2020-01/2020-06
                3.1% = 3.1 % | loan | actual | 2021-01/2021-06
                0.25 = 0.25 points | loan | change | 2021-01/2021-06"#]],
        );
    }

    #[test]
    fn a_number_whose_clause_names_nothing_goes_on_counting() {
        check(
            "Entries for the Harbour Prize are at 312 so far. Nice, last year we closed with 287 in total. We're aiming for 400 before the deadline.",
            expect_test::expect![[r#"
                312 = 312 entries | Entries for the Harbour Prize | actual | 2022-03-30
                287 = 287 entries | Entries for the Harbour Prize | actual | 2021
                400 = 400 entries | Entries for the Harbour Prize | target | -"#]],
        );
    }

    #[test]
    fn a_bare_answer_to_a_question_about_a_goal_is_the_goal() {
        check(
            "In 2021 we filed 57 patent applications. Our goal for 2022? 75. #patents",
            expect_test::expect![[r#"
                57 = 57 applications | patent applications filed | actual | 2021
                75 = 75 applications | patent applications filed | target | 2022"#]],
        );
    }

    #[test]
    fn a_body_as_strong_as_its_number() {
        check(
            "The examining corps was 140 strong when she joined in 1992.",
            expect_test::expect!["140 = 140 people | examining corps | actual | 1992"],
        );
    }

    #[test]
    fn an_intermediate_target_and_an_amount_before_its_conversion() {
        check(
            "By 2025, seed banks per 10,000 people should reach 25, with an intermediate target of 22 by the end of 2024. Policies covered seed risks of 5.2 billion yuan (about $730 million) last year.",
            expect_test::expect![[r#"
                25 = 25 banks per 10,000 people | seed banks per 10,000 people | target | 2025
                22 = 22 banks per 10,000 people | seed banks per 10,000 people | target | 2024-12
                5.2 billion yuan = 5200000000 yuan | Policies covered seed risks | actual | 2021
                about $730 million = 730000000 US dollars | Policies covered seed risks | actual | 2021"#]],
        );
    }

    #[test]
    fn a_bound_in_a_rule_is_no_figure() {
        check(
            "In 2024 seed loans came to 83.6 billion yuan; cities where the amount grew by less than 10% shall explain why.",
            expect_test::expect!["83.6 billion yuan = 83600000000 yuan | seed loans | actual | 2024"],
        );
    }

    #[test]
    fn change_and_target_wording() {
        check(
            "Sales rose to 40 units, up 27.5 percent. The count will reach 90 units in 2030, and should reach 95 units by 2035. Fees fell by 3 percent. The fleet grew from 5 ships to 9 ships.",
            expect_test::expect![[r#"
                40 = 40 units | units | actual | -
                27.5 percent = 27.5 % | units | change | -
                90 = 90 units | units | target | 2030
                95 = 95 units | units | target | 2035
                3 percent = 3 % | Fees | change | -
                5 = 5 ships | ships | actual | -
                9 = 9 ships | ships | actual | -"#]],
        );
    }

    #[test]
    fn enumerated_points_keep_the_time_frame_of_their_turn() {
        let passage = |text: &str, speaker: &str| crate::model::Passage {
            id: format!("d#{speaker}{}", text.len()),
            doc: 0,
            section: None,
            speaker: Some(speaker.into()),
            text: text.into(),
        };
        let date = Some(Date {
            year: 2021,
            month: None,
            day: None,
        });
        let passages = vec![
            passage(
                "In 2020, we did well.\n\nFirst, 31 cases were closed.\n\nWe also saw 5 new cases.",
                "A",
            ),
            passage("Second, 12 firms joined.", "A"),
            passage("Third, 7 courts opened.", "B"),
        ];
        let corpus = Corpus::of_one_document(crate::model::DocKind::Transcript, date, passages);
        let (facts, _) = extract_facts(&corpus);
        let dates: Vec<(f64, Option<&str>)> =
            facts.iter().map(|f| (f.value, f.date.as_deref())).collect();
        assert_eq!(
            dates,
            [
                (31.0, Some("2020")),
                (5.0, None),
                (12.0, Some("2020")),
                (7.0, None)
            ]
        );
    }

    #[test]
    fn goals_phrased_without_target_and_their_baselines() {
        check(
            "In 2023 we will strive to raise the number of seed banks per 10,000 people to 9.5, from 7.8 at the end of 2022. The province will register no fewer than 60 seed trademarks. Seed institutes should license at least 3,000 seed patents, against 2,260 in 2022. We would like to see 1,500 seed examiners in the branch in 2024. There will be four seed sessions.",
            expect_test::expect![[r#"
                9.5 = 9.5 banks per 10,000 people | seed banks per 10,000 people | target | 2023
                7.8 = 7.8 banks per 10,000 people | seed banks per 10,000 people | actual | 2022-12
                no fewer than 60 = 60 trademarks | seed trademarks registered | target | 2023
                at least 3,000 = 3000 patents | seed patents licensed | target | 2023
                2,260 = 2260 patents | seed patents licensed | actual | 2022
                1,500 = 1500 people | seed examiners | target | 2024
                four = 4 sessions | seed sessions | actual | 2023"#]],
        );
    }

    #[test]
    fn present_tense_parts_and_gapped_lists() {
        check(
            "In 2021 the court closed 900 seed cases. The seed tribunal has 23 judges. Seed farms have grown to 310,000. Of these, 41,000 were run by cooperatives. Seed licences granted: 26,100, to enterprises; 3,900, to universities (2021).",
            expect_test::expect![[r#"
                900 = 900 cases | seed cases closed | actual | 2021
                23 = 23 people | judges of the seed tribunal | actual | 2022-03-30
                310,000 = 310000 farms | Seed farms | actual | 2022-03-30
                41,000 = 41000 farms | Seed farms (part run by cooperatives) | actual | 2021
                26,100 = 26100 licences | Seed licences granted to enterprises | actual | 2021
                3,900 = 3900 licences | Seed licences granted to universities | actual | 2021"#]],
        );
    }

    /// `(value, date)` of the facts of one document dated `(year, month,
    /// day)` whose passages are `(text, section heading)`.
    fn dates_under_sections(
        (year, month, day): (u16, u8, u8),
        passages: &[(&str, &str)],
    ) -> Vec<(f64, Option<String>)> {
        let doc = crate::model::Document {
            id: "d".into(),
            title: "t".into(),
            kind: crate::model::DocKind::Report,
            date: Some(Date {
                year,
                month: Some(month),
                day: Some(day),
            }),
            source: None,
            words: 0,
            sections: vec![],
            speakers: vec![],
            passages: 0..passages.len() as u32,
        };
        let passages = (passages.iter())
            .map(|&(text, section)| crate::model::Passage {
                id: format!("d#{section}{}", text.len()),
                doc: 0,
                section: Some(section.into()),
                speaker: None,
                text: text.into(),
            })
            .collect();
        let corpus = Corpus {
            documents: vec![doc],
            passages,
            ..Corpus::default()
        };
        let (facts, _) = extract_facts(&corpus);
        facts.into_iter().map(|f| (f.value, f.date)).collect()
    }

    #[test]
    fn a_year_heading_or_a_line_of_a_year_dates_the_present_tense_figures_under_it() {
        let owned = dates_under_sections(
            (2025, 4, 3),
            &[
                ("The station opens with 6 staff.", "2018"),
                (
                    "The station trains 740 agents.\n\nStaff numbers stand at 19.",
                    "2023: Growth",
                ),
                ("The station has 25 staff now.", "2024 · Today"),
                ("The station has 30 staff.", "Staff in 2025"),
                ("2016\n\nThe office employs 40 staff.", "Staff in 2025"),
            ],
        );
        let dates: Vec<(f64, Option<&str>)> =
            owned.iter().map(|(v, d)| (*v, d.as_deref())).collect();
        assert_eq!(
            dates,
            [
                (6.0, Some("2018")),
                (740.0, Some("2023")),
                (19.0, Some("2023")),
                (25.0, Some("2025-04-03")),
                (30.0, Some("2025-04-03")),
                (40.0, Some("2016"))
            ]
        );
    }

    #[test]
    fn a_goal_named_as_the_target_counts_what_it_is_of() {
        check(
            "The plan names 30 billion yuan of intellectual property pledge financing as the target for 2025; pledge financing stood at 17.5 billion yuan in 2022.",
            expect_test::expect![[r#"
                30 billion yuan = 30000000000 yuan | intellectual property pledge financing | target | 2025
                17.5 billion yuan = 17500000000 yuan | pledge financing | actual | 2022"#]],
        );
    }

    #[test]
    fn a_month_without_a_year_under_a_year_heading_is_in_that_year() {
        let owned = dates_under_sections(
            (2025, 3, 3),
            &[
                (
                    "The centre opened its doors in September with 5 mediators.",
                    "2019",
                ),
                ("2021\n\nIn May the branch settled 40 disputes.", "Timeline"),
                ("In September the centre had 9 mediators.", "Today"),
                ("The centre has 12 mediators now.", "2024"),
            ],
        );
        let dates: Vec<(f64, Option<&str>)> =
            owned.iter().map(|(v, d)| (*v, d.as_deref())).collect();
        assert_eq!(
            dates,
            [
                (5.0, Some("2019-09")),
                (40.0, Some("2021-05")),
                (9.0, Some("2024-09")),
                (12.0, Some("2025-03-03"))
            ]
        );
    }

    #[test]
    fn amounts_with_suffixes_levels_and_what_was_done_to_a_part() {
        check(
            "At 30 June the review queue stood at 2,140 appeals. The panel hired 12 new adjudicators, bringing the adjudicating staff to 96. It means to cut the queue to under 1,500 by 2027. Income rose to £2.7m and the board set a target of €5mn in royalty income. Inspectors detained 3,400 parcels containing fake drugs, more than the 2,900 held in 2021; 1,100 were destroyed. The scheme pays a grant worth up to A$20k.",
            expect_test::expect![[r#"
                2,140 = 2140 appeals | review queue appeals | actual | 2021-06-30
                12 = 12 adjudicators | new adjudicators hired | actual | 2021-06-30
                96 = 96 people | adjudicating staff | actual | 2021-06-30
                under 1,500 = 1500 appeals | review queue appeals | target | 2027
                £2.7m = 2700000 pounds | Income | actual | 2021-06-30
                €5mn = 5000000 euros | royalty income | target | -
                3,400 = 3400 parcels | parcels containing fake drugs | actual | 2021-06-30
                2,900 = 2900 parcels | parcels containing fake drugs | actual | 2021
                1,100 = 1100 parcels | parcels containing fake drugs destroyed | actual | 2021
                up to A$20k = 20000 Australian dollars | grant worth | actual | 2021-06-30"#]],
        );
    }

    #[test]
    fn now_dates_its_figure_by_the_document_whatever_year_the_sentence_names() {
        check(
            "Seed agencies, which numbered 3,250 in 2020, number 4,950. Seed renewals, a third of the total in 2016, account for 97.2%. In 2016, seed renewals account for 33%. Electronic seed renewals, which made up a third of renewals in 2016, today account for 97.2%. Back in 2012 we registered 9,000 seeds a year. These days we register 61,000 seeds a year, close to seven times the 2012 figure. At present seed mediators settle 88% of disputes, where in 2015 the proportion was only 40%.",
            expect_test::expect![[r#"
                3,250 = 3250 agencies | Seed agencies | actual | 2020
                4,950 = 4950 agencies | Seed agencies | actual | 2022-03-30
                a third = 33.33 % | Seed agencies (share of total) | actual | 2016
                97.2% = 97.2 % | account | actual | 2022-03-30
                33% = 33 % | seed renewals account | actual | 2016
                a third = 33.33 % | Electronic seed renewals (share of renewals) | actual | 2016
                97.2% = 97.2 % | Electronic seed renewals today account | actual | 2022-03-30
                9,000 = 9000 seeds | seeds registered | actual | 2012
                61,000 = 61000 seeds | seeds registered | actual | 2022-03-30
                close to seven = 7 times | seeds registered | actual | 2012
                88% = 88 % | present seed mediators settle (share of disputes) | actual | 2022-03-30
                40% = 40 % | where in 2015 the proportion was only | actual | 2015"#]],
        );
    }

    #[test]
    fn a_comparison_gives_both_figures_one_measure_and_their_own_dates() {
        check(
            "Seed income was 56 million yuan, a decline of 5% on the previous year. Seed patents have climbed to 8.4 million, about three times the 2014 level of 2.9 million. Seed farms number 310, up from 240 in 2020. Seed registrations reached 18,400 in October, compared with 16,900 a year earlier. Currently seed offices handle 96.5% of filings online, against 71% in 2019.",
            expect_test::expect![[r#"
                56 million yuan = 56000000 yuan | Seed income | actual | -
                5% = 5 % | Seed income | change | -
                8.4 million = 8400000 patents | Seed patents | actual | 2022-03-30
                about three = 3 times | Seed patents | actual | 2014
                2.9 million = 2900000 patents | Seed patents | actual | 2014
                310 = 310 farms | Seed farms | actual | 2022-03-30
                240 = 240 farms | Seed farms | actual | 2020
                18,400 = 18400 registrations | Seed registrations | actual | 2021-10
                16,900 = 16900 registrations | Seed registrations | actual | 2020-10
                96.5% = 96.5 % | seed offices handle (share of filings online) | actual | 2022-03-30
                71% = 71 % | seed offices handle (share of filings online) | actual | 2019"#]],
        );
    }

    #[test]
    fn past_tense_goes_on_in_the_year_and_apposed_values_share_a_date() {
        check(
            "Seed centres completed 12,800 checks last year. For seeds that went through them, the time to approval was 86 days. Seed contracts: 96,000 (2020), turnover 480 billion yuan. A seed variety that meets the rules is now approved in about 4 months.",
            expect_test::expect![[r#"
                12,800 = 12800 checks | checks completed by Seed centres | actual | 2021
                86 = 86 days | time to approval for seeds that went through them | actual | 2021
                96,000 = 96000 contracts | Seed contracts | actual | 2020
                480 billion yuan = 480000000000 yuan | turnover of seed contracts | actual | 2020
                about 4 = 4 months | seed variety approved (duration) | actual | 2022-03-30"#]],
        );
    }

    #[test]
    fn a_question_fragment_names_its_answers_and_a_pointer_the_level_after() {
        check(
            "Renewal backlog? It stands at 2,900, up from 2,400 in February. We aim to get it below 1,000. Where does it come from? Mostly 14 filing agents.",
            expect_test::expect![[r#"
                2,900 = 2900 count | Renewal backlog | actual | 2022-03-30
                2,400 = 2400 count | Renewal backlog | actual | 2022-02
                below 1,000 = 1000 count | Renewal backlog | target | 2022
                14 = 14 people | filing agents | actual | -"#]],
        );
    }

    #[test]
    fn a_figure_first_line_and_people_who_joined() {
        check(
            "640 - that is how many designs we registered in February. Our judges: 31, after four joined the bench.",
            expect_test::expect![[r#"
                640 = 640 designs | designs registered | actual | 2022-02
                31 = 31 people | judges | actual | -
                four = 4 people | judges | change | -"#]],
        );
    }
}
