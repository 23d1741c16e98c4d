//! Speed and size of the search engine over the seed corpus and over a large
//! real corpus (the toolchain's Rust documentation, stripped to text).
//!
//! `cargo bench --bench search` first prints a report (index build time,
//! index heap bytes against corpus text, gzip size of the shipped corpus blob,
//! per-query median and p95 of `search` (answers included) and of
//! `search_passages` (without answers), per-keystroke latency, and a naive
//! linear scan measured in the same run as a baseline), then runs the divan
//! benchmarks.
//! `IPX_BENCH_MB` sets the size of the large corpus in MB of text (default 20);
//! `IPX_BENCH_REPORT=0` skips the report. `IPX_BENCH_WRITE_SEEDS=<dir>` only
//! writes the large corpus into `<dir>` as one `.txt` seed file per document
//! (title line, then paragraphs), for building the explorer over it with
//! `IP_EXPLORER_SEEDS` (the browser benchmark, `./x bench --large`).

#[path = "support/rustdocs.rs"]
mod rustdocs;

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::LazyLock;
use std::time::{Duration, Instant};

use ip_explorer::corpus::Corpus;
use ip_explorer::data;
use ip_explorer::engine::{Engine, SearchRequest};

/// Counts live heap bytes, to measure what the index really holds.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded unchanged to the system allocator; only a
// counter is updated on the side.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size, Ordering::Relaxed);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const SEED_QUERIES: &[&str] = &[
    "patent",
    "intellectual property",
    "trademrak squating",
    "\"punitive compensation system\"",
    "IP talent 2023",
    "copyright -video",
    "prot",
    "CNIPA overseas disputes",
    "530,000",
    "speaker:shen ipr",
];

/// Questions of the judged answers set's shape (tests/answers/judged.tsv):
/// they take the answers path in full.
const SEED_QUESTIONS: &[&str] = &[
    "How many IP professionals does China have now?",
    "What is the average examination time for invention patents now?",
    "By how much did IP pledge loans increase in 2020?",
    "How many invention patents were granted in China?",
];

const LARGE_QUERIES: &[&str] = &[
    "iterator",
    "borrow checker",
    "lifetime elision",
    "vec push",
    "hashmap entry",
    "\"trait object\"",
    "asynchronous",
    "unsafe -pointer",
    "closur",
    "thread spawn join",
    "mutabel referense",
    "the",
];

static SEEDS: LazyLock<Engine> = LazyLock::new(|| Engine::new(data::corpus()));
static LARGE: LazyLock<Option<Engine>> = LazyLock::new(|| large_corpus().map(Engine::new));

fn large_corpus() -> Option<Corpus> {
    let mb: usize = std::env::var("IPX_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    Some(rustdocs::corpus(&rustdocs::docs_dir()?, mb << 20))
}

fn main() {
    if let Some(dir) = std::env::var_os("IPX_BENCH_WRITE_SEEDS") {
        let corpus = large_corpus().expect("Rust documentation not installed");
        if let Err(e) = rustdocs::write_seeds(&corpus, std::path::Path::new(&dir)) {
            panic!("cannot write seed files: {e}");
        }
        return;
    }
    if std::env::var("IPX_BENCH_REPORT").as_deref() != Ok("0") {
        report(
            "seed corpus (seeds/)",
            data::corpus(),
            SEED_QUERIES,
            SEED_QUESTIONS,
            "intellectual property",
        );
        match large_corpus() {
            Some(corpus) => report(
                "Rust documentation",
                corpus,
                LARGE_QUERIES,
                &[],
                "iterator adapters",
            ),
            None => println!("Rust documentation not installed: `rustup component add rust-docs`"),
        }
    }
    divan::main();
}

/// Measures one corpus and prints a Markdown table.
fn report(name: &str, corpus: Corpus, queries: &[&str], questions: &[&str], typed: &str) {
    let text_bytes: usize = corpus.passages.iter().map(|p| p.text.len()).sum();
    let blob = ip_explorer::corpus::encode(&corpus);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&blob).unwrap_or_default();
    let blob_gzip = gz.finish().map_or(0, |v| v.len());
    let lowered: Vec<String> = corpus
        .passages
        .iter()
        .map(|p| p.text.to_lowercase())
        .collect();
    let n_passages = corpus.passages.len();
    let n_docs = corpus.documents.len();
    let before = LIVE.load(Ordering::Relaxed);
    let start = Instant::now();
    let engine = Engine::new(corpus);
    let build = start.elapsed();
    let live = LIVE.load(Ordering::Relaxed) - before;
    println!("\n### {name}\n");
    println!("| measure | value |\n|---|---|");
    println!("| documents / passages | {n_docs} / {n_passages} |");
    println!("| corpus text | {} |", mb(text_bytes));
    println!(
        "| corpus blob (postcard) raw / gzip | {} / {} |",
        mb(blob.len()),
        mb(blob_gzip)
    );
    println!("| index build | {} |", ms(build));
    println!(
        "| index heap (allocator-measured) | {} ({:.2}x text) |",
        mb(live),
        live as f64 / text_bytes as f64
    );
    println!(
        "| index heap (engine estimate) | {} |",
        mb(engine.heap_bytes())
    );
    let runs = if n_passages > 10_000 { 15 } else { 200 };
    query_table(&engine, queries, runs, &lowered);
    if !questions.is_empty() {
        println!("\nQuestions, as users type them:");
        query_table(&engine, questions, runs, &lowered);
    }
    let mut keystrokes = Vec::new();
    for end in 1..=typed.len() {
        let request = SearchRequest::new(&typed[..end]);
        keystrokes.push(pct(&time(runs, || engine.search(&request).total), 50));
    }
    println!(
        "\nTyping `{typed}` one keystroke at a time: median {}, p95 {}, worst {}.",
        us(pct(&keystrokes, 50)),
        us(pct(&keystrokes, 95)),
        us(pct(&keystrokes, 100))
    );
}

/// Prints one row per query: `search` (answers included) and
/// `search_passages` (without answers) taking turns, and the naive scan.
fn query_table(engine: &Engine, queries: &[&str], runs: usize, lowered: &[String]) {
    let mut all = Vec::new();
    let mut all_passages = Vec::new();
    let mut baseline = Vec::new();
    println!(
        "\n| query | hits | answers | median | p95 | without answers, median | naive scan median |"
    );
    println!("|---|---|---|---|---|---|---|");
    for query in queries {
        let request = SearchRequest::new(query);
        let results = engine.search(&request);
        // The two calls take turns, so load on the machine hits both alike.
        let (mut times, mut passages) = (Vec::new(), Vec::new());
        for _ in 0..runs {
            times.extend(time(1, || engine.search(&request).total));
            passages.extend(time(1, || engine.search_passages(&request).total));
        }
        let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
        let scan = time(runs.min(15), || naive_scan(lowered, &words));
        println!(
            "| `{query}` | {} | {} | {} | {} | {} | {} |",
            results.total,
            results.answers.len(),
            us(pct(&times, 50)),
            us(pct(&times, 95)),
            us(pct(&passages, 50)),
            us(pct(&scan, 50))
        );
        all.extend(times);
        all_passages.extend(passages);
        baseline.extend(scan);
    }
    let (median, scan_median) = (pct(&all, 50), pct(&baseline, 50));
    println!(
        "| **all queries** | | | {} | {} | {} | {} ({:.1}x engine) |",
        us(median),
        us(pct(&all, 95)),
        us(pct(&all_passages, 50)),
        us(scan_median),
        scan_median.as_secs_f64() / median.as_secs_f64()
    );
}

/// Every passage that contains every query word as a substring.
fn naive_scan(lowered: &[String], words: &[String]) -> usize {
    lowered
        .iter()
        .filter(|t| words.iter().all(|w| t.contains(w.as_str())))
        .count()
}

fn time(runs: usize, mut f: impl FnMut() -> usize) -> Vec<Duration> {
    let mut out = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        divan::black_box(f());
        out.push(start.elapsed());
    }
    out
}

fn pct(times: &[Duration], p: usize) -> Duration {
    let mut sorted = times.to_vec();
    sorted.sort();
    sorted[((sorted.len() - 1) * p / 100).min(sorted.len() - 1)]
}

fn mb(bytes: usize) -> String {
    format!("{:.2} MB", bytes as f64 / (1 << 20) as f64)
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

fn us(d: Duration) -> String {
    format!("{:.1} µs", d.as_secs_f64() * 1e6)
}

#[divan::bench(args = SEED_QUERIES, sample_count = 50)]
fn seed_query(bencher: divan::Bencher, query: &str) {
    let request = SearchRequest::new(query);
    bencher.bench(|| SEEDS.search(&request).total);
}

/// The answers alone ([`Engine::answers`]), for the queries of the judged set's shape.
#[divan::bench(args = SEED_QUESTIONS, sample_count = 50)]
fn seed_answers(bencher: divan::Bencher, query: &str) {
    let request = SearchRequest::new(query);
    bencher.bench(|| SEEDS.answers(&request).len());
}

#[divan::bench(args = LARGE_QUERIES, sample_count = 10, sample_size = 1)]
fn large_query(bencher: divan::Bencher, query: &str) {
    let request = SearchRequest::new(query);
    let engine = LARGE.as_ref();
    bencher.bench(|| engine.map_or(0, |e| e.search(&request).total));
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn seed_index_build(bencher: divan::Bencher) {
    bencher.with_inputs(data::corpus).bench_values(Engine::new);
}
