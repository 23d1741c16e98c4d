//! A hostile corpus written to a temporary directory and compiled the way
//! `build.rs` reads `seeds/`: markup and `<script>` in the text, a 5 MB
//! single line, CRLF line ends, a byte-order mark, zero-width characters,
//! non-UTF-8 bytes, an empty file and a duplicate. Each gives the designed
//! message (DESIGN.md: a clear error or warning naming the file and line,
//! nothing silently dropped); markup stays text, to be rendered as text.

use std::path::{Path, PathBuf};

use ip_explorer::corpus::{self, Severity, SourceFile};
use ip_explorer::engine::{Engine, SearchRequest};

/// The hostile files: name and bytes.
pub fn hostile_files() -> Vec<(&'static str, Vec<u8>)> {
    // A pasted image as a data URI: 5 MB on one line, one endless sentence.
    // Before the cue-word checks read only the end of a sentence, this took
    // minutes (quadratic); now it is linear.
    let long_line = format!(
        "A pasted image follows. <img src=\"data:image/png;base64,{}\"> The end of 2021.",
        "iVBORw0KGgoAAAANSUhEUgAA+/".repeat(5_000_000 / 26)
    );
    vec![
        (
            "markup.txt",
            b"Markup in the text\n\nThe notice said <script>window.__pwned=1</script> and \
              <img src=x onerror=\"window.__pwned=2\"> and <b>bold</b> &amp; more about patents.\n"
                .to_vec(),
        ),
        ("long.txt", long_line.into_bytes()),
        (
            "crlf.txt",
            b"Line ends from Windows\r\n\r\nThe trademark office replied on time.\r\nIt was a short reply.\r\n"
                .to_vec(),
        ),
        (
            "bom.md",
            "\u{feff}Byte order mark first\n\nThe copyright registry opened in spring.\n"
                .as_bytes()
                .to_vec(),
        ),
        (
            "zero-width.txt",
            "Zero width joiners\n\nThe pa\u{200b}tent office and the geo\u{200d}graphical indication list.\n"
                .as_bytes()
                .to_vec(),
        ),
        ("bad-bytes.txt", b"Fine first line\nthen \xff\xfe bytes\n".to_vec()),
        ("empty.txt", Vec::new()),
        (
            "z-duplicate.txt",
            b"Line ends from Windows\r\n\r\nThe trademark office replied on time.\r\nIt was a short reply.\r\n"
                .to_vec(),
        ),
    ]
}

/// Writes `files` into a fresh temporary directory.
fn write_dir(files: &[(&str, Vec<u8>)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ipx-hostile-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (name, bytes) in files {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
    dir
}

/// Reads a directory as `build.rs` does: every regular file, in name order.
fn read_dir(dir: &Path) -> Vec<SourceFile> {
    let mut paths: Vec<PathBuf> = (std::fs::read_dir(dir).unwrap())
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    paths.sort();
    (paths.into_iter())
        .map(|path| SourceFile {
            name: path.file_name().unwrap().to_string_lossy().into_owned(),
            bytes: std::fs::read(&path).unwrap(),
        })
        .collect()
}

#[test]
fn hostile_seeds_give_the_designed_messages_and_keep_markup_as_text() {
    let dir = write_dir(&hostile_files());
    let (corpus, issues) = corpus::compile(&read_dir(&dir));
    std::fs::remove_dir_all(&dir).unwrap();

    let errors: Vec<String> = (issues.iter())
        .filter(|i| i.severity == Severity::Error)
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        errors,
        [
            "bad-bytes.txt:2: not valid UTF-8",
            "empty.txt: empty file",
            "z-duplicate.txt: duplicate document: same text as crlf.txt",
        ]
    );
    let ids: Vec<&str> = corpus.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["bom", "crlf", "long", "markup", "zero-width"]);

    let text_of = |id: &str| -> String {
        let doc = corpus.documents.iter().find(|d| d.id == id).unwrap();
        let range = doc.passages.start as usize..doc.passages.end as usize;
        let texts: Vec<&str> = corpus.passages[range]
            .iter()
            .map(|p| p.text.as_str())
            .collect();
        texts.join("\n\n")
    };
    // Markup is kept as the literal text it is; the UI renders it as text.
    assert!(text_of("markup").contains("<script>window.__pwned=1</script>"));
    // Line ends and the byte-order mark are normalised away.
    assert!(corpus.passages.iter().all(|p| !p.text.contains('\r')));
    assert!(!text_of("bom").contains('\u{feff}'));
    assert_eq!(
        corpus
            .documents
            .iter()
            .find(|d| d.id == "bom")
            .unwrap()
            .title,
        "Byte order mark first"
    );
    // The 5 MB line is all there.
    let long = text_of("long");
    assert!(long.len() > 5_000_000, "{} bytes", long.len());
    assert!(long.ends_with("The end of 2021."));

    // The engine indexes and searches all of it.
    let engine = Engine::new(corpus);
    for (query, doc) in [
        ("script pwned", "markup"),
        ("trademark replied", "crlf"),
        ("copyright registry", "bom"),
        ("pasted image", "long"),
    ] {
        let results = engine.search(&SearchRequest::new(query));
        let first = results
            .hits
            .first()
            .map(|h| engine.corpus().documents[h.doc as usize].id.as_str());
        assert_eq!(first, Some(doc), "{query}");
    }
}
