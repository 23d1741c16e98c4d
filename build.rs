//! Compiles the documents in `seeds/` into `$OUT_DIR/corpus.bin`, which the
//! crate embeds with `include_bytes!`. The corpus compiler is the `ipx-corpus`
//! crate; the index of a chunked corpus comes from the `ipx-engine` crate.
//!
//! Past `IPX_CHUNK_THRESHOLD` bytes of passage text (default 2 MB) the corpus
//! is chunked (the engine crate's `chunks`): `corpus.bin` loses its passage
//! text, `core.bin` holds the prebuilt index without body postings, the file
//! lists and fact texts, and `chunks/`
//! the index shard and text chunk files that the Trunk hook
//! `scripts/trunk-chunks.sh` copies beside the wasm. Below it `core.bin` is
//! empty and `chunks/` holds nothing.

use ipx_corpus as corpus;
use ipx_engine::chunks;

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo::rerun-if-env-changed=IP_EXPLORER_SEEDS");
    println!("cargo::rerun-if-env-changed=IPX_CHUNK_THRESHOLD");
    println!("cargo::rerun-if-env-changed=IPX_CHUNK_BYTES");
    let seeds_dir = seeds_dir();
    // Cargo scans the whole directory, so adding or editing a seed rebuilds.
    println!("cargo::rerun-if-changed={}", seeds_dir.display());
    let files = corpus::read_source_dir(&seeds_dir).unwrap_or_else(|e| fail(&e));
    let (compiled, issues) = corpus::compile(&files);
    report(&seeds_dir, &issues);
    write(&compiled);
}

/// The seeds directory: `seeds/` beside this file, or `$IP_EXPLORER_SEEDS` to
/// build the explorer over another corpus (used by the benchmarks).
fn seeds_dir() -> PathBuf {
    match std::env::var_os("IP_EXPLORER_SEEDS") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"),
    }
}

/// Prints warnings for Cargo to show, and stops the build on errors.
fn report(dir: &Path, issues: &[corpus::Issue]) {
    for issue in issues {
        let prefix = match issue.severity {
            corpus::Severity::Warning => "warning",
            corpus::Severity::Error => "error",
        };
        println!("cargo::warning={prefix}: {}/{issue}", dir.display());
    }
    let n_errors = issues
        .iter()
        .filter(|i| i.severity == corpus::Severity::Error)
        .count();
    if n_errors > 0 {
        fail(&format!(
            "{n_errors} seed file(s) cannot be compiled; see the warnings above"
        ));
    }
}

/// Writes the compiled corpus into `OUT_DIR`: whole, or chunked past the threshold.
fn write(compiled: &corpus::Corpus) {
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let chunk_dir = out_dir.join("chunks");
    // Files of an earlier build with other settings must not linger.
    let _ = std::fs::remove_dir_all(&chunk_dir);
    std::fs::create_dir_all(&chunk_dir)
        .unwrap_or_else(|e| fail(&format!("cannot create {}: {e}", chunk_dir.display())));
    let setting =
        |name: &str, default| chunks::bytes_setting(std::env::var(name).ok().as_deref(), default);
    let threshold = setting("IPX_CHUNK_THRESHOLD", chunks::DEFAULT_THRESHOLD);
    if chunks::text_bytes(compiled) <= threshold {
        save(&out_dir.join("corpus.bin"), &corpus::encode(compiled));
        save(&out_dir.join("core.bin"), &[]);
        return;
    }
    let split = chunks::split(
        compiled,
        setting("IPX_CHUNK_BYTES", chunks::DEFAULT_CHUNK_BYTES),
    );
    save(&out_dir.join("corpus.bin"), &corpus::encode(&split.corpus));
    save(
        &out_dir.join("core.bin"),
        &chunks::split::encode_core(&split.core),
    );
    for file in &split.files {
        save(&chunk_dir.join(&file.name), &file.bytes);
    }
}

fn save(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes)
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", path.display())));
}

fn fail(message: &str) -> ! {
    println!("cargo::error={message}");
    eprintln!("error: {message}");
    std::process::exit(1);
}
