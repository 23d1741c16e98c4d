//! Compiles the documents in `seeds/` into `$OUT_DIR/corpus.bin`, which the
//! crate embeds with `include_bytes!`. The corpus compiler itself lives in
//! `src/corpus/` and is shared with the library by path.

#[path = "src/corpus/mod.rs"]
#[allow(dead_code, unused_imports)]
mod corpus;

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo::rerun-if-env-changed=IP_EXPLORER_SEEDS");
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

/// Writes the compiled corpus into `OUT_DIR`.
fn write(compiled: &corpus::Corpus) {
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let bytes = corpus::encode(compiled);
    std::fs::write(out_dir.join("corpus.bin"), bytes)
        .unwrap_or_else(|e| fail(&format!("cannot write corpus.bin: {e}")));
}

fn fail(message: &str) -> ! {
    println!("cargo::error={message}");
    eprintln!("error: {message}");
    std::process::exit(1);
}
