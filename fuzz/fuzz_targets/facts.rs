//! Facts extractor over one arbitrary passage: never panics, and every fact's
//! text is exactly the passage text at its span, inside its sentence.
#![no_main]

use ip_explorer::corpus::facts::extract_facts;
use ip_explorer::corpus::{Corpus, Date, DocKind, Document, Passage};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let corpus = Corpus {
        documents: vec![Document {
            id: "doc".into(),
            title: "Title".into(),
            kind: DocKind::News,
            date: Some(Date { year: 2021, month: Some(4), day: Some(25) }),
            source: None,
            words: 0,
            sections: Vec::new(),
            speakers: Vec::new(),
            passages: 0..1,
        }],
        passages: vec![Passage {
            id: "doc#p1".into(),
            doc: 0,
            section: None,
            speaker: None,
            text: text.to_string(),
        }],
        ..Corpus::default()
    };
    let (facts, _) = extract_facts(&corpus);
    for fact in &facts {
        let span = fact.span.start as usize..fact.span.end as usize;
        assert_eq!(text.get(span), Some(fact.text.as_str()));
        assert!(fact.sentence.contains(&fact.text));
    }
});
