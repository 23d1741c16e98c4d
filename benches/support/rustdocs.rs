//! A large real corpus that needs no network: the Rust documentation HTML that
//! ships with the toolchain (`rustup component add rust-docs`), stripped to
//! text. One document per HTML file, one passage per paragraph (short
//! paragraphs merged up to about 300 bytes).

use std::path::{Path, PathBuf};

use ip_explorer::corpus::{Corpus, DocKind, Document, Passage};

/// Where the toolchain's HTML documentation lives, if installed.
pub fn docs_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("IPX_RUST_DOCS") {
        return Some(PathBuf::from(dir));
    }
    let sysroot = std::process::Command::new("rustc")
        .args(["--print", "sysroot"])
        .output()
        .ok()?;
    let sysroot = String::from_utf8(sysroot.stdout).ok()?;
    let dir = Path::new(sysroot.trim()).join("share/doc/rust/html");
    dir.is_dir().then_some(dir)
}

/// Reads HTML files under `dir` in sorted path order until the stripped text
/// reaches `max_bytes`.
pub fn corpus(dir: &Path, max_bytes: usize) -> Corpus {
    let mut files = Vec::new();
    collect_html(dir, &mut files);
    files.sort();
    let mut corpus = Corpus::default();
    let mut text_bytes = 0;
    for path in files {
        if text_bytes >= max_bytes {
            break;
        }
        let Ok(html) = std::fs::read_to_string(&path) else {
            continue;
        };
        let paragraphs = paragraphs(&strip_html(&html));
        if paragraphs.is_empty() {
            continue;
        }
        let doc = corpus.documents.len() as u32;
        let id = path
            .strip_prefix(dir)
            .unwrap_or(&path)
            .display()
            .to_string();
        let first = corpus.passages.len() as u32;
        for (n, text) in paragraphs.into_iter().enumerate() {
            text_bytes += text.len();
            corpus.passages.push(Passage {
                id: format!("{id}#p{}", n + 1),
                doc,
                section: None,
                speaker: None,
                text,
            });
        }
        corpus.documents.push(Document {
            title: title(&html).unwrap_or_else(|| id.clone()),
            id,
            kind: DocKind::Report,
            date: None,
            source: None,
            words: 0,
            sections: Vec::new(),
            speakers: Vec::new(),
            passages: first..corpus.passages.len() as u32,
        });
    }
    corpus
}

/// Writes each document as `<dir>/<id with / as ->.txt`: its title, a blank
/// line, then its passages one paragraph each. The corpus compiler reads these
/// as ordinary seed files; it rejects duplicate texts, so a page whose text
/// was already written (an index page repeating a foreword) is left out.
pub fn write_seeds(corpus: &Corpus, dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut written = std::collections::HashSet::new();
    for doc in &corpus.documents {
        let stem = doc.id.trim_end_matches(".html").replace(['/', '\\'], "-");
        let mut text = doc.title.clone();
        for passage in &corpus.passages[doc.passages.start as usize..doc.passages.end as usize] {
            text.push_str("\n\n");
            text.push_str(&passage.text);
        }
        text.push('\n');
        if written.insert(text.clone()) {
            std::fs::write(dir.join(format!("{stem}.txt")), text)?;
        }
    }
    Ok(())
}

fn collect_html(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            collect_html(&path, out);
        } else if path.extension().is_some_and(|e| e == "html") {
            out.push(path);
        }
    }
}

fn title(html: &str) -> Option<String> {
    let start = html.find("<title>")? + "<title>".len();
    let end = html[start..].find("</title>")? + start;
    Some(decode(&html[start..end]))
}

/// Text of the page body: tags dropped, scripts and styles skipped, block
/// elements turned into paragraph breaks, entities decoded.
fn strip_html(html: &str) -> String {
    let body = html.find("<body").map_or(html, |i| &html[i..]);
    let mut out = String::with_capacity(body.len() / 2);
    let mut rest = body;
    while let Some(open) = rest.find('<') {
        out.push_str(&decode(&rest[..open]));
        let after = &rest[open + 1..];
        let Some(close) = after.find('>') else {
            break;
        };
        let tag = after[..close].trim_start_matches('/').to_ascii_lowercase();
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        rest = &after[close + 1..];
        if matches!(name.as_str(), "script" | "style") && !after.starts_with('/') {
            let end_tag = format!("</{name}");
            rest = rest.find(&end_tag).map_or("", |i| &rest[i..]);
            continue;
        }
        let block = matches!(
            name.as_str(),
            "p" | "li"
                | "pre"
                | "div"
                | "br"
                | "tr"
                | "dt"
                | "dd"
                | "section"
                | "summary"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "table"
                | "ul"
                | "ol"
        );
        out.push_str(if block { "\n\n" } else { "" });
    }
    out
}

fn paragraphs(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    for para in text.split("\n\n") {
        let para = para.split_whitespace().collect::<Vec<_>>().join(" ");
        if para.is_empty() {
            continue;
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(&para);
        if current.len() >= 300 {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

fn decode(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}
