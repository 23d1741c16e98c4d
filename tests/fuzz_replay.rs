//! Replays every fuzz target's corpus (`fuzz/corpus/<target>/`) and every past
//! finding (`fuzz/artifacts/<target>/`) through the target's own check
//! (`fuzz/checks.rs`) under plain `cargo test`, so CI checks them without
//! libFuzzer or a nightly compiler. Each input also has a time limit, as
//! `./x fuzz` gives libFuzzer one: a slow path is a failure, not a pass.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/checks.rs"]
mod checks;

use std::path::Path;
use std::time::{Duration, Instant};

/// Longest one input may take here (an unoptimised test build); libFuzzer's
/// limit in `scripts/fuzz.sh` is the same.
const PER_INPUT: Duration = Duration::from_secs(10);

/// Runs every stored input of `target`; returns how many there were.
fn replay(target: &str) -> usize {
    let (_, check) = checks::TARGETS
        .iter()
        .find(|(name, _)| *name == target)
        .expect("a target of fuzz/checks.rs");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut inputs = 0;
    for dir in ["corpus", "artifacts"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else {
            continue;
        };
        let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        paths.sort();
        for path in paths.iter().filter(|p| p.is_file()) {
            let bytes = std::fs::read(path).unwrap();
            let started = Instant::now();
            let outcome = std::panic::catch_unwind(|| check(&bytes));
            assert!(outcome.is_ok(), "{} fails its check", path.display());
            let took = started.elapsed();
            assert!(took < PER_INPUT, "{} took {took:?}", path.display());
            inputs += 1;
        }
    }
    inputs
}

macro_rules! replays {
    ($($target:ident),* $(,)?) => {$(
        #[test]
        fn $target() {
            let inputs = replay(stringify!($target));
            // Every target ships a corpus; an empty one would check nothing.
            assert!(inputs > 0, "fuzz/corpus/{} is empty", stringify!($target));
        }
    )*};
}

replays!(
    tokenize,
    query,
    search,
    facts,
    compile,
    compile_files,
    url,
    embed_options,
    origin,
    commands,
    decode,
    export
);

#[test]
fn every_target_of_the_checks_is_replayed_and_built() {
    let manifest =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/Cargo.toml"))
            .unwrap();
    let this = std::fs::read_to_string(file!()).unwrap();
    for (name, _) in checks::TARGETS {
        assert!(
            manifest.contains(&format!("name = \"{name}\"")),
            "{name} in fuzz/Cargo.toml"
        );
        assert!(
            this.contains(&format!("    {name},")) || this.contains(&format!("    {name}\n")),
            "{name} replayed"
        );
    }
}
