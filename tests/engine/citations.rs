//! Citations of the seed corpus: every document's citation names a
//! publisher (or what the document is) and a whole title, and its BibTeX and
//! CSL-JSON exports parse.

use expect_test::expect;
use ip_explorer::data;
use ip_explorer::present::citation::plain_text;
use ip_explorer::present::cite_export::{cite_items, CiteFormat, CiteTarget};

const BASE: &str = "https://example.org/explorer/";

#[test]
fn seed_document_citations_have_a_publisher_and_a_whole_title() {
    let corpus = data::corpus();
    let targets: Vec<CiteTarget> = corpus
        .documents
        .iter()
        .map(|d| CiteTarget::Document(d.id.clone()))
        .collect();
    let text_of = |p: u32| corpus.passages.get(p as usize).map(|p| p.text.as_str());
    let items = cite_items(&corpus, &targets, BASE, text_of);
    assert_eq!(items.len(), corpus.documents.len());
    let lines: Vec<String> = items.iter().map(plain_text).collect();
    for (item, line) in items.iter().zip(&lines) {
        assert!(!item.title.contains('…'), "{line}");
        assert!(!item.publisher_or_genre().trim().is_empty(), "{line}");
    }
    expect![[r#"
        “CNIPA Holds a Regular Press Conference to Introduce IP Culture Development for the First Time”. CNIPA Website, 2022-03-30. https://example.org/explorer/?read=000_72b4a740dfda7e5e
        “VIII IP Culture Building and Awareness Enhancement”. Report, 2021. https://example.org/explorer/?read=001_a3481ec8e84a4783
        “As of the end of 2023, the scale of China's intellectual property (IP) talent has increased from 690,000 at the end of the "13th Five-Year Plan" to 860,000”. China IP News, 2024-07-03. https://example.org/explorer/?read=002_a2777ba34e8ebefe
        “SCIO briefing on implementing the Outline of the 14th Five-Year Plan and accelerating the building of China's strength in intellectual property”. State Council Information Office, 2021-04-25. https://example.org/explorer/?read=003_835ca7036c13869d
        “The 2021 National Intellectual Property Publicity Week Activities are Set to Kick Off”. CNIPA Website, 2021-04-20. https://example.org/explorer/?read=004_e940f9e4ae4d1d8a"#]]
    .assert_eq(&lines.join("\n"));
    let bib = CiteFormat::Bibtex.write(&items);
    assert_eq!(
        biblatex::Bibliography::parse(&bib).unwrap().len(),
        items.len()
    );
    let csl: serde_json::Value = serde_json::from_str(&CiteFormat::CslJson.write(&items)).unwrap();
    assert_eq!(csl.as_array().unwrap().len(), items.len());
}

#[test]
fn a_seed_turn_names_its_speaker_and_role() {
    let corpus = data::corpus();
    let passage = corpus
        .passages
        .iter()
        .find(|p| p.speaker.as_deref() == Some("Shen Changyu"))
        .expect("a turn of a listed speaker");
    let text_of = |p: u32| corpus.passages.get(p as usize).map(|p| p.text.as_str());
    let target = CiteTarget::Passage {
        id: passage.id.clone(),
        quote: None,
    };
    let item = cite_items(&corpus, &[target], BASE, text_of).remove(0);
    let line = plain_text(&item);
    assert!(
        line.contains("Shen Changyu, commissioner of the China National Intellectual Property Administration."),
        "{line}"
    );
    assert!(line.contains("#:~:text="), "{line}");
}
