//! Chunked corpora (`ip_explorer::chunks`): splitting is deterministic and
//! lossless (a chunked engine with every part loaded answers exactly as the
//! engine over the whole corpus), every file is named by the hash of its
//! bytes, and index shards and text not loaded yet are reported as pending,
//! never guessed.
//! Checked on the seeds and on a small fixture corpus of our own.

use ip_explorer::api::{facts, records};
use ip_explorer::chunks::{self, hash, split::encode_core, Split};
use ip_explorer::corpus::{self, Corpus, SourceFile};
use ip_explorer::data;
use ip_explorer::engine::{Engine, SearchRequest};

const QUERIES: &[&str] = &[
    "patent",
    "intellectual property rights",
    "\"patent examiners\"",
    "protect -foreign",
    "trademar",
    "copyrigt ",
    "CNIPA ",
    "speaker:shen",
    "year:2021 patent",
    "2021",
    "knowledge",
    "",
];

/// Three short documents, compiled the way `build.rs` compiles `seeds/`.
fn fixture() -> Corpus {
    let files = [
        (
            "alpha.txt",
            "Patent examiners in Alpha\n\nThe office trained 1,200 patent examiners in 2021. \
             Examiners reviewed trademark filings as well.\n\nA second paragraph on copyright \
             registration, which rose by 15% in 2022.\n",
        ),
        (
            "beta.md",
            "---\ntitle: Beta briefing\ndate: 2023-04-19\n---\n\nModerator: Welcome to the \
             briefing on intellectual property rights.\n\nShen Wei: We protect foreign and \
             domestic firms alike. Patent grants reached 798,000.\n",
        ),
        (
            "gamma.txt",
            "Gamma notice on trademarks\n\nTrademark squatting cases fell by a third. The \
             knowledge economy grew.\n",
        ),
    ];
    let sources: Vec<SourceFile> = (files.iter())
        .map(|(name, text)| SourceFile {
            name: name.to_string(),
            bytes: text.as_bytes().to_vec(),
        })
        .collect();
    corpus::compile(&sources).0
}

/// The engine a page would open: core bytes round-tripped, no chunk loaded.
fn open(split: &Split) -> Engine {
    let corpus_bytes = corpus::encode(&split.corpus);
    ip_explorer::engine::open_chunked(&corpus_bytes, &encode_core(&split.core))
        .expect("the core opens")
}

fn load_all(engine: &Engine, split: &Split) {
    for (at, file) in split.files.iter().enumerate() {
        engine.load_part(at, &file.bytes).expect("a chunk loads");
    }
}

fn assert_lossless(corpus: &Corpus, chunk_bytes: usize) {
    let whole = Engine::new(corpus.clone());
    let split = chunks::split(corpus, chunk_bytes);
    assert!(
        split.files.len() > 1,
        "the corpus is cut into several chunks"
    );
    let chunked = open(&split);
    load_all(&chunked, &split);
    for query in QUERIES {
        let request = SearchRequest::new(query);
        assert_eq!(chunked.search(&request), whole.search(&request), "{query}");
        let options = records::SearchOptions::default();
        assert_eq!(
            records::search(&chunked, query, &options),
            records::search(&whole, query, &options),
            "{query}"
        );
        let n = corpus.passages.len() as u32;
        assert_eq!(
            chunked.highlights(query, 0..n),
            whole.highlights(query, 0..n)
        );
        let fact_options = facts::FactOptions {
            query: query.to_string(),
            ..facts::FactOptions::default()
        };
        assert_eq!(
            facts::facts(&chunked, &fact_options),
            facts::facts(&whole, &fact_options),
            "{query}"
        );
    }
    assert_eq!(records::passages(&chunked), records::passages(&whole));
    assert_eq!(chunked.corpus().facts, whole.corpus().facts);
}

#[test]
fn a_chunked_seed_corpus_answers_exactly_as_the_whole_one() {
    assert_lossless(&data::corpus(), 32 * 1024);
}

#[test]
fn a_chunked_fixture_answers_exactly_as_the_whole_one() {
    assert_lossless(&fixture(), 100);
}

#[test]
fn splitting_is_deterministic_and_files_are_named_by_their_hash() {
    let corpus = data::corpus();
    let first = chunks::split(&corpus, 32 * 1024);
    let second = chunks::split(&corpus, 32 * 1024);
    assert_eq!(first.files, second.files);
    assert_eq!(encode_core(&first.core), encode_core(&second.core));
    let n_chunks = first.core.chunks.len();
    assert_eq!(first.files.len(), n_chunks + first.core.shards.len());
    assert!(
        first.core.shards.len() > 1,
        "the index is cut into several shards"
    );
    let mut next = 0;
    for (file, shard) in first.files[n_chunks..].iter().zip(&first.core.shards) {
        assert_eq!(file.name, format!("index-{}.bin", hash::hex(&file.bytes)));
        assert_eq!(shard.file, file.name);
        assert_eq!(shard.terms.start, next, "term ranges are contiguous");
        assert!(shard.terms.end > shard.terms.start, "no empty shard");
        next = shard.terms.end;
    }
    assert_eq!(
        next as usize,
        first.core.index.n_terms(),
        "every term is in a shard"
    );
    let mut next = 0;
    for (file, chunk) in first.files.iter().zip(&first.core.chunks) {
        assert_eq!(file.name, format!("text-{}.bin", hash::hex(&file.bytes)));
        assert_eq!(chunk.file, file.name);
        assert_eq!(chunk.passages.start, next, "ranges are contiguous");
        assert!(chunk.passages.end > chunk.passages.start, "no empty chunk");
        next = chunk.passages.end;
    }
    assert_eq!(
        next as usize,
        corpus.passages.len(),
        "every passage is in a chunk"
    );
    assert!(first.corpus.passages.iter().all(|p| p.text.is_empty()));
    // Each distinct fact sentence is stored once.
    let sentences = &first.core.fact_texts.sentences;
    let distinct: std::collections::BTreeSet<&String> = sentences.iter().collect();
    assert_eq!(distinct.len(), sentences.len());
    assert!(
        sentences.len() < corpus.facts.len(),
        "seed facts share sentences"
    );
}

#[test]
fn missing_text_is_reported_as_pending() {
    let corpus = fixture();
    let whole = Engine::new(corpus.clone());
    let split = chunks::split(&corpus, 100);
    let chunked = open(&split);
    let n_chunks = split.core.chunks.len();
    let request = SearchRequest::new("patent");
    let expected = whole.search(&request);
    // First the index shards of the query's terms: nothing is counted yet.
    let waiting = chunked.search(&request);
    assert!(!waiting.pending.is_empty());
    assert!(
        waiting.pending.iter().all(|&p| p >= n_chunks),
        "index shards"
    );
    assert!(
        waiting.pending.len() < split.core.shards.len(),
        "only the query's"
    );
    assert_eq!((waiting.total, waiting.hits.len()), (0, 0));
    assert_eq!(waiting.suggestion, None, "no did-you-mean while waiting");
    assert_eq!(chunked.missing_for_query("patent"), waiting.pending);
    for &at in &waiting.pending {
        chunked.load_part(at, &split.files[at].bytes).unwrap();
    }
    assert!(chunked.missing_for_query("patent").is_empty());
    // Then the text chunks of the hits on the page.
    let pending = chunked.search(&request);
    assert!(!pending.pending.is_empty());
    assert!(pending.pending.iter().all(|&p| p < n_chunks), "text chunks");
    assert_eq!(pending.total, expected.total);
    assert_eq!(pending.facets, expected.facets);
    let passages = |r: &ip_explorer::engine::SearchResults| -> Vec<u32> {
        r.hits.iter().map(|h| h.passage).collect()
    };
    assert_eq!(passages(&pending), passages(&expected));
    assert!(pending.hits.iter().all(|h| h.snippet.is_empty()));
    let record = records::search(&chunked, "patent", &records::SearchOptions::default());
    assert_eq!(record.pending_chunks, pending.pending);
    assert!(record.pending);
    assert!(record.hits.iter().all(|h| h.text.is_empty()));
    // A file whose bytes do not match its name is refused; still pending.
    let wrong = &split.files[(pending.pending[0] + 1) % n_chunks].bytes;
    assert!(chunked.load_part(pending.pending[0], wrong).is_err());
    assert_eq!(chunked.search(&request).pending, pending.pending);
    // Loading exactly the pending chunks completes the answer.
    for &at in &pending.pending {
        chunked.load_part(at, &split.files[at].bytes).unwrap();
    }
    assert_eq!(chunked.search(&request), expected);
    let n = corpus.passages.len();
    assert!(
        chunked.missing_chunks(0..n as u32).len() < n_chunks,
        "chunks of other hits were not needed"
    );
    // A search in one bundle never waits.
    assert!(expected.pending.is_empty());
}

#[test]
fn a_corrupt_core_is_an_error_not_a_panic() {
    let split = chunks::split(&fixture(), 100);
    let corpus_bytes = corpus::encode(&split.corpus);
    let mut core = encode_core(&split.core);
    core.truncate(core.len() / 2);
    assert!(ip_explorer::engine::open_chunked(&corpus_bytes, &core).is_err());
    assert!(ip_explorer::engine::open_chunked(&corpus_bytes, b"IPXK").is_err());
}
