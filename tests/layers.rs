//! The layering inside each crate, checked on the source: Cargo keeps the
//! crates one-way (`app → engine → corpus`), but within a crate any module
//! can name any other. This test reads every `crate::<module>` path outside
//! comments and fails on one that points up a layer, so a back-edge is
//! caught where it is written rather than found by a later read of the code.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

/// The app package's top-level modules, lowest layer first. A module may
/// import only modules of a lower layer (or itself).
const APP_LAYERS: &[&[&str]] = &[
    &["caps", "decimal", "data", "fixture", "handoff", "json_text"],
    &["view_state", "fetch_parts"],
    &["embed"],
    &["api"],
    &["present"],
    &["app", "bulk"],
    &["bin"],
];

/// The engine's chunked format sits below the engine: it reads the index and
/// its postings, never the engine that searches them.
const CHUNKS_MAY_IMPORT: &[&str] = &["chunks", "index", "postings", "sort", "strings"];

/// `(file's top-level module, imported top-level module)` for every
/// `crate::x` path in the `.rs` files under `root`, comments left out.
fn imports(root: &Path) -> BTreeSet<(String, String)> {
    let mut found = BTreeSet::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).expect("source folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path.strip_prefix(root).unwrap();
            let first = rel.components().next().unwrap().as_os_str();
            let module = first.to_string_lossy().trim_end_matches(".rs").to_string();
            let text = fs::read_to_string(&path).unwrap();
            for line in text.lines() {
                let code = line.split("//").next().unwrap_or("");
                for (at, _) in code.match_indices("crate::") {
                    let before = code[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue; // `ipx_crate::`, not a path from this crate
                    }
                    for target in first_segments(&code[at + "crate::".len()..]) {
                        found.insert((module.clone(), target));
                    }
                }
            }
        }
    }
    found
}

/// The first path segment after `crate::`: `app` for `app::x`, and each
/// name of a group, `Engine` and `search` for `{Engine, search::Hit}`.
fn first_segments(rest: &str) -> Vec<String> {
    let word = |s: &str| -> String {
        let s = s.trim_start();
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let Some(group) = rest.strip_prefix('{') else {
        return vec![word(rest)]
            .into_iter()
            .filter(|w| !w.is_empty())
            .collect();
    };
    let group = group.split('}').next().unwrap_or("");
    group
        .split(',')
        .map(word)
        .filter(|w| !w.is_empty())
        .collect()
}

fn layer_of(module: &str) -> Option<usize> {
    APP_LAYERS.iter().position(|layer| layer.contains(&module))
}

#[test]
fn app_modules_import_only_lower_layers() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut upward = Vec::new();
    for (from, to) in imports(&root) {
        // Paths into the crate root (`crate::VERSION`, `crate::corpus`) and
        // the root files themselves sit outside the layers.
        let (Some(a), Some(b)) = (layer_of(&from), layer_of(&to)) else {
            continue;
        };
        if from != to && b >= a {
            upward.push(format!("{from} → {to}"));
        }
    }
    assert!(
        upward.is_empty(),
        "imports that do not point down a layer: {upward:?}"
    );
}

#[test]
fn every_app_module_has_a_layer() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let modules: BTreeSet<String> = fs::read_dir(&root)
        .unwrap()
        .flatten()
        .map(|e| {
            e.file_name()
                .to_string_lossy()
                .trim_end_matches(".rs")
                .to_string()
        })
        .filter(|m| !matches!(m.as_str(), "lib" | "main" | "js"))
        .collect();
    let missing: Vec<&String> = modules.iter().filter(|m| layer_of(m).is_none()).collect();
    assert!(
        missing.is_empty(),
        "modules without a layer in APP_LAYERS: {missing:?}"
    );
}

#[test]
fn engine_chunks_never_import_the_engine() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/engine/src");
    let wrong: Vec<String> = imports(&root)
        .into_iter()
        .filter(|(from, to)| from == "chunks" && !CHUNKS_MAY_IMPORT.contains(&to.as_str()))
        .map(|(from, to)| format!("{from} → {to}"))
        .collect();
    assert!(
        wrong.is_empty(),
        "the chunked format imports the engine: {wrong:?}"
    );
}

#[test]
fn the_reader_sees_a_back_edge() {
    // The scanner itself: a line that names a module is found, a comment is not.
    let dir = std::env::temp_dir().join(format!("ipx-layers-{}", std::process::id()));
    fs::create_dir_all(dir.join("present")).unwrap();
    fs::write(
        dir.join("present/x.rs"),
        "use crate::app::thing;\nuse crate::{api, data::X};\n// crate::bin in a comment\nfn f() { ipx_crate::no(); }\n",
    )
    .unwrap();
    let found = imports(&dir);
    fs::remove_dir_all(&dir).unwrap();
    assert_eq!(
        found.into_iter().collect::<Vec<_>>(),
        ["api", "app", "data"].map(|to| ("present".to_string(), to.to_string()))
    );
}
