//! Host-side integration tests through the library's public API: the real seed
//! corpus as compiled by `build.rs`, the engine over it, and the JS API records.
#![cfg(not(target_arch = "wasm32"))]

use ip_explorer::api::records;
use ip_explorer::corpus::{self, SourceFile};
use ip_explorer::data;
use ip_explorer::engine::Engine;

/// Number of files in `seeds/` with an extension the compiler reads.
fn seed_file_count() -> usize {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    std::fs::read_dir(dir)
        .expect("seeds/ exists")
        .filter_map(Result::ok)
        .filter(|e| {
            matches!(
                e.path().extension().and_then(|x| x.to_str()),
                Some("txt" | "md")
            )
        })
        .count()
}

#[test]
fn embedded_corpus_has_every_seed_document() {
    let corpus = data::corpus();
    assert_eq!(corpus.documents.len(), seed_file_count());
    for doc in &corpus.documents {
        assert!(!doc.title.is_empty(), "{} has a title", doc.id);
        assert!(
            doc.passages.start < doc.passages.end,
            "{} has passages",
            doc.id
        );
    }
}

#[test]
fn embedded_corpus_is_what_the_compiler_makes_of_seeds() {
    // The bytes in the binary are exactly what compiling seeds/ now gives:
    // the build is deterministic and the embedded copy is not stale.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<SourceFile> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| SourceFile {
            name: e.file_name().to_string_lossy().into_owned(),
            bytes: std::fs::read(e.path()).unwrap(),
        })
        .collect();
    let (first, _) = corpus::compile(&files);
    files.reverse();
    let (second, _) = corpus::compile(&files);
    assert_eq!(corpus::encode(&first), corpus::encode(&second));
    assert_eq!(corpus::encode(&first), data::CORPUS_BYTES);
}

#[test]
fn documents_record_lists_the_seeds_with_counts() {
    let corpus = data::corpus();
    let docs = records::documents(&corpus);
    assert_eq!(docs.len(), corpus.documents.len());
    let passages: u32 = docs.iter().map(|d| d.passages).sum();
    assert_eq!(passages as usize, corpus.passages.len());
    assert!(docs.iter().all(|d| d.words > 100));
}

#[test]
fn search_over_seeds_finds_passages_containing_every_word() {
    let engine = Engine::new(data::corpus());
    let options = records::SearchOptions::default();
    let res = records::search(&engine, "patent protection ", &options);
    assert!(res.total > 0);
    for hit in &res.hits {
        let text = hit.text.to_lowercase();
        assert!(
            text.contains("patent") && text.contains("protect"),
            "{}",
            hit.passage
        );
    }
    assert_eq!(records::search(&engine, "", &options).total, 0);
    assert_eq!(records::search(&engine, "zzzqqqxxy", &options).total, 0);
}
