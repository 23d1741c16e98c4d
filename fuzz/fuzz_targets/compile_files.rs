//! The corpus compiler over several files with arbitrary names and bytes:
//! never panics, and every file comes out as a document or an issue naming it.
#![no_main]

use arbitrary::Arbitrary;
use ip_explorer::corpus::{compile, SourceFile};
use libfuzzer_sys::fuzz_target;

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

fuzz_target!(|files: Vec<File>| {
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
});
