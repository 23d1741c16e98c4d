//! Canonical figures through the app's records: `facts()` and the bulk
//! export name each fact's canonical measure and every passage that states
//! the same figure, over the seed corpus.

use ip_explorer::api::facts;
use ip_explorer::bulk::{self, Layout};
use ip_explorer::data;
use ip_explorer::engine::Engine;

#[test]
fn fact_records_carry_the_canonical_measure_and_every_source() {
    let engine = Engine::new(data::corpus());
    let all = facts::facts(&engine, &facts::FactOptions::default());
    let pledge: Vec<&facts::FactRecord> = all
        .iter()
        .filter(|f| f.value == 218e9 && f.unit == "yuan")
        .collect();
    // Three wordings in three passages: one figure, one name, three sources.
    assert_eq!(pledge.len(), 3);
    for fact in &pledge {
        assert_eq!(
            fact.canonical_measure.as_deref(),
            Some("patent and trademark pledge financing")
        );
        assert_eq!(fact.sources.len(), 3);
        assert!(fact.sources.iter().any(|s| s.passage == fact.passage));
    }
    // The dollar conversion in brackets shows with the figure it converts.
    let dollars = all
        .iter()
        .find(|f| f.value == 13.07e9)
        .expect("$13.07 billion");
    assert_eq!(dollars.canonical_measure, pledge[0].canonical_measure);
    // Every canonical name says what is counted; a fact without one is its
    // own only source.
    for fact in &all {
        match &fact.canonical_measure {
            Some(name) => assert!(name.contains(' '), "{name}"),
            None => assert_eq!(fact.sources.len(), 1, "{}", fact.id),
        }
    }
    let json = serde_json::to_value(pledge[0]).unwrap();
    assert_eq!(
        json["canonicalMeasure"],
        "patent and trademark pledge financing"
    );
    assert_eq!(json["sources"][0]["doc"], "003_835ca7036c13869d");
}

#[test]
fn bulk_fact_lines_carry_the_canonical_measure_and_sources() {
    let corpus = data::corpus();
    let mut out = Vec::new();
    bulk::write_ndjson(&corpus, "ipx", Layout::Plain, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .filter(|l: &serde_json::Value| l["record"] == "fact" && l["value"] == 218e9)
        .collect();
    assert_eq!(lines.len(), 3);
    for line in &lines {
        assert_eq!(
            line["canonical_measure"],
            "patent and trademark pledge financing"
        );
        assert_eq!(line["sources"].as_array().map(Vec::len), Some(3));
    }
}
