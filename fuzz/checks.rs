//! What each fuzz target checks, as one function per target over the raw
//! input bytes. The libFuzzer targets in `fuzz_targets/` call these, and
//! `tests/fuzz_replay.rs` runs every file of `fuzz/corpus/<target>/` and
//! `fuzz/artifacts/<target>/` through the same function under plain `cargo
//! test`, so CI checks the corpus and every past finding without libFuzzer.
//! Bytes become a typed input as libFuzzer's `fuzz_target!` makes it: `&str`
//! targets skip input that is not UTF-8, and structured ones read it with
//! `Arbitrary::arbitrary_take_rest`.
#![allow(dead_code)]

use std::collections::BTreeMap;

use arbitrary::{Arbitrary, Unstructured};
use ip_explorer::caps::{MAX_FILTER_VALUES, MAX_QUERY_CHARS, MAX_VALUE_CHARS};
use ip_explorer::corpus::{compile, decode, encode, SourceFile};
use ip_explorer::embed::messages::accepts;
use ip_explorer::embed::options::{filters_from_str, filters_to_string, parse_origin};
use ip_explorer::embed::{Command, EmbedOptions, MessageKind, StateMessage};
use ip_explorer::present::export::{facts_csv, facts_json, CSV_COLUMNS};
use ip_explorer::present::facts::FactView;
use ip_explorer::view_state::ViewState;

/// A target's check over one raw input; it panics on a finding.
pub type Check = fn(&[u8]);

/// Every target, by name, as `fuzz/corpus/` and `./x fuzz` name them.
pub const TARGETS: [(&str, Check); 12] = [
    ("tokenize", tokenize),
    ("query", query),
    ("search", search),
    ("facts", facts),
    ("compile", compile_one),
    ("compile_files", compile_files),
    ("url", url),
    ("embed_options", embed_options),
    ("origin", origin),
    ("commands", commands),
    ("decode", decode_corpus),
    ("export", export),
];

fn text(bytes: &[u8]) -> Option<&str> {
    std::str::from_utf8(bytes).ok()
}

fn structured<'a, T: Arbitrary<'a>>(bytes: &'a [u8]) -> Option<T> {
    T::arbitrary_take_rest(Unstructured::new(bytes)).ok()
}

/// The caps of `ip_explorer::caps` hold for a view read from outside.
fn assert_capped(view: &ViewState) {
    assert!(view.query.chars().count() <= MAX_QUERY_CHARS);
    for values in view.filters.values() {
        assert!(values.len() <= MAX_FILTER_VALUES, "{} values", values.len());
        assert!(values.iter().all(|v| v.chars().count() <= MAX_VALUE_CHARS));
    }
    for id in view.doc.iter().chain(view.passage.iter()) {
        assert!(id.chars().count() <= MAX_VALUE_CHARS);
    }
}

/// Tokenizer: every token's span lies inside the input on character
/// boundaries, in reading order.
pub fn tokenize(bytes: &[u8]) {
    let Some(text) = text(bytes) else { return };
    let tokens = ip_explorer::engine::tokenize::tokenize(text);
    let mut last_start = 0;
    for token in &tokens {
        assert!(token.span.start <= token.span.end && token.span.end <= text.len());
        assert!(text.is_char_boundary(token.span.start));
        assert!(text.is_char_boundary(token.span.end));
        assert!(token.span.start >= last_start, "tokens out of order");
        last_start = token.span.start;
    }
}

/// Query parser: the limits hold.
pub fn query(bytes: &[u8]) {
    let Some(query) = text(bytes) else { return };
    let parsed = ip_explorer::engine::query::parse(query, 1_000, 32);
    assert!(parsed.words.len() <= 32, "{} words", parsed.words.len());
    let _ = parsed.is_empty();
}

#[derive(Debug, Arbitrary)]
struct SearchInput {
    query: String,
    filters: Vec<(u8, String)>,
    limit: u16,
    offset: u16,
    by_date: bool,
    more_offset: u16,
    more_limit: Option<u16>,
}

/// Search plus snippets over the seed corpus: every snippet, without the `…`
/// marking cuts, is a piece of its passage's text.
pub fn search(bytes: &[u8]) {
    use ip_explorer::engine::{Engine, Facet, SearchRequest, Sort};
    use std::sync::LazyLock;
    static ENGINE: LazyLock<Engine> = LazyLock::new(|| Engine::new(ip_explorer::data::corpus()));
    let Some(input) = structured::<SearchInput>(bytes) else {
        return;
    };
    let facets = [
        Facet::Kind,
        Facet::Year,
        Facet::Doc,
        Facet::Speaker,
        Facet::Entity,
        Facet::Topic,
    ];
    let mut filters: BTreeMap<Facet, Vec<String>> = BTreeMap::new();
    for (facet, value) in input.filters.into_iter().take(8) {
        filters
            .entry(facets[facet as usize % facets.len()])
            .or_default()
            .push(value);
    }
    let request = SearchRequest {
        query: input.query,
        filters,
        limit: input.limit as usize,
        offset: input.offset as usize,
        sort: if input.by_date {
            Sort::Date
        } else {
            Sort::Relevance
        },
        more_offset: input.more_offset as usize,
        more_limit: input.more_limit.map(usize::from),
    };
    let results = ENGINE.search(&request);
    assert!(results.hits.len() <= request.limit);
    for hit in &results.hits {
        assert!(hit.more.len() <= hit.more_total.saturating_sub(request.more_offset));
    }
    for hit in results
        .hits
        .iter()
        .chain(results.hits.iter().flat_map(|h| h.more.iter()))
    {
        let text = &ENGINE.corpus().passages[hit.passage as usize].text;
        let joined: String = hit.snippet.iter().map(|s| s.text.as_str()).collect();
        let joined = joined.strip_prefix("… ").unwrap_or(&joined);
        let joined = joined.strip_suffix(" …").unwrap_or(joined);
        assert!(
            text.contains(joined),
            "snippet {joined:?} is not in the passage"
        );
    }
}

/// Facts extractor over one passage: every fact's text is exactly the
/// passage text at its span, inside its sentence.
pub fn facts(bytes: &[u8]) {
    use ip_explorer::corpus::facts::extract_facts;
    use ip_explorer::corpus::{Corpus, Date, DocKind, Document, Passage};
    let Some(text) = text(bytes) else { return };
    let corpus = Corpus {
        documents: vec![Document {
            id: "doc".into(),
            title: "Title".into(),
            kind: DocKind::News,
            date: Some(Date {
                year: 2021,
                month: Some(4),
                day: Some(25),
            }),
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
}

/// The whole compiler over one file: the result encodes and decodes to itself.
pub fn compile_one(bytes: &[u8]) {
    let files = [SourceFile {
        name: "fuzz.txt".into(),
        bytes: bytes.to_vec(),
    }];
    let (corpus, _issues) = compile(&files);
    let encoded = encode(&corpus);
    assert_eq!(decode(&encoded).ok().as_ref(), Some(&corpus));
}

#[derive(Debug, Arbitrary)]
struct File {
    name: String,
    /// How the name ends: mostly the extensions the compiler reads, so the
    /// fuzzer spends its time compiling rather than skipping files.
    ending: Ending,
    bytes: Vec<u8>,
}

#[derive(Debug, Arbitrary)]
enum Ending {
    Txt,
    Md,
    AsIs,
}

/// The compiler over several files: every file comes out as a document or an
/// issue naming it.
pub fn compile_files(bytes: &[u8]) {
    let Some(files) = structured::<Vec<File>>(bytes) else {
        return;
    };
    let files: Vec<SourceFile> = (files.into_iter().take(6))
        .map(|f| SourceFile {
            name: match f.ending {
                Ending::Txt => format!("{}.txt", f.name),
                Ending::Md => format!("{}.md", f.name),
                Ending::AsIs => f.name,
            },
            bytes: f.bytes,
        })
        .collect();
    let (corpus, issues) = compile(&files);
    for file in &files {
        let stem = file.name.rsplit_once('.').map_or("", |(stem, _)| stem);
        let compiled = corpus.documents.iter().any(|d| d.id == stem);
        let reported = issues.iter().any(|i| i.file == file.name);
        assert!(compiled || reported, "{:?} vanished", file.name);
    }
}

/// The view's URL form: what it writes reads back as the same view, and the
/// caps hold.
pub fn url(bytes: &[u8]) {
    let Some(search) = text(bytes) else { return };
    let view = ViewState::from_query_string(search);
    assert_capped(&view);
    let again = ViewState::from_query_string(&view.to_query_string());
    assert_eq!(again, view);
}

/// Embed options, read as `<ip-explorer>` attributes (the input split at NUL
/// into query, filters, compact, theme and view) and as the iframe's query
/// string: the caps hold, and filters survive their string form.
pub fn embed_options(bytes: &[u8]) {
    let Some(text) = text(bytes) else { return };
    let parts: Vec<&str> = text.split('\0').collect();
    let names = ["query", "filters", "compact", "theme", "view"];
    let options = EmbedOptions::from_attributes(|name| {
        let at = names.iter().position(|n| *n == name)?;
        parts.get(at).map(|v| v.to_string())
    });
    assert_capped(&options.state);
    assert_eq!(options.state.doc, None, "attributes never open the reader");
    let written = filters_to_string(&options.state.filters);
    assert_eq!(filters_from_str(&written), options.state.filters);
    let framed = EmbedOptions::from_query_string(text);
    assert_capped(&framed.state);
}

/// The origin parser: what it accepts is in the one normal form (parsing it
/// again gives it back), is a bare `scheme://host[:port]`, and is accepted
/// from a sender with exactly that origin.
pub fn origin(bytes: &[u8]) {
    let Some(text) = text(bytes) else { return };
    let Some(origin) = parse_origin(text) else {
        return;
    };
    assert_eq!(
        parse_origin(&origin).as_deref(),
        Some(origin.as_str()),
        "{text:?}"
    );
    let (scheme, rest) = origin.split_once("://").expect("a scheme");
    assert!(scheme == "http" || scheme == "https");
    assert!(
        !rest.is_empty() && !rest.contains(['/', '@', '?', '#', ' ']),
        "{origin}"
    );
    assert_eq!(origin, origin.to_ascii_lowercase());
    assert!(accepts(Some(&origin), &origin));
    assert!(!accepts(None, &origin));
}

#[derive(Debug, Arbitrary)]
struct CommandInput {
    /// The view before, as a permalink's query string.
    start: String,
    search: bool,
    query: Option<String>,
    filters: Option<Vec<(String, Vec<String>)>>,
    doc: String,
    passage: Option<String>,
}

/// Iframe commands: applying one keeps the caps, and the `state` message
/// about the result carries a permalink that reads back as that view.
pub fn commands(bytes: &[u8]) {
    let Some(input) = structured::<CommandInput>(bytes) else {
        return;
    };
    let start = ViewState::from_query_string(&input.start);
    let command = if input.search {
        Command::Search {
            query: input.query,
            filters: input.filters.map(|f| f.into_iter().collect()),
        }
    } else {
        Command::Open {
            doc: input.doc,
            passage: input.passage,
        }
    };
    let next = command.apply(&start);
    assert!(next.query.chars().count() <= MAX_QUERY_CHARS);
    for values in next.filters.values() {
        assert!(values.len() <= MAX_FILTER_VALUES);
    }
    let message = StateMessage::new(MessageKind::State, &next, "https://x.example/e/");
    let search = message.url.strip_prefix("https://x.example/e/").unwrap();
    let back = ViewState::from_query_string(search);
    assert_eq!(back.query, next.query);
    assert_eq!(back.filters, next.filters);
}

/// Corpus decoding over arbitrary bytes: never panics, and a corpus it
/// accepts encodes and decodes to itself. Compared as bytes: a figure's
/// value may be NaN, which is never `==` to itself.
pub fn decode_corpus(bytes: &[u8]) {
    if let Ok(corpus) = decode(bytes) {
        let again = encode(&corpus);
        let decoded = decode(&again).expect("an encoded corpus decodes");
        assert_eq!(encode(&decoded), again);
    }
}

#[derive(Debug, Arbitrary)]
struct FactInput {
    id: String,
    text: String,
    value: f64,
    unit: String,
    measure: String,
    canonical_measure: Option<String>,
    sources: Vec<String>,
    sentence: String,
    date: Option<String>,
    kind: u8,
    doc: String,
    doc_title: String,
    doc_date: Option<String>,
    passage: String,
    speaker: Option<String>,
    converted: Option<String>,
}

/// Fact export: the CSV reads back as one record of 13 cells per fact, no
/// text cell starts a spreadsheet formula, and the JSON parses as an array
/// of one object per fact with the texts intact.
pub fn export(bytes: &[u8]) {
    let Some(inputs) = structured::<Vec<FactInput>>(bytes) else {
        return;
    };
    let facts: Vec<FactView> = inputs
        .into_iter()
        .take(16)
        .map(|f| FactView {
            id: f.id,
            text: f.text,
            value: f.value,
            compact: String::new(),
            exact: String::new(),
            unit: f.unit,
            measure: f.measure,
            canonical_measure: f.canonical_measure,
            sources: f.sources,
            sentence: f.sentence,
            date: f.date,
            kind: ["actual", "target", "change"][f.kind as usize % 3],
            doc: f.doc,
            doc_title: f.doc_title,
            doc_date: f.doc_date,
            passage: f.passage,
            speaker: f.speaker,
            converted: f.converted,
            chart: None,
        })
        .collect();
    let records = read_csv(&facts_csv(&facts));
    assert_eq!(records.len(), facts.len() + 1);
    assert_eq!(records[0], CSV_COLUMNS);
    for (record, fact) in records[1..].iter().zip(&facts) {
        assert_eq!(record.len(), CSV_COLUMNS.len());
        for (column, cell) in record.iter().enumerate() {
            let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
            assert!(column == 1 || !formula, "cell {column} {cell:?}");
        }
        let sentence = record[7]
            .strip_prefix('\'')
            .filter(|_| fact.sentence.starts_with(['=', '+', '-', '@', '\t', '\r']));
        assert_eq!(sentence.unwrap_or(&record[7]), fact.sentence);
    }
    let json: serde_json::Value = serde_json::from_str(&facts_json(&facts)).expect("valid JSON");
    let array = json.as_array().expect("an array");
    assert_eq!(array.len(), facts.len());
    for (object, fact) in array.iter().zip(&facts) {
        assert_eq!(object["sentence"].as_str(), Some(fact.sentence.as_str()));
        assert_eq!(object["id"].as_str(), Some(fact.id.as_str()));
    }
}

/// Reads RFC 4180 CSV (CRLF records, `"` quoting with `""` escapes).
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut cell)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                record.push(std::mem::take(&mut cell));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => cell.push(c),
        }
    }
    records
}
