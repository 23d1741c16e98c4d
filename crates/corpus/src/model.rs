//! The compiled corpus: plain data types shared by `build.rs` (which writes them)
//! and the engine (which reads them).
//!
//! Invariant: these types are the on-disk format. Every change to a field or its
//! meaning bumps [`FORMAT_VERSION`](super::format::FORMAT_VERSION).

use serde::{Deserialize, Serialize};

/// Everything the explorer knows, as compiled from `seeds/`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    /// Documents in file-name order; `DocIdx` indexes this list.
    pub documents: Vec<Document>,
    /// Passages of all documents, grouped by document and in reading order.
    pub passages: Vec<Passage>,
    /// Named entities with their alias groups and mentions.
    pub entities: Vec<Entity>,
    /// Every quantity statement found in the passages.
    pub facts: Vec<Fact>,
    /// Facts about the same measure and unit, across documents, in time order.
    pub series: Vec<Series>,
    /// What the corpus counts, each under one canonical name: mentions that
    /// count the same thing under different wordings share one measure.
    pub measures: Vec<Measure>,
    /// Canonical figures: one per measure, value, unit, as-of date and kind,
    /// with every fact that states it. Sorted by measure, then date.
    pub figures: Vec<Figure>,
}

/// Index of a document in [`Corpus::documents`].
pub type DocIdx = u32;
/// Index of a passage in [`Corpus::passages`].
pub type PassageIdx = u32;

/// One source file after cleaning.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Stable id: the file stem.
    pub id: String,
    /// The headline, or a short title made from the lead.
    pub title: String,
    /// What sort of document this is.
    pub kind: DocKind,
    /// Publication or event date, when one could be found.
    pub date: Option<Date>,
    /// Publisher or source line, when the page names one.
    pub source: Option<String>,
    /// Number of words in the cleaned text.
    pub words: u32,
    /// Section headings in reading order.
    pub sections: Vec<String>,
    /// Speakers of a transcript in order of first turn; empty for other kinds.
    pub speakers: Vec<String>,
    /// The range of this document's passages in [`Corpus::passages`].
    pub passages: std::ops::Range<PassageIdx>,
}

/// The kinds of document the explorer distinguishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum DocKind {
    /// A press-conference or briefing transcript with speaker turns.
    Transcript,
    /// A news item or press release.
    News,
    /// A chapter of a report.
    Report,
    /// A notice, announcement or regulation.
    Notice,
}

impl DocKind {
    /// The lower-case name used in the JS API and in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Transcript => "transcript",
            DocKind::News => "news",
            DocKind::Report => "report",
            DocKind::Notice => "notice",
        }
    }

    /// Parses the name produced by [`DocKind::as_str`] (case-insensitive).
    pub fn parse(name: &str) -> Option<DocKind> {
        match name.trim().to_ascii_lowercase().as_str() {
            "transcript" => Some(DocKind::Transcript),
            "news" => Some(DocKind::News),
            "report" => Some(DocKind::Report),
            "notice" => Some(DocKind::Notice),
            _ => None,
        }
    }
}

/// A calendar date known to a year, a month or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Date {
    /// Four-digit year.
    pub year: u16,
    /// Month 1–12, when known.
    pub month: Option<u8>,
    /// Day 1–31, when known (only with a month).
    pub day: Option<u8>,
}

impl Date {
    /// ISO 8601 text at the date's own precision: `2021`, `2021-04` or `2021-04-25`.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => format!("{:04}-{:02}", self.year, m),
            _ => format!("{:04}", self.year),
        }
    }

    /// `year`, `month` or `day`: how much of the date is known.
    pub fn precision(&self) -> &'static str {
        match (self.month, self.day) {
            (Some(_), Some(_)) => "day",
            (Some(_), None) => "month",
            _ => "year",
        }
    }
}

/// A readable piece of a document: a paragraph group or one speaker turn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Passage {
    /// Stable id: `<doc id>#p<ordinal>`, the ordinal counting from 1 within the document.
    pub id: String,
    /// The document this passage belongs to.
    pub doc: DocIdx,
    /// The heading of the section this passage sits in.
    pub section: Option<String>,
    /// In transcripts, whose turn this is (a person or the outlet asking).
    pub speaker: Option<String>,
    /// Cleaned text; paragraphs separated by `\n\n`.
    pub text: String,
}

/// A person, organisation, place or programme named in the corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable id: a slug of the canonical name.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// What sort of thing this is.
    pub kind: EntityKind,
    /// Other names that refer to the same entity (acronyms, short forms).
    pub aliases: Vec<String>,
    /// Role or title, when the corpus states one (e.g. from a transcript's speaker list).
    pub role: Option<String>,
    /// Passages whose text names the entity, ascending and without repeats;
    /// a speaker's own turns are not mentions (empty for a speaker no text names).
    pub mentions: Vec<PassageIdx>,
}

/// Kinds of named entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EntityKind {
    /// A named person.
    Person,
    /// A government body, company, outlet or other organisation.
    Organisation,
    /// A country, province, city or region.
    Place,
    /// A plan, programme, campaign, law or event.
    Programme,
    /// A concept with a conventional acronym (IP, IPR).
    Concept,
}

impl EntityKind {
    /// The lower-case name used in the JS API.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organisation => "organisation",
            EntityKind::Place => "place",
            EntityKind::Programme => "programme",
            EntityKind::Concept => "concept",
        }
    }
}

/// One quantity statement with its provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// Stable id: `<passage id>/f<ordinal>`.
    pub id: String,
    /// The value, fully scaled (`218 billion` is `218e9`).
    pub value: f64,
    /// Unit of the value: `people`, `yuan`, `US dollars`, `%`, `cases`, ...
    pub unit: String,
    /// A short label of what is counted.
    pub measure: String,
    /// The quantity exactly as written: `passage.text[span]`. Not stored in
    /// the binary form; [`decode`](super::format::decode) fills it in.
    #[serde(skip)]
    pub text: String,
    /// The sentence the quantity stands in: `passage.text[sentence_span]`.
    /// Not stored in the binary form; [`decode`](super::format::decode) fills it in.
    #[serde(skip)]
    pub sentence: String,
    /// Byte range of `text` within the passage text, for highlighting.
    pub span: std::ops::Range<u32>,
    /// Byte range of `sentence` within the passage text.
    pub sentence_span: std::ops::Range<u32>,
    /// The document the fact comes from.
    pub doc: DocIdx,
    /// The passage the fact comes from.
    pub passage: PassageIdx,
    /// As-of date or period as stated (`2023`, `2023-12`, `2025`), when given.
    pub date: Option<String>,
    /// Whether the figure is an achievement, a goal or a change.
    pub kind: FactKind,
}

/// Index of a fact in [`Corpus::facts`].
pub type FactIdx = u32;

/// One metric followed through the corpus: facts with the same measure and
/// unit, earliest first (undated facts last, then by corpus order).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Series {
    /// Stable id: a slug of the measure and unit.
    pub id: String,
    /// The measure, as worded by its first fact.
    pub measure: String,
    /// The unit all its facts share.
    pub unit: String,
    /// The facts, in time order.
    pub facts: Vec<FactIdx>,
}

/// Index of a measure in [`Corpus::measures`].
pub type MeasureIdx = u32;
/// Index of a figure in [`Corpus::figures`].
pub type FigureIdx = u32;

/// One thing the corpus counts, under one name across documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Measure {
    /// Stable id: a slug of the name and unit.
    pub id: String,
    /// The display name. It says what is counted on its own
    /// (`IP professionals`, never a bare unit word or `turnover`).
    pub name: String,
    /// Every other wording the facts used for it, for matching queries.
    pub labels: Vec<String>,
    /// The unit its level figures share (`people`, `yuan`, `%`).
    pub unit: String,
}

/// One figure, however many passages state it: a measure's value in a unit,
/// as of a date, of one kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// What it counts.
    pub measure: MeasureIdx,
    /// The value, fully scaled.
    pub value: f64,
    /// The unit of `value`.
    pub unit: String,
    /// As-of date or period (`2023`, `2023-12`, `2016/2020`), when known.
    pub date: Option<String>,
    /// Actual, target or change.
    pub kind: FactKind,
    /// Every fact that states it, the one whose wording is shown first.
    pub facts: Vec<FactIdx>,
    /// The same amount in another unit, given beside it in brackets
    /// (`84.85 billion yuan ($13.07 billion)`): that fact, shown with it.
    pub converted: Option<FactIdx>,
}

/// Whether a figure reports what is, what should be, or how much something moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum FactKind {
    /// A figure that was reached.
    Actual,
    /// A goal or plan.
    Target,
    /// A rise, fall or growth rate.
    Change,
}

#[cfg(test)]
impl Fact {
    /// A fact for unit tests: an actual figure of `measure` with no text,
    /// in document `doc`.
    pub(crate) fn sample(
        measure: &str,
        value: f64,
        unit: &str,
        date: Option<&str>,
        doc: u32,
    ) -> Fact {
        Fact {
            id: format!("d{doc}/{value}"),
            value,
            unit: unit.into(),
            measure: measure.into(),
            text: String::new(),
            sentence: String::new(),
            span: 0..0,
            sentence_span: 0..0,
            doc,
            passage: 0,
            date: date.map(str::to_string),
            kind: FactKind::Actual,
        }
    }
}

impl FactKind {
    /// The lower-case name used in the JS API.
    pub fn as_str(self) -> &'static str {
        match self {
            FactKind::Actual => "actual",
            FactKind::Target => "target",
            FactKind::Change => "change",
        }
    }
}

/// A problem found while compiling a source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// The source file's name.
    pub file: String,
    /// 1-based line number, when the problem has one.
    pub line: Option<usize>,
    /// Whether the build can go on.
    pub severity: Severity,
    /// What is wrong, in a sentence.
    pub message: String,
}

/// How bad an [`Issue`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Something was inferred or skipped; the build goes on.
    Warning,
    /// The corpus cannot be built as given.
    Error,
}

impl std::fmt::Display for Issue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

#[cfg(test)]
impl Corpus {
    /// A corpus of one document, titled `t`, of `kind` and `date`, holding
    /// `passages`: the shape unit tests of the compile steps read.
    pub(crate) fn of_one_document(
        kind: DocKind,
        date: Option<Date>,
        passages: Vec<Passage>,
    ) -> Self {
        let doc = Document {
            id: "d".into(),
            title: "t".into(),
            kind,
            date,
            source: None,
            words: 0,
            sections: vec![],
            speakers: vec![],
            passages: 0..passages.len() as u32,
        };
        Corpus {
            documents: vec![doc],
            passages,
            ..Corpus::default()
        }
    }
}
