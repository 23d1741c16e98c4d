//! One tiny hand-written corpus shared by the native tests and the component
//! tests: a transcript with sections, speakers and facts, and a news item with
//! no date, source, sections or facts (the shape of a document the compiler
//! could say little about). [`corpus_with_series`] adds a report whose
//! pledge-financing figures form a series with the transcript's.

use crate::corpus::{
    Corpus, Date, DocKind, Document, Entity, EntityKind, Fact, FactKind, Passage, Series,
};

/// The corpus compiled from `(file name, text)` pairs, for tests that write
/// their own small documents.
pub fn compiled(files: &[(&str, &str)]) -> Corpus {
    let files: Vec<crate::corpus::SourceFile> = files
        .iter()
        .map(|(name, text)| crate::corpus::SourceFile {
            name: name.to_string(),
            bytes: text.as_bytes().to_vec(),
        })
        .collect();
    crate::corpus::compile(&files).0
}

/// The fixture corpus.
pub fn corpus() -> Corpus {
    let passages = vec![
        passage("conf#p1", 0, Some("Opening"), Some("Host"), "Good morning. Welcome to the press conference."),
        passage(
            "conf#p2",
            0,
            Some("Opening"),
            Some("Shen Changyu"),
            "Pledge financing reached 218 billion yuan in 2021.\n\nWe aim for 12 patents per 10,000 people by 2025.",
        ),
        passage("conf#p3", 0, Some("Questions"), Some("Xinhua"), "How many <b>cases</b> were handled?"),
        passage("conf#p4", 0, Some("Questions"), Some("Shen Changyu"), "Courts handled 480,000 cases, up 12.5% on the year."),
        passage("note#p1", 1, None, None, "A short news item without figures."),
    ];
    let text_of = |p: usize, needle: &str| {
        let start = passages[p].text.find(needle).expect("needle in fixture") as u32;
        start..start + needle.len() as u32
    };
    let facts = vec![
        fact(
            "conf#p2/f1",
            218e9,
            "yuan",
            "pledge financing",
            "218 billion yuan",
            text_of(1, "218 billion yuan"),
            1,
            Some("2021"),
            FactKind::Actual,
        ),
        fact(
            "conf#p2/f2",
            12.0,
            "patents per 10,000 people",
            "high-value invention patents",
            "12 patents per 10,000 people",
            text_of(1, "12 patents per 10,000 people"),
            1,
            Some("2025"),
            FactKind::Target,
        ),
        fact(
            "conf#p4/f1",
            480_000.0,
            "cases",
            "IP cases handled by courts",
            "480,000 cases",
            text_of(3, "480,000 cases"),
            3,
            None,
            FactKind::Actual,
        ),
        fact(
            "conf#p4/f2",
            12.5,
            "%",
            "IP cases handled by courts",
            "12.5%",
            text_of(3, "12.5%"),
            3,
            None,
            FactKind::Change,
        ),
    ];
    let sentences = [
        "Pledge financing reached 218 billion yuan in 2021.",
        "We aim for 12 patents per 10,000 people by 2025.",
        "Courts handled 480,000 cases, up 12.5% on the year.",
        "Courts handled 480,000 cases, up 12.5% on the year.",
    ];
    let facts = facts
        .into_iter()
        .zip(sentences)
        .map(|(f, s)| Fact {
            sentence: s.to_string(),
            ..f
        })
        .collect();
    Corpus {
        documents: vec![
            Document {
                id: "conf".to_string(),
                title: "Press conference on IP protection".to_string(),
                kind: DocKind::Transcript,
                date: Some(Date {
                    year: 2022,
                    month: Some(4),
                    day: Some(24),
                }),
                source: Some("CNIPA".to_string()),
                words: 60,
                sections: vec!["Opening".to_string(), "Questions".to_string()],
                speakers: vec![
                    "Host".to_string(),
                    "Shen Changyu".to_string(),
                    "Xinhua".to_string(),
                ],
                passages: 0..4,
            },
            Document {
                id: "note".to_string(),
                title: "A news item".to_string(),
                kind: DocKind::News,
                date: None,
                source: None,
                words: 7,
                sections: vec![],
                speakers: vec![],
                passages: 4..5,
            },
        ],
        passages,
        entities: vec![
            entity("cnipa", "CNIPA", EntityKind::Organisation, &[0, 1, 3]),
            entity("shen-changyu", "Shen Changyu", EntityKind::Person, &[1, 3]),
            entity("xinhua", "Xinhua", EntityKind::Organisation, &[2]),
            entity("beijing", "Beijing", EntityKind::Place, &[0, 1, 2, 3]),
        ],
        facts,
        series: Vec::new(),
        ..Corpus::default()
    }
}

/// The fixture plus a 2024 report (`report`, one passage) with an actual and
/// a target figure of pledge financing, and the three-point series
/// `pledge-financing-yuan` they form with the transcript's `conf#p2/f1`.
pub fn corpus_with_series() -> Corpus {
    let mut corpus = corpus();
    let text =
        "Pledge financing was 320 billion yuan in 2023, and the goal is 500 billion yuan by 2025.";
    let span = |needle: &str| {
        let start = text.find(needle).expect("needle in fixture") as u32;
        start..start + needle.len() as u32
    };
    let passage_idx = corpus.passages.len() as u32;
    corpus
        .passages
        .push(passage("report#p1", 2, Some("Finance"), None, text));
    corpus.documents.push(Document {
        id: "report".to_string(),
        title: "Annual report on IP finance".to_string(),
        kind: DocKind::Report,
        date: Some(Date {
            year: 2024,
            month: Some(3),
            day: None,
        }),
        source: Some("CNIPA".to_string()),
        words: 17,
        sections: vec!["Finance".to_string()],
        speakers: vec![],
        passages: passage_idx..passage_idx + 1,
    });
    let first_new = corpus.facts.len() as u32;
    for (id, value, written, date, kind) in [
        (
            "report#p1/f1",
            320e9,
            "320 billion yuan",
            "2023",
            FactKind::Actual,
        ),
        (
            "report#p1/f2",
            500e9,
            "500 billion yuan",
            "2025",
            FactKind::Target,
        ),
    ] {
        corpus.facts.push(Fact {
            doc: 2,
            sentence: text.to_string(),
            ..fact(
                id,
                value,
                "yuan",
                "pledge financing",
                written,
                span(written),
                passage_idx,
                Some(date),
                kind,
            )
        });
    }
    corpus.series = vec![Series {
        id: "pledge-financing-yuan".to_string(),
        measure: "pledge financing".to_string(),
        unit: "yuan".to_string(),
        facts: vec![0, first_new, first_new + 1],
    }];
    corpus
}

fn passage(
    id: &str,
    doc: u32,
    section: Option<&str>,
    speaker: Option<&str>,
    text: &str,
) -> Passage {
    Passage {
        id: id.to_string(),
        doc,
        section: section.map(str::to_string),
        speaker: speaker.map(str::to_string),
        text: text.to_string(),
    }
}

#[allow(clippy::too_many_arguments)]
fn fact(
    id: &str,
    value: f64,
    unit: &str,
    measure: &str,
    text: &str,
    span: std::ops::Range<u32>,
    passage: u32,
    date: Option<&str>,
    kind: FactKind,
) -> Fact {
    Fact {
        id: id.to_string(),
        value,
        unit: unit.to_string(),
        measure: measure.to_string(),
        text: text.to_string(),
        sentence: String::new(),
        span,
        sentence_span: 0..0,
        doc: 0,
        passage,
        date: date.map(str::to_string),
        kind,
    }
}

fn entity(id: &str, name: &str, kind: EntityKind, mentions: &[u32]) -> Entity {
    Entity {
        id: id.to_string(),
        name: name.to_string(),
        kind,
        aliases: vec![],
        role: None,
        mentions: mentions.to_vec(),
    }
}
