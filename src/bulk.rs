//! Bulk export for users who outgrow the browser: the documents, passages and
//! facts of a compiled corpus as newline-delimited JSON, either in the `_bulk`
//! format that Elasticsearch and OpenSearch load directly (an action line naming
//! the index and `_id`, then the record) or as plain records, one per line, for
//! tools such as jq, DuckDB or pandas.
//!
//! Every record is self-contained (a passage carries its document's title, kind
//! and date; a fact its sentence, speaker and passage id) so a search server
//! can filter and display it without joins. Ids are the explorer's own, so a
//! hit found in the server links back to the same passage in the explorer
//! (`?read=<doc>&passage=<passage id>`).
//!
//! Native only: the wasm bundle never links it.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::{json, Value};

use crate::corpus::figures::figure_of_facts;
use crate::corpus::{Corpus, Document, Fact, Passage};

/// The three record types, one index each.
pub const RECORD_TYPES: [&str; 3] = ["documents", "passages", "facts"];

/// How to write the lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// `_bulk` format: an `{"index": …}` action line before every record.
    Bulk,
    /// One record per line, nothing else.
    Plain,
}

/// How many records of each type were written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Document records.
    pub documents: usize,
    /// Passage records.
    pub passages: usize,
    /// Fact records.
    pub facts: usize,
}

/// The index a record type goes to: `<prefix>-<type>`, e.g. `ip-explorer-facts`.
pub fn index_name(prefix: &str, record_type: &str) -> String {
    format!("{prefix}-{record_type}")
}

/// Writes every document, then every passage, then every fact, each record on
/// one line (preceded by its action line in [`Layout::Bulk`]).
pub fn write_ndjson<W: Write>(
    corpus: &Corpus,
    prefix: &str,
    layout: Layout,
    out: &mut W,
) -> io::Result<Counts> {
    let links = Links::new(corpus);
    let target = Target { prefix, layout };
    let mut counts = Counts::default();
    for doc in &corpus.documents {
        target.emit(out, "documents", &doc.id, &DocumentLine::new(doc))?;
        counts.documents += 1;
    }
    for (index, passage) in corpus.passages.iter().enumerate() {
        let line = PassageLine::new(corpus, &links, index, passage);
        target.emit(out, "passages", &passage.id, &line)?;
        counts.passages += 1;
    }
    for (index, fact) in corpus.facts.iter().enumerate() {
        let line = FactLine::new(corpus, &links, index, fact);
        target.emit(out, "facts", &fact.id, &line)?;
        counts.facts += 1;
    }
    Ok(counts)
}

/// Where and how records are written.
struct Target<'a> {
    prefix: &'a str,
    layout: Layout,
}

impl Target<'_> {
    /// Writes one record on its own line, after its action line in bulk layout.
    fn emit<W: Write, R: Serialize>(
        &self,
        out: &mut W,
        record_type: &str,
        id: &str,
        record: &R,
    ) -> io::Result<()> {
        if self.layout == Layout::Bulk {
            let action =
                json!({ "index": { "_index": index_name(self.prefix, record_type), "_id": id } });
            serde_json::to_writer(&mut *out, &action)?;
            out.write_all(b"\n")?;
        }
        serde_json::to_writer(&mut *out, record)?;
        out.write_all(b"\n")
    }
}

/// Cross-references computed once, so that export stays linear in the corpus.
struct Links<'a> {
    /// Canonical names of the entities each passage mentions.
    entities: Vec<Vec<&'a str>>,
    /// Ids of the facts in each passage.
    facts: Vec<Vec<&'a str>>,
    /// The series each fact belongs to.
    series: Vec<Option<&'a str>>,
    /// The canonical measure of the figure each fact states, and the ids of
    /// every passage that states it.
    figures: Vec<Option<(&'a str, Vec<&'a str>)>>,
}

impl<'a> Links<'a> {
    fn new(corpus: &'a Corpus) -> Self {
        let mut entities = vec![Vec::new(); corpus.passages.len()];
        for entity in &corpus.entities {
            for &p in &entity.mentions {
                if let Some(list) = entities.get_mut(p as usize) {
                    list.push(entity.name.as_str());
                }
            }
        }
        let mut facts = vec![Vec::new(); corpus.passages.len()];
        for fact in &corpus.facts {
            if let Some(list) = facts.get_mut(fact.passage as usize) {
                list.push(fact.id.as_str());
            }
        }
        let mut series = vec![None; corpus.facts.len()];
        for s in &corpus.series {
            for &f in &s.facts {
                if let Some(slot) = series.get_mut(f as usize) {
                    *slot = Some(s.id.as_str());
                }
            }
        }
        let figures = figure_of_facts(corpus)
            .into_iter()
            .map(|figure| {
                let figure = corpus.figures.get(figure? as usize)?;
                let measure = corpus.measures.get(figure.measure as usize)?;
                let sources = figure
                    .facts
                    .iter()
                    .filter_map(|f| corpus.facts.get(*f as usize))
                    .filter_map(|f| corpus.passages.get(f.passage as usize))
                    .map(|p| p.id.as_str())
                    .collect();
                Some((measure.name.as_str(), sources))
            })
            .collect();
        Links {
            entities,
            facts,
            series,
            figures,
        }
    }
}

/// Index settings and mappings for a record type, to create the index with
/// before loading (`PUT <index>` with this body). Dates are stored at their own
/// precision (`2021`, `2021-04`, `2021-04-25`); ids, kinds, names and units are
/// keywords for filtering and aggregation; titles and text are full text.
pub fn mapping(record_type: &str) -> Option<Value> {
    let keyword = json!({ "type": "keyword" });
    let text = json!({ "type": "text" });
    let date = json!({ "type": "date", "format": "yyyy-MM-dd||yyyy-MM||yyyy" });
    let text_and_keyword =
        json!({ "type": "text", "fields": { "raw": { "type": "keyword", "ignore_above": 256 } } });
    let properties = match record_type {
        "documents" => json!({
            "record": keyword, "id": keyword, "title": text_and_keyword, "kind": keyword,
            "date": date, "date_precision": keyword, "source": keyword, "words": { "type": "integer" },
            "sections": keyword, "speakers": keyword, "passages": { "type": "integer" },
        }),
        "passages" => json!({
            "record": keyword, "id": keyword, "doc": keyword, "doc_title": text_and_keyword,
            "doc_kind": keyword, "doc_date": date, "source": keyword, "ordinal": { "type": "integer" },
            "section": keyword, "speaker": keyword, "text": text, "entities": keyword, "facts": keyword,
        }),
        "facts" => json!({
            "record": keyword, "id": keyword, "value": { "type": "double" }, "unit": keyword,
            "measure": text_and_keyword, "kind": keyword, "as_of": keyword, "text": keyword,
            "sentence": text, "span": { "type": "integer" }, "doc": keyword, "doc_title": text_and_keyword,
            "doc_date": date, "passage": keyword, "section": keyword, "speaker": keyword, "series": keyword,
            "canonical_measure": text_and_keyword, "sources": keyword,
        }),
        _ => return None,
    };
    Some(json!({ "mappings": { "dynamic": "strict", "properties": properties } }))
}

/// A document record.
#[derive(Debug, Serialize)]
struct DocumentLine<'a> {
    record: &'static str,
    id: &'a str,
    title: &'a str,
    kind: &'static str,
    date: Option<String>,
    date_precision: Option<&'static str>,
    source: Option<&'a str>,
    words: u32,
    sections: &'a [String],
    speakers: &'a [String],
    passages: u32,
}

impl<'a> DocumentLine<'a> {
    fn new(doc: &'a Document) -> Self {
        DocumentLine {
            record: "document",
            id: &doc.id,
            title: &doc.title,
            kind: doc.kind.as_str(),
            date: doc.date.map(|d| d.iso()),
            date_precision: doc.date.map(|d| d.precision()),
            source: doc.source.as_deref(),
            words: doc.words,
            sections: &doc.sections,
            speakers: &doc.speakers,
            passages: doc.passages.end.saturating_sub(doc.passages.start),
        }
    }
}

/// A passage record, with its document's title, kind and date.
#[derive(Debug, Serialize)]
struct PassageLine<'a> {
    record: &'static str,
    id: &'a str,
    doc: &'a str,
    doc_title: &'a str,
    doc_kind: &'static str,
    doc_date: Option<String>,
    source: Option<&'a str>,
    ordinal: u32,
    section: Option<&'a str>,
    speaker: Option<&'a str>,
    text: &'a str,
    entities: &'a [&'a str],
    facts: &'a [&'a str],
}

impl<'a> PassageLine<'a> {
    fn new(corpus: &'a Corpus, links: &'a Links<'a>, index: usize, passage: &'a Passage) -> Self {
        let doc = &corpus.documents[passage.doc as usize];
        PassageLine {
            record: "passage",
            id: &passage.id,
            doc: &doc.id,
            doc_title: &doc.title,
            doc_kind: doc.kind.as_str(),
            doc_date: doc.date.map(|d| d.iso()),
            source: doc.source.as_deref(),
            ordinal: (index as u32).saturating_sub(doc.passages.start) + 1,
            section: passage.section.as_deref(),
            speaker: passage.speaker.as_deref(),
            text: &passage.text,
            entities: &links.entities[index],
            facts: &links.facts[index],
        }
    }
}

/// A fact record, with the sentence, passage and speaker it comes from.
#[derive(Debug, Serialize)]
struct FactLine<'a> {
    record: &'static str,
    id: &'a str,
    value: f64,
    unit: &'a str,
    measure: &'a str,
    kind: &'static str,
    as_of: Option<&'a str>,
    text: &'a str,
    sentence: &'a str,
    span: [u32; 2],
    doc: &'a str,
    doc_title: &'a str,
    doc_date: Option<String>,
    passage: &'a str,
    section: Option<&'a str>,
    speaker: Option<&'a str>,
    series: Option<&'a str>,
    /// The canonical measure of the figure the fact states, if any.
    canonical_measure: Option<&'a str>,
    /// Ids of every passage that states the same figure (this fact's own
    /// passage when it states none).
    sources: Vec<&'a str>,
}

impl<'a> FactLine<'a> {
    fn new(corpus: &'a Corpus, links: &Links<'a>, index: usize, fact: &'a Fact) -> Self {
        let doc = &corpus.documents[fact.doc as usize];
        let passage = &corpus.passages[fact.passage as usize];
        FactLine {
            record: "fact",
            id: &fact.id,
            value: fact.value,
            unit: &fact.unit,
            measure: &fact.measure,
            kind: fact.kind.as_str(),
            as_of: fact.date.as_deref(),
            text: &fact.text,
            sentence: &fact.sentence,
            span: [fact.span.start, fact.span.end],
            doc: &doc.id,
            doc_title: &doc.title,
            doc_date: doc.date.map(|d| d.iso()),
            passage: &passage.id,
            section: passage.section.as_deref(),
            speaker: passage.speaker.as_deref(),
            series: links.series[index],
            canonical_measure: links.figures[index].as_ref().map(|f| f.0),
            sources: match &links.figures[index] {
                Some((_, sources)) => sources.clone(),
                None => vec![passage.id.as_str()],
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Series;
    use crate::fixture;

    fn export(corpus: &Corpus, layout: Layout) -> (String, Counts) {
        let mut out = Vec::new();
        let counts = write_ndjson(corpus, "ipx", layout, &mut out).unwrap();
        (String::from_utf8(out).unwrap(), counts)
    }

    fn lines(text: &str) -> Vec<Value> {
        assert!(text.ends_with('\n'), "the bulk API needs a final newline");
        text.lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
            .collect()
    }

    #[test]
    fn bulk_layout_pairs_an_action_with_every_record() {
        let corpus = fixture::corpus();
        let (text, counts) = export(&corpus, Layout::Bulk);
        assert_eq!(
            counts,
            Counts {
                documents: 2,
                passages: 5,
                facts: 4
            }
        );
        let lines = lines(&text);
        assert_eq!(lines.len(), 2 * 11);
        for pair in lines.chunks(2) {
            let action = &pair[0]["index"];
            let record = &pair[1];
            let record_type = format!("{}s", record["record"].as_str().unwrap());
            assert_eq!(action["_index"], format!("ipx-{record_type}"));
            assert_eq!(action["_id"], record["id"]);
        }
    }

    #[test]
    fn plain_layout_has_only_records_in_type_order() {
        let corpus = fixture::corpus();
        let (text, _) = export(&corpus, Layout::Plain);
        let types: Vec<String> = lines(&text)
            .iter()
            .map(|l| l["record"].as_str().unwrap().to_string())
            .collect();
        let mut expected = vec!["document"; 2];
        expected.extend(["passage"; 5]);
        expected.extend(["fact"; 4]);
        assert_eq!(types, expected);
    }

    #[test]
    fn records_carry_their_context_and_text_verbatim() {
        let mut corpus = fixture::corpus();
        corpus.series.push(Series {
            id: "cases".into(),
            measure: "IP cases handled by courts".into(),
            unit: "cases".into(),
            facts: vec![2],
        });
        let (text, _) = export(&corpus, Layout::Plain);
        let lines = lines(&text);
        let passage = lines.iter().find(|l| l["id"] == "conf#p3").unwrap();
        assert_eq!(passage["text"], "How many <b>cases</b> were handled?");
        assert_eq!(passage["doc_title"], "Press conference on IP protection");
        assert_eq!(passage["doc_date"], "2022-04-24");
        assert_eq!(passage["ordinal"], 3);
        assert_eq!(passage["speaker"], "Xinhua");
        assert_eq!(passage["entities"], json!(["Xinhua", "Beijing"]));
        let with_facts = lines.iter().find(|l| l["id"] == "conf#p4").unwrap();
        assert_eq!(with_facts["facts"], json!(["conf#p4/f1", "conf#p4/f2"]));
        let fact = lines.iter().find(|l| l["id"] == "conf#p4/f1").unwrap();
        assert_eq!(fact["value"], 480_000.0);
        assert_eq!(fact["passage"], "conf#p4");
        assert_eq!(fact["speaker"], "Shen Changyu");
        assert_eq!(fact["series"], "cases");
        assert_eq!(fact["as_of"], Value::Null);
        assert_eq!(fact["canonical_measure"], Value::Null);
        assert_eq!(fact["sources"], json!(["conf#p4"]));
        let undated = lines.iter().find(|l| l["id"] == "note").unwrap();
        assert_eq!(undated["date"], Value::Null);
        assert_eq!(undated["date_precision"], Value::Null);
    }

    #[test]
    fn every_field_written_is_in_its_strict_mapping() {
        let corpus = fixture::corpus();
        let (text, _) = export(&corpus, Layout::Plain);
        for line in lines(&text) {
            let record_type = format!("{}s", line["record"].as_str().unwrap());
            let mapping = mapping(&record_type).unwrap();
            let properties = mapping["mappings"]["properties"].as_object().unwrap();
            for key in line.as_object().unwrap().keys() {
                assert!(
                    properties.contains_key(key),
                    "{record_type}.{key} is not mapped"
                );
            }
        }
        assert!(mapping("people").is_none());
    }

    #[test]
    fn text_with_line_breaks_and_control_characters_stays_on_one_line() {
        let mut corpus = fixture::corpus();
        corpus.passages[0].text = "line one\nline \"two\"\u{0}\u{2028}end".into();
        let (text, counts) = export(&corpus, Layout::Bulk);
        let total = counts.documents + counts.passages + counts.facts;
        assert_eq!(text.lines().count(), 2 * total);
        let lines = lines(&text);
        let first = lines.iter().find(|l| l["id"] == "conf#p1").unwrap();
        assert_eq!(first["text"], "line one\nline \"two\"\u{0}\u{2028}end");
    }
}
