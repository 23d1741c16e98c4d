//! The `ipx-export` tool end to end: run the built binary over the seed corpus
//! and over a directory of fixture files, and read back what it wrote.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ipx-export"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("ipx-export runs")
}

fn parse_lines(stdout: &[u8]) -> Vec<Value> {
    let text = std::str::from_utf8(stdout).expect("UTF-8 output");
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// A temporary corpus directory, removed when dropped.
struct FixtureDir(PathBuf);

impl FixtureDir {
    fn new(name: &str, files: &[(&str, &[u8])]) -> FixtureDir {
        let dir = std::env::temp_dir().join(format!("ipx-export-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (file, bytes) in files {
            std::fs::write(dir.join(file), bytes).unwrap();
        }
        FixtureDir(dir)
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for FixtureDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn seed_corpus_exports_every_record_once_with_bulk_actions() {
    let output = run(&[]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let corpus = ip_explorer::data::corpus();
    let lines = parse_lines(&output.stdout);
    let records = corpus.documents.len() + corpus.passages.len() + corpus.facts.len();
    assert_eq!(lines.len(), 2 * records);
    let mut seen = HashSet::new();
    for pair in lines.chunks(2) {
        let action = &pair[0]["index"];
        let id = action["_id"].as_str().unwrap();
        assert_eq!(pair[1]["id"], id);
        let index = action["_index"].as_str().unwrap().to_string();
        assert!(index.starts_with("ip-explorer-"), "{index}");
        assert!(seen.insert((index, id.to_string())), "duplicate {id}");
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let summary = format!(
        "{} documents, {} passages, {} facts",
        corpus.documents.len(),
        corpus.passages.len(),
        corpus.facts.len()
    );
    assert!(stderr.contains(&summary), "{stderr}");
}

#[test]
fn bad_files_are_named_left_out_and_fail_the_run() {
    let good =
        b"Title: A notice on patents\nDate: 2024-05-01\n\nCNIPA granted 1,000 patents in 2023.\n";
    let dir = FixtureDir::new(
        "bad",
        &[("good.txt", good), ("broken.txt", b"\xff\xfe\x00bad")],
    );
    let output = run(&["--plain", "--seeds", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("broken.txt"), "{stderr}");
    let lines = parse_lines(&output.stdout);
    let docs: Vec<&str> = lines
        .iter()
        .filter(|l| l["record"] == "document")
        .map(|l| l["id"].as_str().unwrap())
        .collect();
    assert_eq!(docs, ["good"]);
    assert!(
        lines.iter().all(|l| l.get("index").is_none()),
        "plain has no actions"
    );
}

#[test]
fn out_file_and_prefix_are_honoured() {
    let out = std::env::temp_dir().join(format!("ipx-export-out-{}.ndjson", std::process::id()));
    let output = run(&["--prefix", "ipr_2026", "--out", out.to_str().unwrap()]);
    assert!(output.status.success());
    assert!(output.stdout.is_empty());
    let written = std::fs::read(&out).unwrap();
    std::fs::remove_file(&out).unwrap();
    let first = &parse_lines(&written)[0];
    assert_eq!(first["index"]["_index"], "ipr_2026-documents");
}

#[test]
fn bad_arguments_get_a_message_and_status_2() {
    for args in [
        &["--prefix", "Upper"][..],
        &["--frobnicate"],
        &["--seeds"],
        &["--mapping", "people"],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.starts_with("ipx-export: "), "{args:?}: {stderr}");
    }
    let mapping = run(&["--mapping", "passages"]);
    let body: Value = serde_json::from_slice(&mapping.stdout).unwrap();
    assert_eq!(body["mappings"]["properties"]["text"]["type"], "text");
}
