//! The one tiny hand-written corpus every engine unit test shares: a transcript
//! with sections and speakers, a news item and a report chapter, with entities
//! that have aliases and facts with measures. [`with_figures`] adds a
//! statistics report and the canonical measures and figures of all its
//! facts, for the answers.

use crate::{Engine, SearchRequest};
use ipx_corpus::{
    Corpus, Date, DocKind, Document, Entity, EntityKind, Fact, FactKind, Figure, Measure, Passage,
};

/// An engine over the fixture corpus.
pub fn engine() -> Engine {
    Engine::new(corpus())
}

/// An engine over the fixture corpus with figures.
pub fn engine_with_figures() -> Engine {
    Engine::new(with_figures())
}

/// Passage ids of a search in the order shown (each group's best passage,
/// then its sub-results), with the match kinds of each.
pub fn shown(engine: &Engine, request: &SearchRequest) -> String {
    let results = engine.search(request);
    let mut out = Vec::new();
    for hit in &results.hits {
        for h in std::iter::once(hit).chain(&hit.more) {
            let why: Vec<&str> = h.why.iter().map(|w| w.as_str()).collect();
            out.push(format!(
                "{}({})",
                engine.corpus().passages[h.passage as usize].id,
                why.join(",")
            ));
        }
    }
    if let Some(suggestion) = results.suggestion {
        out.push(format!("suggest:{suggestion}"));
    }
    out.join(" ")
}

/// The fixture corpus.
pub fn corpus() -> Corpus {
    let mut corpus = Corpus::default();
    doc(&mut corpus, "briefing", "SCIO briefing on intellectual property", DocKind::Transcript, (2021, 4), &[
        (Some("Opening"), Some("Xing Huina"), "Welcome to this press conference. Mr. Shen Changyu, head of the National Intellectual Property Administration (NIPA), will brief you."),
        (Some("Briefing"), Some("Shen Changyu"), "China granted 530,000 invention patents in 2020, and high-value patents reached 6.3 per 10,000 people."),
        (Some("Questions"), Some("Reuters"), "How will China protect the intellectual property rights of foreign companies?"),
        (Some("Questions"), Some("Shen Changyu"), "We treat domestic and foreign enterprises equally and protect IPR in accordance with the law."),
    ]);
    doc(&mut corpus, "culture", "CNIPA holds press conference on IP culture", DocKind::News, (2022, 3), &[
        (None, None, "The CNIPA introduced IP culture development. Awareness of respecting intellectual property rights improved across society."),
        (None, None, "The National IP Publicity Week will run from April 20 to 26, online at worldip.cn and on site."),
    ]);
    doc(&mut corpus, "talent", "IP talent report", DocKind::Report, (2024, 7), &[
        (Some("Talent"), None, "The scale of IP talent increased from 690,000 to 860,000 by the end of 2023, a rise of 24.6%."),
        (Some("Talent"), None, "Training bases for patent examiners were built; 知识产权 training continued in Beijing."),
    ]);
    corpus.entities = vec![
        entity(
            "cnipa",
            "China National Intellectual Property Administration",
            EntityKind::Organisation,
            &["CNIPA", "NIPA"],
            &[0, 4],
        ),
        entity(
            "ipr",
            "intellectual property rights",
            EntityKind::Concept,
            &["IPR"],
            &[2, 3, 4],
        ),
        entity(
            "ip",
            "intellectual property",
            EntityKind::Concept,
            &["IP"],
            &[0, 2, 4, 5, 6],
        ),
        entity(
            "shen-changyu",
            "Shen Changyu",
            EntityKind::Person,
            &[],
            &[0, 1, 3],
        ),
    ];
    corpus.facts = vec![
        fact(
            &corpus,
            1,
            "530,000",
            530_000.0,
            "patents",
            "invention patents granted",
            FactKind::Actual,
        ),
        fact(
            &corpus,
            1,
            "6.3",
            6.3,
            "patents per 10,000 people",
            "high-value patents per 10,000 people",
            FactKind::Actual,
        ),
        fact(
            &corpus,
            6,
            "860,000",
            860_000.0,
            "people",
            "IP talent",
            FactKind::Actual,
        ),
        fact(
            &corpus,
            6,
            "24.6%",
            24.6,
            "%",
            "growth of IP talent",
            FactKind::Change,
        ),
    ];
    corpus
}

type Turn<'a> = (Option<&'a str>, Option<&'a str>, &'a str);

fn doc(
    corpus: &mut Corpus,
    id: &str,
    title: &str,
    kind: DocKind,
    (year, month): (u16, u8),
    turns: &[Turn],
) {
    let doc_idx = corpus.documents.len() as u32;
    let first = corpus.passages.len() as u32;
    for (n, (section, speaker, text)) in turns.iter().enumerate() {
        corpus.passages.push(Passage {
            id: format!("{id}#p{}", n + 1),
            doc: doc_idx,
            section: section.map(str::to_string),
            speaker: speaker.map(str::to_string),
            text: text.to_string(),
        });
    }
    let mut speakers: Vec<String> = turns
        .iter()
        .filter_map(|t| t.1.map(str::to_string))
        .collect();
    speakers.dedup();
    corpus.documents.push(Document {
        id: id.to_string(),
        title: title.to_string(),
        kind,
        date: Some(Date {
            year,
            month: Some(month),
            day: None,
        }),
        source: None,
        words: turns
            .iter()
            .map(|t| t.2.split_whitespace().count() as u32)
            .sum(),
        sections: turns
            .iter()
            .filter_map(|t| t.0.map(str::to_string))
            .collect(),
        speakers,
        passages: first..corpus.passages.len() as u32,
    });
}

fn entity(id: &str, name: &str, kind: EntityKind, aliases: &[&str], mentions: &[u32]) -> Entity {
    Entity {
        id: id.to_string(),
        name: name.to_string(),
        kind,
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        role: None,
        mentions: mentions.to_vec(),
    }
}

fn fact(
    corpus: &Corpus,
    passage: u32,
    text: &str,
    value: f64,
    unit: &str,
    measure: &str,
    kind: FactKind,
) -> Fact {
    let p = &corpus.passages[passage as usize];
    let start = p.text.find(text).unwrap_or(0) as u32;
    Fact {
        id: format!("{}/f{}", p.id, start),
        value,
        unit: unit.to_string(),
        measure: measure.to_string(),
        text: text.to_string(),
        sentence: p.text.clone(),
        span: start..start + text.len() as u32,
        sentence_span: 0..p.text.len() as u32,
        doc: p.doc,
        passage,
        date: None,
        kind,
    }
}

/// The fixture corpus plus a statistics report (2024-05) whose facts, with
/// the base corpus's, are grouped into canonical measures and figures: a
/// measure named in two wordings (`IP professionals`, `IP talent`) with
/// earlier, latest, target and change figures; one (`invention patents
/// granted`/`authorized`) stated by two documents; and measures that share
/// words (`utility model patents granted`, `trademark registrations`).
pub fn with_figures() -> Corpus {
    let mut corpus = corpus();
    doc(&mut corpus, "stats", "Statistics report", DocKind::Report, (2024, 5), &[
        (Some("People"), None, "By the end of 2023 the number of IP professionals reached 860,000, up from 690,000 in 2020. The goal is one million IP professionals by 2025."),
        (Some("Patents"), None, "In 2023, 920,000 invention patents were authorized, a year-on-year increase of 15%. Utility model patents granted reached 2.1 million. Trademark registrations reached 4.4 million."),
        (Some("Examination"), None, "The examination period for invention patents was 16 months in 2023, down from 22 months in 2019: six months were cut."),
    ]);
    let dated = |mut fact: Fact, date: &str| {
        fact.date = Some(date.to_string());
        fact
    };
    corpus.facts[0].date = Some("2020".into());
    corpus.facts[1].date = Some("2020".into());
    corpus.facts[2].date = Some("2023-12".into());
    corpus.facts[3].date = Some("2023".into());
    let (people, patents, exam) = (8, 9, 10);
    let extra = [
        dated(
            fact(
                &corpus,
                people,
                "860,000",
                860_000.0,
                "people",
                "IP professionals",
                FactKind::Actual,
            ),
            "2023-12",
        ),
        dated(
            fact(
                &corpus,
                people,
                "690,000",
                690_000.0,
                "people",
                "IP professionals",
                FactKind::Actual,
            ),
            "2020",
        ),
        dated(
            fact(
                &corpus,
                people,
                "one million",
                1e6,
                "people",
                "IP professionals",
                FactKind::Target,
            ),
            "2025",
        ),
        dated(
            fact(
                &corpus,
                patents,
                "920,000",
                920_000.0,
                "patents",
                "invention patents authorized",
                FactKind::Actual,
            ),
            "2023",
        ),
        dated(
            fact(
                &corpus,
                patents,
                "15%",
                15.0,
                "%",
                "invention patents authorized",
                FactKind::Change,
            ),
            "2023",
        ),
        dated(
            fact(
                &corpus,
                patents,
                "2.1 million",
                2.1e6,
                "patents",
                "utility model patents granted",
                FactKind::Actual,
            ),
            "2023",
        ),
        dated(
            fact(
                &corpus,
                patents,
                "4.4 million",
                4.4e6,
                "registrations",
                "trademark registrations",
                FactKind::Actual,
            ),
            "2023",
        ),
        dated(
            fact(
                &corpus,
                exam,
                "16 months",
                16.0,
                "months",
                "examination period for invention patents",
                FactKind::Actual,
            ),
            "2023",
        ),
        dated(
            fact(
                &corpus,
                exam,
                "22 months",
                22.0,
                "months",
                "examination period for invention patents",
                FactKind::Actual,
            ),
            "2019",
        ),
        dated(
            fact(
                &corpus,
                exam,
                "six months",
                6.0,
                "months",
                "examination period for invention patents",
                FactKind::Change,
            ),
            "2019/2023",
        ),
    ];
    corpus.facts.extend(extra);
    let measure = |name: &str, labels: &[&str], unit: &str| Measure {
        id: name.replace(' ', "-"),
        name: name.to_string(),
        labels: labels.iter().map(|l| l.to_string()).collect(),
        unit: unit.to_string(),
    };
    corpus.measures = vec![
        measure(
            "IP professionals",
            &["IP talent", "growth of IP talent"],
            "people",
        ),
        measure(
            "invention patents granted",
            &["invention patents authorized"],
            "patents",
        ),
        measure(
            "high-value patents per 10,000 people",
            &[],
            "patents per 10,000 people",
        ),
        measure("utility model patents granted", &[], "patents"),
        measure("trademark registrations", &[], "registrations"),
        measure("examination period for invention patents", &[], "months"),
    ];
    let figure = |facts: &[u32], kind: FactKind| {
        let first = &corpus.facts[facts[0] as usize];
        let measure = (corpus.measures.iter())
            .position(|m| m.name == first.measure || m.labels.contains(&first.measure))
            .unwrap_or_else(|| panic!("a measure for {}", first.measure))
            as u32;
        Figure {
            measure,
            value: first.value,
            unit: first.unit.clone(),
            date: first.date.clone(),
            kind,
            facts: facts.to_vec(),
            converted: None,
        }
    };
    corpus.figures = vec![
        figure(&[5], FactKind::Actual),
        figure(&[4, 2], FactKind::Actual),
        figure(&[3], FactKind::Change),
        figure(&[6], FactKind::Target),
        figure(&[0], FactKind::Actual),
        figure(&[7], FactKind::Actual),
        figure(&[8], FactKind::Change),
        figure(&[1], FactKind::Actual),
        figure(&[9], FactKind::Actual),
        figure(&[10], FactKind::Actual),
        figure(&[12], FactKind::Actual),
        figure(&[11], FactKind::Actual),
        figure(&[13], FactKind::Change),
    ];
    corpus
}
