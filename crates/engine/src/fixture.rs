//! The one tiny hand-written corpus every engine unit test shares: a transcript
//! with sections and speakers, a news item and a report chapter, with entities
//! that have aliases and facts with measures.

use crate::{Engine, SearchRequest};
use ipx_corpus::{Corpus, Date, DocKind, Document, Entity, EntityKind, Fact, FactKind, Passage};

/// An engine over the fixture corpus.
pub fn engine() -> Engine {
    Engine::new(corpus())
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
