//! Host-side integration tests through the library's public API: the real seed
//! corpus as compiled by `build.rs`, the engine over it, and the JS API records.
#![cfg(not(target_arch = "wasm32"))]

#[path = "engine/chunks.rs"]
mod chunks;
#[path = "engine/citations.rs"]
mod citations;
#[path = "engine/figures.rs"]
mod figures;
#[path = "engine/hostile.rs"]
mod hostile;
#[path = "engine/hostile_corpus.rs"]
mod hostile_corpus;
#[path = "engine/key_figures.rs"]
mod key_figures;
#[path = "engine/properties.rs"]
mod properties;

use expect_test::{expect, Expect};
use ip_explorer::api::{entities, facts, records};
use ip_explorer::corpus::{self, Corpus, Issue, Passage, Severity, SourceFile};
use ip_explorer::data;
use ip_explorer::engine::{Engine, SearchRequest};

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
fn passages_record_lists_every_passage_under_its_document() {
    let corpus = data::corpus();
    let passages = records::passages(&Engine::new(corpus.clone()));
    assert_eq!(passages.len(), corpus.passages.len());
    for (record, passage) in passages.iter().zip(&corpus.passages) {
        assert_eq!(record.id, passage.id);
        assert_eq!(record.text, passage.text);
        assert!(record.id.starts_with(&format!("{}#p", record.doc)));
    }
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

/// One judged query: what was typed and which passages answer it.
struct Judged {
    category: String,
    query: String,
    /// `(document id, lower-cased phrase the answering passage contains)`.
    answers: Vec<(String, String)>,
}

fn judged_set() -> Vec<Judged> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/judged.tsv");
    let text = std::fs::read_to_string(path).expect("tests/judged.tsv exists");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert!(
                fields.len() >= 4 && fields.len().is_multiple_of(2),
                "bad line: {line}"
            );
            Judged {
                category: fields[0].to_string(),
                query: fields[1].to_string(),
                answers: fields[2..]
                    .chunks(2)
                    .map(|a| (a[0].to_string(), a[1].to_lowercase()))
                    .collect(),
            }
        })
        .collect()
}

/// 1-based rank of the first answering passage in the order the user sees
/// hits (each document's best passage, then its sub-results), if any.
fn first_answer_rank(engine: &Engine, judged: &Judged) -> Option<usize> {
    let corpus = engine.corpus();
    let results = engine.search(&SearchRequest::new(&judged.query));
    let shown = results
        .hits
        .iter()
        .flat_map(|h| std::iter::once(h).chain(&h.more));
    for (rank, hit) in shown.enumerate() {
        let passage = &corpus.passages[hit.passage as usize];
        let doc = &corpus.documents[passage.doc as usize].id;
        let text = passage
            .text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        if judged
            .answers
            .iter()
            .any(|(d, phrase)| d == doc && text.contains(phrase.as_str()))
        {
            return Some(rank + 1);
        }
    }
    None
}

/// Floors for the judged set. They only ever go up: raise them when the
/// engine or the corpus gets better, never lower them.
const MRR_FLOOR: f64 = 0.91;
const RECALL_AT_3_FLOOR: f64 = 0.93;

/// Categories of questions and long queries, whose words often never meet in
/// one passage (issue 13): floored on their own, so adding such queries
/// neither hides nor excuses a drop on the keyword queries above.
const ASKED: &[&str] = &["asked", "long"];
const ASKED_MRR_FLOOR: f64 = 0.80;
const ASKED_RECALL_AT_3_FLOOR: f64 = 0.90;

#[test]
fn judged_set_relevance() {
    let engine = Engine::new(data::corpus());
    let judged = judged_set();
    assert!(
        judged.len() >= 40,
        "the judged set has {} queries",
        judged.len()
    );
    let mut by_category: std::collections::BTreeMap<&str, (usize, f64, usize)> =
        std::collections::BTreeMap::new();
    for j in &judged {
        let rank = first_answer_rank(&engine, j);
        let rr = rank.map_or(0.0, |r| 1.0 / r as f64);
        let hit_3 = rank.is_some_and(|r| r <= 3);
        let entry = by_category.entry(&j.category).or_default();
        entry.0 += 1;
        entry.1 += rr;
        entry.2 += usize::from(hit_3);
        if !hit_3 {
            println!("miss@3 [{}] {:?}: rank {:?}", j.category, j.query, rank);
        }
    }
    for (category, (count, rr, hits)) in &by_category {
        println!(
            "{category:>10}: {count:>2} queries, MRR {:.3}, recall@3 {:.3}",
            rr / *count as f64,
            *hits as f64 / *count as f64
        );
    }
    let summary = |asked: bool| {
        let (mut n, mut rr, mut hits) = (0, 0.0, 0);
        for (category, (count, r, h)) in &by_category {
            if ASKED.contains(category) == asked {
                (n, rr, hits) = (n + count, rr + r, hits + h);
            }
        }
        let n = n.max(1) as f64;
        (n, rr / n, hits as f64 / n)
    };
    let (n, mrr, recall_3) = summary(false);
    println!("judged set: {n} keyword queries, MRR {mrr:.3}, recall@3 {recall_3:.3}");
    let (n_asked, asked_mrr, asked_recall_3) = summary(true);
    println!(
        "judged set: {n_asked} questions and long queries, MRR {asked_mrr:.3}, recall@3 {asked_recall_3:.3}"
    );
    assert!(mrr >= MRR_FLOOR, "MRR {mrr:.3} fell below {MRR_FLOOR}");
    assert!(
        recall_3 >= RECALL_AT_3_FLOOR,
        "recall@3 {recall_3:.3} fell below {RECALL_AT_3_FLOOR}"
    );
    assert!(
        asked_mrr >= ASKED_MRR_FLOOR,
        "questions: MRR {asked_mrr:.3} fell below {ASKED_MRR_FLOOR}"
    );
    assert!(
        asked_recall_3 >= ASKED_RECALL_AT_3_FLOOR,
        "questions: recall@3 {asked_recall_3:.3} fell below {ASKED_RECALL_AT_3_FLOOR}"
    );
}

#[test]
fn more_lists_every_passage_of_a_document_in_pages() {
    let engine = Engine::new(data::corpus());
    let options = |more_offset, more_limit| records::SearchOptions {
        more_offset,
        more_limit,
        ..records::SearchOptions::default()
    };
    let whole = records::search(&engine, "patent ", &options(None, Some(1_000)));
    let big = (whole.hits.iter())
        .max_by_key(|h| h.more_total)
        .expect("the seeds mention patents");
    assert!(big.more_total >= 10, "{} further passages", big.more_total);
    assert_eq!(big.more.len(), big.more_total, "more lists them all");
    // The default page holds 20, and says how many there are.
    let default = records::search(&engine, "patent ", &records::SearchOptions::default());
    let same = (default.hits.iter()).find(|h| h.doc == big.doc).unwrap();
    assert_eq!(same.more_total, big.more_total);
    assert_eq!(
        same.more.len(),
        big.more_total.min(records::DEFAULT_MORE_LIMIT)
    );
    // Pages of four, put together, are the whole list in order.
    let ids = |hit: &records::HitRecord| -> Vec<String> {
        hit.more.iter().map(|m| m.passage.clone()).collect()
    };
    let mut paged = Vec::new();
    for page in 0..big.more_total.div_ceil(4) {
        let record = records::search(&engine, "patent ", &options(Some(page * 4), Some(4)));
        let hit = (record.hits.iter()).find(|h| h.doc == big.doc).unwrap();
        assert!(hit.more.len() <= 4);
        paged.extend(ids(hit));
    }
    assert_eq!(paged, ids(big));
}

#[test]
fn search_record_has_the_shape_of_the_js_api() {
    let engine = Engine::new(data::corpus());
    let mut options = records::SearchOptions::default();
    options
        .filters
        .insert("nonsense".into(), vec!["ignored".into()]);
    let res = records::search(&engine, "intellectual property ", &options);
    let facet_names: Vec<&str> = res.facets.keys().map(String::as_str).collect();
    assert_eq!(
        facet_names,
        ["doc", "entity", "kind", "speaker", "topic", "year"]
    );
    assert!(res.total > 0 && res.suggestion.is_none());
    let shown = res
        .hits
        .iter()
        .flat_map(|h| std::iter::once(h).chain(&h.more));
    for hit in shown {
        // Snippets are cut at whitespace: without the ellipses they are a
        // substring of the passage.
        let joined: String = hit.snippet.iter().map(|s| s.text.as_str()).collect();
        let inner = joined.trim_start_matches("… ").trim_end_matches(" …");
        assert!(hit.text.contains(inner), "{}: {joined}", hit.passage);
        assert!(!hit.why.is_empty(), "{}", hit.passage);
    }
    // A passage may match through its title or speaker alone, so only the
    // best hit is sure to show a marked word.
    assert!(res.hits[0].snippet.iter().any(|s| s.mark));
}

#[test]
fn search_options_are_read_leniently() {
    let mut options = records::SearchOptions {
        limit: Some(1_000_000),
        offset: Some(1),
        sort: Some("date".into()),
        ..records::SearchOptions::default()
    };
    options.filters.insert("Kind".into(), vec!["news".into()]);
    options.filters.insert("bogus".into(), vec!["x".into()]);
    let request = records::search_request("q", &options);
    assert_eq!(request.limit, records::MAX_LIMIT);
    assert_eq!(request.offset, 1);
    assert_eq!(request.sort, ip_explorer::engine::Sort::Date);
    assert_eq!(request.filters.len(), 1);
    let unknown_sort = records::SearchOptions {
        sort: Some("sideways".into()),
        ..records::SearchOptions::default()
    };
    let request = records::search_request("q", &unknown_sort);
    assert_eq!(request.sort, ip_explorer::engine::Sort::Relevance);
    assert_eq!(request.limit, records::DEFAULT_LIMIT);
}

#[test]
fn a_misspelt_query_without_matches_gets_a_suggestion() {
    let engine = Engine::new(data::corpus());
    let res = records::search(&engine, "patnet lwa ", &records::SearchOptions::default());
    assert_eq!(res.total, 0);
    let suggestion = res.suggestion.expect("a suggestion");
    let retry = records::search(&engine, &suggestion, &records::SearchOptions::default());
    assert!(retry.total > 0, "{suggestion}");
}

// ---- Corpus compiler: seed snapshots (read end to end when they change) ----

fn check(actual: &str, expect: Expect) {
    expect.assert_eq(actual);
}

fn render_documents(corpus: &Corpus) -> String {
    let mut out = String::new();
    for doc in &corpus.documents {
        let date = doc.date.map(|d| format!("{} ({})", d.iso(), d.precision()));
        out.push_str(&format!(
            "{}\n  title: {}\n  kind: {} | date: {} | source: {}\n  passages: {} | words: {} | sections: {}\n  speakers: {}\n",
            doc.id,
            doc.title,
            doc.kind.as_str(),
            date.unwrap_or_else(|| "-".into()),
            doc.source.as_deref().unwrap_or("-"),
            doc.passages.end - doc.passages.start,
            doc.words,
            doc.sections.len(),
            if doc.speakers.is_empty() { "-".to_string() } else { doc.speakers.join(", ") },
        ));
    }
    out
}

fn render_facts(corpus: &Corpus) -> String {
    corpus
        .facts
        .iter()
        .map(|f| {
            format!(
                "{} | {} | {} | {} | {} | {} | {}",
                f.id,
                f.text,
                f.value,
                f.unit,
                f.kind.as_str(),
                f.date.as_deref().unwrap_or("-"),
                f.measure
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn seed_documents_have_the_right_metadata() {
    check(
        &render_documents(&data::corpus()),
        expect![[r#"
        000_72b4a740dfda7e5e
          title: CNIPA Holds a Regular Press Conference to Introduce IP Culture Development for the First Time
          kind: news | date: 2022-03-30 (day) | source: CNIPA Website
          passages: 11 | words: 1277 | sections: 2
          speakers: -
        001_a3481ec8e84a4783
          title: VIII IP Culture Building and Awareness Enhancement
          kind: report | date: 2021 (year) | source: -
          passages: 16 | words: 1093 | sections: 19
          speakers: -
        002_a2777ba34e8ebefe
          title: The scale of China's intellectual property (IP) talent has increased…
          kind: news | date: 2024-07-03 (day) | source: China IP News
          passages: 9 | words: 766 | sections: 3
          speakers: -
        003_835ca7036c13869d
          title: SCIO briefing on implementing the Outline of the 14th Five-Year Plan and accelerating the building of China's strength in intellectual property
          kind: transcript | date: 2021-04-25 (day) | source: -
          passages: 67 | words: 6714 | sections: 0
          speakers: Xing Huina, Shen Changyu, China Media Group, Guangming Daily, China Daily, Yu Cike, China Financial and Economic News, Phoenix TV, He Zhimin, Red Star News, ThePaper.cn, CRI, Xinhua News Agency
        004_e940f9e4ae4d1d8a
          title: The 2021 National Intellectual Property Publicity Week Activities are Set to Kick Off
          kind: news | date: 2021-04-20 (day) | source: CNIPA Website
          passages: 5 | words: 631 | sections: 0
          speakers: -
    "#]],
    );
}

#[test]
fn seed_sections_and_transcript_turns() {
    let corpus = data::corpus();
    let mut out = String::new();
    for doc in &corpus.documents {
        let sections = if doc.sections.is_empty() {
            "-".to_string()
        } else {
            doc.sections.join(" / ")
        };
        out.push_str(&format!("{}: {sections}\n", doc.id));
    }
    let turns: Vec<String> = corpus
        .passages
        .iter()
        .filter_map(|p| {
            p.speaker
                .as_ref()
                .map(|s| format!("{} {}", p.id.split('#').nth(1).unwrap_or(""), s))
        })
        .collect();
    out.push_str(&turns.join(", "));
    check(
        &out,
        expect![[r#"
        000_72b4a740dfda7e5e: Four features of the 2022 National IP Publicity Week / A total of 690,000 IP professionals in China
        001_a3481ec8e84a4783: 01 IP culture cultivation / 1.1 The National IP Publicity Week activities / 1.2 The Intellectual Property Service Tour campaign / 02 Exploring new channels to enhance IP awareness / 2.1 “New Media+” makes IP full of sound and colour / 2.2 Launch of CNIPA Twitter account / 03 Creating an enabling environment to nurture IP talents / 3.1 “Young Innovators”: IP education entered schools / 3.2 IP Outreach to Campuses: IP awareness promotion in universities / 3.3 IP training and education for talents in CNIPA / 3.4 Foreign-related IP training / 3.5 Distance education / 04 IP education for poverty alleviation: tapping the potential value of IP / 05 Green office campaign in CNIPA / Dining / Office automation / Recycling / Transport / Electricity and water consumption
        002_a2777ba34e8ebefe: Building a talent hub, advancing to a higher standard / Cultivating specialized talent for higher level development / Leveraging think tank, highlighting high-end and distinctive features
        003_835ca7036c13869d: -
        004_e940f9e4ae4d1d8a: -
        p2 Xing Huina, p3 Shen Changyu, p4 Shen Changyu, p5 Shen Changyu, p6 Shen Changyu, p7 Shen Changyu, p8 Shen Changyu, p9 Shen Changyu, p10 Shen Changyu, p11 Shen Changyu, p12 Xing Huina, p13 China Media Group, p14 Shen Changyu, p15 Shen Changyu, p16 Shen Changyu, p17 Shen Changyu, p18 Shen Changyu, p19 Shen Changyu, p20 Guangming Daily, p21 Shen Changyu, p22 Shen Changyu, p23 Shen Changyu, p24 Shen Changyu, p25 Shen Changyu, p26 Shen Changyu, p27 Shen Changyu, p28 China Daily, p29 Shen Changyu, p30 Yu Cike, p31 Yu Cike, p32 Yu Cike, p33 Yu Cike, p34 Yu Cike, p35 Yu Cike, p36 Yu Cike, p37 Yu Cike, p38 China Financial and Economic News, p39 Shen Changyu, p40 Shen Changyu, p41 Shen Changyu, p42 Shen Changyu, p43 Phoenix TV, p44 Shen Changyu, p45 He Zhimin, p46 He Zhimin, p47 He Zhimin, p48 He Zhimin, p49 He Zhimin, p50 Red Star News, p51 Shen Changyu, p52 Yu Cike, p53 Yu Cike, p54 Yu Cike, p55 Yu Cike, p56 ThePaper.cn, p57 Shen Changyu, p58 Shen Changyu, p59 Shen Changyu, p60 CRI, p61 Shen Changyu, p62 Shen Changyu, p63 Shen Changyu, p64 Xinhua News Agency, p65 Shen Changyu, p66 Shen Changyu, p67 Xing Huina"#]],
    );
}

#[test]
fn seed_fact_list() {
    check(
        &render_facts(&data::corpus()),
        expect![[r#"
            000_72b4a740dfda7e5e#p5/f1 | four | 4 | sessions | actual | - | parallel sessions
            000_72b4a740dfda7e5e#p6/f1 | 13 | 13 | years | actual | 2009/.. | National IP Publicity Week (span)
            000_72b4a740dfda7e5e#p8/f1 | more than one million | 1000000 | people | target | 2025 | IP professionals
            000_72b4a740dfda7e5e#p8/f2 | 690,000 | 690000 | people | actual | 2022-03-30 | IP professionals in China
            000_72b4a740dfda7e5e#p9/f1 | more than 50 | 50 | universities | actual | - | universities
            000_72b4a740dfda7e5e#p9/f2 | 26 | 26 | bases | actual | - | national IP training bases
            000_72b4a740dfda7e5e#p9/f3 | 20,000 | 20000 | people | target | 2025 | IP professionals at or above the intermediate level
            000_72b4a740dfda7e5e#p10/f1 | 24 | 24 | platforms | actual | - | online platforms developed
            000_72b4a740dfda7e5e#p10/f2 | more than 220 | 220 | stations | actual | - | stations
            000_72b4a740dfda7e5e#p10/f3 | more than 570 | 570 | courses | actual | - | online courses
            000_72b4a740dfda7e5e#p10/f4 | over nine million | 9000000 | visits | actual | - | visits
            000_72b4a740dfda7e5e#p10/f5 | more than 1,200 | 1200 | count | actual | - | recorded training
            000_72b4a740dfda7e5e#p10/f6 | over 150 | 150 | count | actual | - | live streaming training
            000_72b4a740dfda7e5e#p11/f1 | 165 | 165 | schools | actual | 2022-03-30 | primary and secondary schools identified
            000_72b4a740dfda7e5e#p11/f2 | Nearly two million | 2000000 | people | actual | 2022-03-30 | students
            000_72b4a740dfda7e5e#p11/f3 | around 1,400 | 1400 | schools | actual | 2022-03-30 | primary and secondary schools
            001_a3481ec8e84a4783#p1/f1 | 20 | 20 | organizations | actual | 2021 | central government organizations
            001_a3481ec8e84a4783#p1/f2 | 10 | 10 | cities | actual | 2021 | cities
            001_a3481ec8e84a4783#p4/f1 | 80 | 80 | articles | actual | 2021-12 | articles posted
            001_a3481ec8e84a4783#p4/f2 | more than 2 million | 2000000 | views | actual | 2021-12 | views
            001_a3481ec8e84a4783#p4/f3 | 88,000 | 88000 | interactions | actual | 2021-12 | interactions
            001_a3481ec8e84a4783#p6/f1 | more than 200 | 200 | universities | actual | - | colleges and universities
            001_a3481ec8e84a4783#p7/f1 | 5 | 5 | courses | actual | - | special training courses organized
            001_a3481ec8e84a4783#p7/f2 | more than 540 | 540 | people | actual | - | participants of special training courses
            001_a3481ec8e84a4783#p7/f3 | 4 | 4 | sessions | actual | - | training sessions held
            001_a3481ec8e84a4783#p7/f4 | 385 | 385 | people | actual | - | participants of training sessions
            001_a3481ec8e84a4783#p8/f1 | 114 | 114 | people | actual | - | foreign-related trainers in CNIPA
            001_a3481ec8e84a4783#p8/f2 | 16 | 16 | people | actual | 2021 | foreign-related trainers in CNIPA
            001_a3481ec8e84a4783#p8/f3 | 35 | 35 | people | actual | - | foreign-related trainers
            001_a3481ec8e84a4783#p8/f4 | 13 | 13 | people | actual | - | foreign-related trainers appointed
            001_a3481ec8e84a4783#p8/f5 | 4 | 4 | sessions | actual | - | online training sessions
            001_a3481ec8e84a4783#p9/f1 | 980 | 980 | sessions | actual | - | online sessions held
            001_a3481ec8e84a4783#p9/f2 | over 240,000 | 240000 | people | actual | - | participants of online sessions
            001_a3481ec8e84a4783#p9/f3 | 2 | 2 | sessions | actual | - | sessions of WIPO online course
            001_a3481ec8e84a4783#p9/f4 | 20,100 | 20100 | people | actual | - | participants of WIPO online course
            001_a3481ec8e84a4783#p9/f5 | 160 | 160 | people | actual | - | trainees
            001_a3481ec8e84a4783#p9/f6 | more than 30 | 30 | organizations | actual | - | countries regions and organizations
            001_a3481ec8e84a4783#p10/f1 | 6 | 6 | lectures | actual | 2019/.. | IP lectures held
            002_a2777ba34e8ebefe#p1/f1 | 690,000 | 690000 | people | actual | 2020 | China's intellectual property talent
            002_a2777ba34e8ebefe#p1/f2 | 860,000 | 860000 | people | actual | 2023-12 | China's intellectual property talent
            002_a2777ba34e8ebefe#p3/f1 | a hundred | 100 | people | actual | 2021/2025 | IP talents
            002_a2777ba34e8ebefe#p3/f2 | 68 | 68 | tasks | actual | - | IP service tasks
            002_a2777ba34e8ebefe#p4/f1 | more than double | 2 | times | actual | 2023-12 | per capita high-value invention patent ownership (vs the national average)
            002_a2777ba34e8ebefe#p5/f1 | over 150 | 150 | sessions | actual | 2021/.. | retraining sessions
            002_a2777ba34e8ebefe#p6/f1 | nearly 2,000 | 2000 | people | actual | 2021/2024 | participants
            002_a2777ba34e8ebefe#p6/f2 | 19 | 19 | types | actual | 2021/2024 | types of international training sessions
            002_a2777ba34e8ebefe#p8/f1 | 48 | 48 | people | actual | 2024 | renowned experts
            002_a2777ba34e8ebefe#p8/f2 | nine | 9 | people | actual | 2024 | academicians
            002_a2777ba34e8ebefe#p9/f1 | over 700 | 700 | tasks | actual | 2021/.. | various IP tasks
            002_a2777ba34e8ebefe#p9/f2 | nearly 1,200 | 1200 | person-times | actual | 2021/.. | person-times of various IP tasks
            003_835ca7036c13869d#p5/f1 | 10 | 10 | provinces | actual | 2020 | provinces
            003_835ca7036c13869d#p5/f2 | more than 90 | 90 | points | actual | 2020 | provinces
            003_835ca7036c13869d#p5/f3 | 31,300 | 31300 | cases | actual | 2020 | trademark infringement cases
            003_835ca7036c13869d#p5/f4 | 7,100 | 7100 | cases | actual | 2020 | cases of counterfeiting patents
            003_835ca7036c13869d#p5/f5 | 841 | 841 | cases | actual | 2020 | cases
            003_835ca7036c13869d#p5/f6 | Over 42,000 | 42000 | rulings | actual | 2020 | administrative adjudication rulings
            003_835ca7036c13869d#p5/f7 | 1,826 | 1826 | cases | actual | 2020 | infringement and piracy cases filed
            003_835ca7036c13869d#p5/f8 | 213 | 213 | cases | actual | 2020 | cases transferred
            003_835ca7036c13869d#p5/f9 | 62,000 | 62000 | batches | actual | 2020 | batches of import and export goods
            003_835ca7036c13869d#p5/f10 | 56.18 million | 56180000 | items | actual | 2020 | items of import and export goods
            003_835ca7036c13869d#p5/f11 | More than 520,000 | 520000 | cases | actual | 2020 | criminal civil and administrative IPR cases received
            003_835ca7036c13869d#p5/f12 | over 519,000 | 519000 | cases | actual | 2020 | cases concluded
            003_835ca7036c13869d#p5/f13 | 21,000 | 21000 | cases | actual | 2020 | criminal cases of IPR infringement cracked
            003_835ca7036c13869d#p5/f14 | 32,000 | 32000 | people | actual | 2020 | suspects arrested
            003_835ca7036c13869d#p5/f15 | 18 billion yuan | 18000000000 | yuan | actual | 2020 | total value involved in the cases
            003_835ca7036c13869d#p5/f16 | 80.05 | 80.05 | points | actual | 2020 | satisfaction score of the IPR protection
            003_835ca7036c13869d#p6/f1 | 530,000 | 530000 | patents | actual | 2020 | invention patents authorized
            003_835ca7036c13869d#p6/f2 | 15.8 | 15.8 | patents per 10,000 people | actual | 2020 | invention patents per 10,000 people
            003_835ca7036c13869d#p6/f3 | 69,000 | 69000 | applications | actual | 2020 | PCT international patent applications
            003_835ca7036c13869d#p6/f4 | first | 1 | rank | actual | 2020 | rank
            003_835ca7036c13869d#p6/f5 | 5.761 million | 5761000 | registrations | actual | 2020 | trademark registrations
            003_835ca7036c13869d#p6/f6 | 7,553 | 7553 | applications | actual | 2020 | applications for international trademark registration
            003_835ca7036c13869d#p6/f7 | 3.32 million | 3320000 | works | actual | 2020 | registered works
            003_835ca7036c13869d#p6/f8 | 1.72 million | 1720000 | registrations | actual | 2020 | registrations for computer software copyright
            003_835ca7036c13869d#p6/f9 | 765 | 765 | trademarks | actual | 2020 | geographical indication trademarks approved
            003_835ca7036c13869d#p6/f10 | six | 6 | products | actual | 2020 | geographical indication protection products recognized
            003_835ca7036c13869d#p6/f11 | 1,052 | 1052 | companies | actual | 2020 | companies approved
            003_835ca7036c13869d#p6/f12 | 2,549 | 2549 | varieties | actual | 2020 | new varieties of agricultural plants
            003_835ca7036c13869d#p6/f13 | 441 | 441 | varieties | actual | 2020 | new varieties of forestry plants granted
            003_835ca7036c13869d#p6/f14 | 15 | 15 | slots | change | 2015/.. | rank in the Global Innovation Index
            003_835ca7036c13869d#p6/f15 | 14th place | 14 | rank | actual | 2020 | rank in the Global Innovation Index
            003_835ca7036c13869d#p7/f1 | 11.5 trillion yuan | 11500000000000 | yuan | actual | 2019 | value added of national patent-intensive industries
            003_835ca7036c13869d#p7/f2 | 7% | 7 | % | change | 2019 | value added of national patent-intensive industries
            003_835ca7036c13869d#p7/f3 | 11.6% | 11.6 | % | actual | 2019 | value added of national patent-intensive industries (share of GDP)
            003_835ca7036c13869d#p7/f4 | 7.3 trillion yuan | 7300000000000 | yuan | actual | 2019 | value added of the national copyright industry
            003_835ca7036c13869d#p7/f5 | 7.39% | 7.39 | % | actual | 2019 | value added of the national copyright industry (share of GDP)
            003_835ca7036c13869d#p7/f6 | 408 | 408 | brands | actual | 2020 | leading brands
            003_835ca7036c13869d#p7/f7 | 5,000 | 5000 | brands | actual | 2020 | leading brands
            003_835ca7036c13869d#p7/f8 | $1.6 trillion | 1600000000000 | US dollars | actual | 2020 | total value of leading brands
            003_835ca7036c13869d#p7/f9 | 218 billion yuan | 218000000000 | yuan | actual | 2020 | patent and trademark pledge financing in China
            003_835ca7036c13869d#p7/f10 | 43.9% | 43.9 | % | change | 2020 | patent and trademark pledge financing in China
            003_835ca7036c13869d#p7/f11 | 639.8 billion yuan | 639800000000 | yuan | actual | 2020 | direct output value of enterprises
            003_835ca7036c13869d#p7/f12 | 186,000 | 186000 | contracts | actual | 2020 | technical contracts
            003_835ca7036c13869d#p7/f13 | 1.1 trillion yuan | 1100000000000 | yuan | actual | 2020 | turnover of technical contracts
            003_835ca7036c13869d#p7/f14 | $46.31 billion | 46310000000 | US dollars | actual | 2020 | total import and export of intellectual property royalties
            003_835ca7036c13869d#p7/f15 | $8.68 billion | 8680000000 | US dollars | actual | 2020 | exports of intellectual property royalties
            003_835ca7036c13869d#p7/f16 | 31.5% | 31.5 | % | change | 2020 | exports of intellectual property royalties
            003_835ca7036c13869d#p8/f1 | 20 | 20 | months | actual | 2020 | average review period for invention patents
            003_835ca7036c13869d#p8/f2 | two | 2 | months | change | 2020 | average review period for invention patents
            003_835ca7036c13869d#p8/f3 | 14 | 14 | months | actual | 2020 | review period for high-value patents
            003_835ca7036c13869d#p8/f4 | four | 4 | months | actual | 2020 | review period of trademark registration
            003_835ca7036c13869d#p8/f5 | more than half | 50 | % | change | 2020 | review period of trademark registration
            003_835ca7036c13869d#p8/f6 | 27 | 27 | provinces | actual | 2020 | provinces
            003_835ca7036c13869d#p15/f1 | two | 2 | sessions | actual | - | themed sessions
            003_835ca7036c13869d#p15/f2 | 134 | 134 | measures | actual | - | concrete measures
            003_835ca7036c13869d#p20/f1 | 12 | 12 | patents per 10,000 people | target | 2025 | high-value invention patents per 10,000 people
            003_835ca7036c13869d#p40/f1 | three | 3 | measures | actual | 2019 | measures
            003_835ca7036c13869d#p40/f2 | 218 billion yuan | 218000000000 | yuan | actual | 2020 | national patent and trademark pledge financing
            003_835ca7036c13869d#p40/f3 | 43.9% | 43.9 | % | change | 2020 | national patent and trademark pledge financing
            003_835ca7036c13869d#p41/f1 | four | 4 | categories | actual | 2020 | categories
            003_835ca7036c13869d#p41/f2 | 16 | 16 | types | actual | 2020 | types of intellectual property insurance products
            003_835ca7036c13869d#p41/f3 | 20 billion yuan | 20000000000 | yuan | actual | 2020 | relevant insurance coverage
            003_835ca7036c13869d#p41/f4 | more than 4,000 | 4000 | companies | actual | 2020 | companies
            003_835ca7036c13869d#p41/f5 | 25 | 25 | products | actual | 2021-04-25 | intellectual property securitization products issued
            003_835ca7036c13869d#p41/f6 | more than 7 billion yuan | 7000000000 | yuan | actual | 2021-04-25 | issue amount of intellectual property securitization products
            003_835ca7036c13869d#p46/f1 | more than 300 | 300 | applications | actual | - | trademark registration applications
            003_835ca7036c13869d#p48/f1 | over 150,000 | 150000 | filings | actual | 2018/2020 | filings rejected by the NIPA
            003_835ca7036c13869d#p48/f2 | 2,950 | 2950 | agencies | actual | 2020 | trademark agencies interviewed
            003_835ca7036c13869d#p53/f1 | 38 | 38 | lists | actual | 2016/2020 | lists published
            003_835ca7036c13869d#p53/f2 | 640 | 640 | works | actual | 2016/2020 | key films and television works
            003_835ca7036c13869d#p59/f1 | more than 36% | 36 | % | actual | 2021-04-25 | output of China's digital economy (share of GDP)
            003_835ca7036c13869d#p59/f2 | 67.7% | 67.7 | % | actual | - | output of China's digital economy (contribution to GDP growth)
            003_835ca7036c13869d#p59/f3 | around two-thirds | 66.67 | % | actual | - | output of China's digital economy
            003_835ca7036c13869d#p63/f1 | five | 5 | years | actual | 2016/2020 | export volume of China's intellectual property royalties (span)
            003_835ca7036c13869d#p63/f2 | $8.68 billion | 8680000000 | US dollars | actual | 2020 | export volume of China's intellectual property royalties
            003_835ca7036c13869d#p63/f3 | 51.6% | 51.6 | % | change | 2020 | export volume of China's intellectual property royalties
            003_835ca7036c13869d#p63/f4 | 84.85 billion yuan | 84850000000 | yuan | actual | 2016 | pledge financing of patents and trademarks
            003_835ca7036c13869d#p63/f5 | $13.07 billion | 13070000000 | US dollars | actual | 2016 | pledge financing of patents and trademarks
            003_835ca7036c13869d#p63/f6 | 218 billion yuan | 218000000000 | yuan | actual | 2020 | pledge financing of patents and trademarks
            003_835ca7036c13869d#p63/f7 | 11.5 trillion yuan | 11500000000000 | yuan | actual | 2019 | added-value of China's patent-intensive industries
            003_835ca7036c13869d#p63/f8 | 11.6% | 11.6 | % | actual | 2019 | added-value of China's patent-intensive industries (share of GDP)
            003_835ca7036c13869d#p63/f9 | 408 | 408 | brands | actual | 2020 | Chinese brands
            003_835ca7036c13869d#p63/f10 | $1.6 trillion | 1600000000000 | US dollars | actual | 2020 | Chinese brands
            003_835ca7036c13869d#p63/f11 | 5,000 | 5000 | brands | actual | 2020 | brands
            003_835ca7036c13869d#p65/f1 | ten | 10 | sub-centers | actual | - | local sub-centers
            003_835ca7036c13869d#p65/f2 | more than 300 | 300 | cases | actual | 2021-04-25 | cases
            003_835ca7036c13869d#p65/f3 | 1,339 | 1339 | treaties | actual | 2021-04-25 | IP laws regulations and international treaties
            003_835ca7036c13869d#p65/f4 | 189 | 189 | regions | actual | 2021-04-25 | countries and regions
            003_835ca7036c13869d#p65/f5 | more than 40 | 40 | guidelines | actual | 2021-04-25 | guidelines
            003_835ca7036c13869d#p66/f1 | more than 45,000 | 45000 | people | actual | 2021-04-25 | people"#]],
    );
}

#[test]
fn seed_entities_and_alias_groups() {
    let corpus = data::corpus();
    let lines: Vec<String> = corpus
        .entities
        .iter()
        .map(|e| {
            let role = e
                .role
                .as_deref()
                .map(|r| format!(" ({r})"))
                .unwrap_or_default();
            let aliases = if e.aliases.is_empty() {
                String::new()
            } else {
                format!(" = {}", e.aliases.join(" = "))
            };
            format!(
                "{} {}{aliases}{role}: {}",
                e.kind.as_str(),
                e.name,
                e.mentions.len()
            )
        })
        .collect();
    check(
        &lines.join("\n"),
        expect![[r#"
            programme 12th Five-Year Plan: 1
            programme 13th Five-Year Plan: 10
            organisation 13th National People's Congress: 1
            programme 14th Five-Year Plan: 22
            programme 14th Five-Year Plan for Intellectual Property Talents = 14th Five-Year Plan for Intellectual Property Talent: 2
            organisation 19th CPC Central Committee: 4
            organisation 19th National Congress of the Communist Party of China = 19th CPC National Congress: 2
            organisation 20th National Congress of the Communist Party of China = 20th National Congress of the CPC: 1
            programme 25th Group Study Session: 2
            programme 5th Plenary Sessions: 1
            concept artificial intelligence = AI: 7
            place Beijing: 10
            organisation Beijing Municipal Intellectual Property Office: 1
            programme Beijing Treaty on Audiovisual Performances: 2
            person Cai Xin (Deputy Director General of the Beijing Municipal Intellectual Property Office): 1
            organisation Central Committee of the CPC = CPC Central Committee: 15
            person Chen Xiangrong: 1
            place China: 47
            organisation China Central Television = CCTV: 1
            organisation China Daily: 0
            programme China-EU Agreement on Geographical Indications: 1
            organisation China Financial and Economic News: 0
            programme China High-level Forum on Intellectual Property Right Protection: 1
            organisation China Intellectual Property News: 2
            organisation China Intellectual Property Training Center = CIPTC: 3
            organisation China Media Group: 0
            organisation China National Intellectual Property Administration = CNIPA = NIPA = National Intellectual Property Administration: 47
            programme China's Copyright Law = Copyright Law: 3
            programme China's Patent Law = Patent Law: 2
            programme China Story: 1
            organisation Chinese Academy of Engineering: 1
            organisation Chinese Academy of Sciences: 2
            programme Chinese Government IP Master's Program: 1
            place Chongli District of Zhangjiakou City in Hebei Province: 1
            programme CNIPA Open Day: 1
            organisation Communist Party of China = CPC: 17
            organisation CRI: 0
            person Ding Zhen (a social media influencer in China): 1
            organisation European Union = EU: 2
            person Feng Zhaolong (First-Class Inspector of the Personnel Department of the CNIPA): 1
            programme Five-Year Plan: 30
            place Fujian: 1
            organisation GCC Patent Office: 1
            organisation General Affairs Office of the CNIPA: 1
            programme Geographical Indication Law: 1
            concept geographical indications = GI: 3
            programme Global Innovation Index: 1
            place Guangdong: 4
            place Guangdong-Hong Kong-Macao Greater Bay Area: 1
            organisation Guangming Daily: 1
            place Guangzhou: 1
            programme Guidelines on Enhancing IPR: 1
            programme Hague Agreement Concerning the International Deposit of Industrial Designs: 1
            organisation Hainan Free Trade Port Intellectual Property Court: 1
            person He Zhimin = Mr. He (deputy commissioner of the China National Intellectual Property Administration): 2
            place Henan: 1
            person Heng Fuguang (Spokesperson and Deputy Director General of the General Affairs Office of the CNIPA): 2
            place Hong Kong: 3
            place Hubei: 1
            programme Implementing the Outline: 1
            place Inner Mongolia: 1
            concept intellectual property = IP = IPs: 55
            concept intellectual property rights = IPR = IPRs: 37
            programme Intellectual Property Service Tour: 1
            programme IP Outreach to Campuses: 1
            programme IP Outreach to Schools: 1
            programme IP Publicity Week: 5
            place Jiangsu: 2
            organisation Leading Party Members Group of the NIPA: 2
            person Li Keqiang: 1
            person Liu Jian (Deputy Director General (Acting Head) of the China Intellectual Property Training Center): 1
            programme Madrid Protocol: 1
            organisation Ministry of Education: 1
            organisation Ministry of Finance: 1
            organisation Ministry of Science and Technology: 1
            organisation National Center for Science and Technology Evaluation: 1
            organisation National Guidance Center for Handling Overseas Intellectual Property Disputes: 2
            organisation National Intellectual Property Expert Advisory Committee: 1
            programme National Intellectual Property Publicity Week = National IP Publicity Week: 9
            organisation National Laboratory IP Expert Advisory Committee: 1
            programme Notice on Further Strengthening Intellectual Property Pledge Financing Work: 1
            programme Notice on Regulating the Copyright Order of Photography Works: 1
            programme Notice on Strengthening Copyright Management of Online Literary Works: 1
            programme Opinions on Strengthening Intellectual Property Rights Protection: 1
            programme Outline of the National Intellectual Property Strategy = Outline of National Intellectual Property Strategy: 4
            programme Outlines for Building: 2
            person Ouyang Zhongcan: 1
            programme Patent Cooperation Treaty: 1
            organisation Peking University: 1
            organisation Personnel Department of the CNIPA = Personnel Department: 2
            organisation Phoenix TV: 0
            organisation PICC Property and Casualty Company Limited: 1
            organisation Political Bureau of the CPC Central Committee = Political Bureau: 6
            programme Professional Master's Program in Intellectual Property: 1
            organisation Publicity Department of the Communist Party of China Central Committee: 1
            organisation Red Star News: 0
            programme Regional Comprehensive Economic Partnership = RCEP: 2
            organisation Renmin University of China: 1
            person Sa Beining (a famous anchorman of China Central Television (CCTV)): 1
            programme Salon for Innovation and High-Quality Development of Intellectual Property: 1
            place Sangzhi County of Hunan Province: 1
            organisation School of Law: 1
            place Shanghai: 5
            place Shanghai Pilot Free Trade Zone: 1
            person Shen Changyu = Mr. Shen (commissioner of the China National Intellectual Property Administration): 4
            place Sichuan: 1
            organisation Standing Committee: 1
            organisation State Council: 10
            organisation State Council Information Office = SCIO: 2
            person Sun Wei (Head of the China Intellectual Property Training Center): 1
            organisation Supreme People's Court: 1
            organisation Supreme People's Procuratorate: 1
            programme Sword Net: 3
            organisation ThePaper.cn: 0
            organisation Tianjin University: 1
            programme Tongji IP Master's Program: 1
            organisation Tongji University: 1
            programme Trademark Law: 3
            programme Training Seminar on Intellectual Property: 1
            organisation Tsinghua University: 2
            person Wang Yong: 1
            organisation WIPO Academy: 1
            organisation WIPO Arbitration and Mediation Center: 1
            organisation WIPO China Office: 1
            programme World Intellectual Property Day: 1
            organisation World Intellectual Property Organization = WIPO: 7
            place Wuhan: 1
            person Xi Jinping: 14
            person Xing Huina (deputy head of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO): 0
            organisation Xinhua News Agency: 1
            place Xinjiang: 1
            programme Young Innovators: 1
            person Yu Cike = Mr. Yu (director general of the Copyright Management Department of the Publicity Department of the Central Committee of the Communist Party of China): 3
            place Yunnan: 1
            person Zhang Zhicheng (Director General of the Personnel Department at the CNIPA): 1
            place Zhejiang: 1
            organisation Zhengzhou University: 1
            person Zhou Guangquan (Dean of the School of Law at Tsinghua University): 1"#]],
    );
}

#[test]
fn seed_metric_series() {
    let corpus = data::corpus();
    let lines: Vec<String> = corpus
        .series
        .iter()
        .map(|s| {
            let points: Vec<String> = s
                .facts
                .iter()
                .map(|&f| {
                    let fact = &corpus.facts[f as usize];
                    format!(
                        "{} {} @{}",
                        fact.kind.as_str(),
                        fact.value,
                        fact.date.as_deref().unwrap_or("doc date")
                    )
                })
                .collect();
            format!("{} [{}]: {}", s.measure, s.unit, points.join(", "))
        })
        .collect();
    check(
        &lines.join("\n"),
        expect![[r#"
        patent and trademark pledge financing [yuan]: actual 84850000000 @2016, actual 218000000000 @2020
        IP professionals [people]: actual 690000 @2020, actual 690000 @2022-03-30, actual 860000 @2023-12, target 1000000 @2025"#]],
    );
}

#[test]
fn seed_compile_issues_are_only_the_expected_warnings() {
    let (_, issues) = corpus::compile(&seed_files());
    let shown: Vec<String> = issues
        .iter()
        .map(|i| format!("{:?} {i}", i.severity))
        .collect();
    check(
        &shown.join("\n"),
        expect!["Warning 002_a2777ba34e8ebefe.txt:2: no headline; the title is made from the lead"],
    );
}

fn seed_files() -> Vec<SourceFile> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| SourceFile {
            name: e.file_name().to_string_lossy().into_owned(),
            bytes: std::fs::read(e.path()).unwrap(),
        })
        .collect()
}

// ---- Corpus compiler: a fixture page of every messy shape ----

fn file(name: &str, text: &str) -> SourceFile {
    SourceFile {
        name: name.into(),
        bytes: text.as_bytes().to_vec(),
    }
}

const FIXTURE_TRANSCRIPT: &str = "Home News Events About Us Links
Press briefing on the patent
work plan
Xiamen | 3 p.m. May 8, 2023

The Patent Office held a briefing.

Speakers:

Lin Hao, director of the Patent Office (PO)

Read in Chinese

Lin Hao:

Good afternoon. In 2022, the office granted 12,500 invention patents, up 8.5 percent year on year. We set a goal of 20,000 by 2025. The review period was cut to 15 months.

_ueditor_page_break_tag_

Harbour Daily:

How many agents are there? Thank you.

Lin Hao:

As of the end of 2022, there were 3,400 patent agents, up from 2,900 in 2020. Licensing income reached $1.2 billion.

/3    Lin Hao

>> Back

This website uses cookies. Accept
";

/// One line per passage: its id, a label (speaker or section, `-` when none)
/// and its text.
fn render_passages(corpus: &Corpus, label: impl Fn(&Passage) -> Option<&str>) -> String {
    corpus
        .passages
        .iter()
        .map(|p| format!("{} [{}] {}\n", p.id, label(p).unwrap_or("-"), p.text))
        .collect()
}

#[test]
fn fixture_transcript_comes_out_clean() {
    let (corpus, issues) = corpus::compile(&[file("t.txt", FIXTURE_TRANSCRIPT)]);
    assert_eq!(issues, []);
    let mut out = render_documents(&corpus);
    out.push_str(&render_passages(&corpus, |p| p.speaker.as_deref()));
    out.push_str(&render_facts(&corpus));
    check(
        &out,
        expect![[r#"
        t
          title: Press briefing on the patent work plan
          kind: transcript | date: 2023-05-08 (day) | source: -
          passages: 4 | words: 66 | sections: 0
          speakers: Lin Hao, Harbour Daily
        t#p1 [-] The Patent Office held a briefing.
        t#p2 [Lin Hao] Good afternoon. In 2022, the office granted 12,500 invention patents, up 8.5 percent year on year. We set a goal of 20,000 by 2025. The review period was cut to 15 months.
        t#p3 [Harbour Daily] How many agents are there? Thank you.
        t#p4 [Lin Hao] As of the end of 2022, there were 3,400 patent agents, up from 2,900 in 2020. Licensing income reached $1.2 billion.
        t#p2/f1 | 12,500 | 12500 | patents | actual | 2022 | invention patents granted
        t#p2/f2 | 8.5 percent | 8.5 | % | change | 2022 | invention patents granted
        t#p2/f3 | 20,000 | 20000 | patents | target | 2025 | invention patents granted
        t#p2/f4 | 15 | 15 | months | actual | 2022 | review period
        t#p4/f1 | 3,400 | 3400 | people | actual | 2022-12 | patent agents
        t#p4/f2 | 2,900 | 2900 | people | actual | 2020 | patent agents
        t#p4/f3 | $1.2 billion | 1200000000 | US dollars | actual | 2022-12 | Licensing income"#]],
    );
}

const FIXTURE_REPORT: &str = "---
title: Chapter on training
date: 2022
kind: report
---
1.1 Training courses

In 2022, the center trained more than 4,500 people in the

Northern Region and held 30

online sessions. The 3rd Five-Year Plan and the 19th Congress set no figures.

Captioned photo of the class

1.2 Outreach

It reached 1.4M views.
";

#[test]
fn fixture_report_with_front_matter_and_page_breaks() {
    let (corpus, issues) = corpus::compile(&[file("r.md", FIXTURE_REPORT)]);
    assert_eq!(issues, []);
    let mut out = render_documents(&corpus);
    out.push_str(&render_passages(&corpus, |p| p.section.as_deref()));
    out.push_str(&render_facts(&corpus));
    check(
        &out,
        expect![[r#"
            r
              title: Chapter on training
              kind: report | date: 2022 (year) | source: -
              passages: 2 | words: 33 | sections: 2
              speakers: -
            r#p1 [1.1 Training courses] In 2022, the center trained more than 4,500 people in the Northern Region and held 30 online sessions. The 3rd Five-Year Plan and the 19th Congress set no figures.
            r#p2 [1.2 Outreach] It reached 1.4M views.
            r#p1/f1 | more than 4,500 | 4500 | people | actual | 2022 | people trained by the center
            r#p1/f2 | 30 | 30 | sessions | actual | 2022 | online sessions
            r#p2/f1 | 1.4M | 1400000 | views | actual | - | views"#]],
    );
}

const FIXTURE_WIRE: &str = "Home | News | Policies | Services | Contact
China's patent filings rise
in 2023
Xinhua | January 16, 2024

BEIJING, Jan. 16 (Xinhua) -- China's invention patent filings reached 1.68 million in 2023, up 12.3 percent year on year, the China National Intellectual Property Administration (CNIPA) said on Tuesday.

The number of high-value invention patents per 10,000 people reached 11.8 by the end of 2023, the CNIPA said. The country aims to raise the figure to 12 by 2025, according to Hu Wenhui, deputy head of the CNIPA.

Trademark registrations

A total of 4.38 million trademarks were registered last year, while 2,800 trademark cases were handled by market regulators, Hu said.

Share:
Print
Editor: Liu Yang
";

#[test]
fn fixture_wire_story_with_menu_and_lead_dateline() {
    let (corpus, issues) = corpus::compile(&[file("w.txt", FIXTURE_WIRE)]);
    assert_eq!(issues, []);
    let mut out = render_documents(&corpus);
    out.push_str(&render_passages(&corpus, |p| p.section.as_deref()));
    out.push_str(&render_facts(&corpus));
    check(
        &out,
        expect![[r#"
        w
          title: China's patent filings rise in 2023
          kind: news | date: 2024-01-16 (day) | source: -
          passages: 2 | words: 85 | sections: 1
          speakers: -
        w#p1 [-] China's invention patent filings reached 1.68 million in 2023, up 12.3 percent year on year, the China National Intellectual Property Administration (CNIPA) said on Tuesday.

        The number of high-value invention patents per 10,000 people reached 11.8 by the end of 2023, the CNIPA said. The country aims to raise the figure to 12 by 2025, according to Hu Wenhui, deputy head of the CNIPA.
        w#p2 [Trademark registrations] A total of 4.38 million trademarks were registered last year, while 2,800 trademark cases were handled by market regulators, Hu said.
        w#p1/f1 | 1.68 million | 1680000 | filings | actual | 2023 | China's invention patent filings
        w#p1/f2 | 12.3 percent | 12.3 | % | change | 2023 | China's invention patent filings
        w#p1/f3 | 11.8 | 11.8 | patents per 10,000 people | actual | 2023-12 | high-value invention patents per 10,000 people
        w#p1/f4 | 12 | 12 | patents per 10,000 people | target | 2025 | high-value invention patents per 10,000 people
        w#p2/f1 | 4.38 million | 4380000 | trademarks | actual | 2023 | trademarks registered
        w#p2/f2 | 2,800 | 2800 | cases | actual | 2023 | trademark cases handled"#]],
    );
}

const FIXTURE_INLINE_TRANSCRIPT: &str = "---
source: State Council Information Office
---
# Transcript of the press conference on trademark protection

Release time:2023-04-19

**Moderator:** Good morning. Today we have Mr. Zhao Lei, deputy commissioner of the Trademark Office, with us.

Zhao Lei: Thank you. In 2022, we handled 45,000 trademark infringement cases, a year-on-year increase of 6 percent. By 2025, the number of registered trademarks will reach 50 million.

People's Daily: How will you fight bad-faith filings? Thank you.

Zhao Lei: We rejected 1.2 million bad-faith applications last year, and cut the examination period to 4 months.

Moderator: Thank you.
";

#[test]
fn fixture_markdown_transcript_with_inline_turns() {
    let (corpus, issues) = corpus::compile(&[file("m.md", FIXTURE_INLINE_TRANSCRIPT)]);
    assert_eq!(issues, []);
    let mut out = render_documents(&corpus);
    out.push_str(&render_passages(&corpus, |p| p.speaker.as_deref()));
    out.push_str(&render_facts(&corpus));
    let people: Vec<String> = corpus
        .entities
        .iter()
        .map(|e| format!("\n{} {} {:?}", e.kind.as_str(), e.name, e.aliases))
        .collect();
    out.push_str(&people.concat());
    check(
        &out,
        expect![[r#"
            m
              title: Transcript of the press conference on trademark protection
              kind: transcript | date: 2023-04-19 (day) | source: State Council Information Office
              passages: 5 | words: 69 | sections: 0
              speakers: Moderator, Zhao Lei, People's Daily
            m#p1 [Moderator] Good morning. Today we have Mr. Zhao Lei, deputy commissioner of the Trademark Office, with us.
            m#p2 [Zhao Lei] Thank you. In 2022, we handled 45,000 trademark infringement cases, a year-on-year increase of 6 percent. By 2025, the number of registered trademarks will reach 50 million.
            m#p3 [People's Daily] How will you fight bad-faith filings? Thank you.
            m#p4 [Zhao Lei] We rejected 1.2 million bad-faith applications last year, and cut the examination period to 4 months.
            m#p5 [Moderator] Thank you.
            m#p2/f1 | 45,000 | 45000 | cases | actual | 2022 | trademark infringement cases handled
            m#p2/f2 | 6 percent | 6 | % | change | 2022 | trademark infringement cases handled
            m#p2/f3 | 50 million | 50000000 | trademarks | target | 2025 | registered trademarks
            m#p4/f1 | 1.2 million | 1200000 | applications | actual | 2022 | bad-faith applications rejected
            m#p4/f2 | 4 | 4 | months | actual | 2022 | examination period
            organisation People's Daily []
            organisation Trademark Office []
            person Zhao Lei ["Mr. Zhao"]"#]],
    );
}

const FIXTURE_NEWS: &str = "- Home
- News
- Policy
- About
Guangdong sets up 12 new IP protection centers
Updated: 2024-01-05 10:30
By Li Ming | China Daily

Visitors look at patented products at an expo in Guangzhou. [Photo/Xinhua]

South China's Guangdong province has set up 12 new intellectual property protection centers this year, bringing the total to 30, the provincial government said on Thursday.

The centers handled more than 8,000 patent pre-examination requests in 2023, cutting the average examination time from 22 months to 3 months, said Wang Fang, director of the Guangdong Intellectual Property Administration.

\"We aim to have 40 centers by 2025,\" Wang said.

Related stories
";

#[test]
fn fixture_news_page_with_bullet_menu_byline_and_photo_caption() {
    let (corpus, issues) = corpus::compile(&[file("n.txt", FIXTURE_NEWS)]);
    assert_eq!(issues, []);
    let mut out = render_documents(&corpus);
    out.push_str(&render_passages(&corpus, |p| p.section.as_deref()));
    out.push_str(&render_facts(&corpus));
    let entities: Vec<String> = corpus
        .entities
        .iter()
        .map(|e| format!("\n{} {} {:?}", e.kind.as_str(), e.name, e.role))
        .collect();
    out.push_str(&entities.concat());
    check(
        &out,
        expect![[r#"
        n
          title: Guangdong sets up 12 new IP protection centers
          kind: news | date: 2024-01-05 (day) | source: China Daily
          passages: 1 | words: 68 | sections: 0
          speakers: -
        n#p1 [-] South China's Guangdong province has set up 12 new intellectual property protection centers this year, bringing the total to 30, the provincial government said on Thursday.

        The centers handled more than 8,000 patent pre-examination requests in 2023, cutting the average examination time from 22 months to 3 months, said Wang Fang, director of the Guangdong Intellectual Property Administration.

        "We aim to have 40 centers by 2025," Wang said.
        n#p1/f1 | 12 | 12 | centers | actual | 2024 | new intellectual property protection centers
        n#p1/f2 | 30 | 30 | centers | actual | 2024 | new intellectual property protection centers
        n#p1/f3 | more than 8,000 | 8000 | requests | actual | 2023 | patent pre-examination requests handled
        n#p1/f4 | 22 | 22 | months | actual | - | examination time
        n#p1/f5 | 3 | 3 | months | actual | 2023 | examination time
        n#p1/f6 | 40 | 40 | centers | target | 2025 | centers
        place China None
        place Guangdong None
        organisation Guangdong Intellectual Property Administration None
        concept intellectual property None
        person Wang Fang Some("director of the Guangdong Intellectual Property Administration")"#]],
    );
}

// ---- Corpus compiler: determinism and bad input ----

#[test]
fn compile_output_is_byte_identical_whatever_the_file_order() {
    let mut files = vec![
        file("b.txt", FIXTURE_TRANSCRIPT),
        file("a.md", FIXTURE_REPORT),
        file(
            "c.txt",
            "A headline\n\nSome 40 people came on June 2, 2020.",
        ),
    ];
    let (first, _) = corpus::compile(&files);
    files.reverse();
    let (second, _) = corpus::compile(&files);
    files.swap(0, 1);
    let (third, _) = corpus::compile(&files);
    assert_eq!(corpus::encode(&first), corpus::encode(&second));
    assert_eq!(corpus::encode(&first), corpus::encode(&third));
    assert_eq!(corpus::decode(&corpus::encode(&first)), Ok(first));
}

fn issue(file: &str, line: Option<usize>, severity: Severity, message: &str) -> Issue {
    Issue {
        file: file.into(),
        line,
        severity,
        message: message.into(),
    }
}

#[test]
fn bad_input_is_reported_with_file_and_line() {
    let oversized = vec![b'a'; corpus::source::MAX_FILE_BYTES + 1];
    let files = vec![
        file("01_good.txt", "Good headline\n\nGood text with 5 cases."),
        SourceFile {
            name: "02_bytes.txt".into(),
            bytes: b"Headline\n\nbad \xff byte\n".to_vec(),
        },
        file("03_empty.md", " \n\n"),
        file("04_copy.txt", "Good headline\n\nGood text with 5 cases."),
        file(
            "05_front.md",
            "---\ntitle: Fine\nkind: poem\n---\nBody text here.\n",
        ),
        file("06_unclosed.md", "---\ntitle: Never closed\n\nBody text.\n"),
        SourceFile {
            name: "07_big.txt".into(),
            bytes: oversized,
        },
        file("08_scan.pdf", "%PDF-1.4"),
    ];
    let (corpus, issues) = corpus::compile(&files);
    assert_eq!(
        issues,
        [
            issue("02_bytes.txt", Some(3), Severity::Error, "not valid UTF-8"),
            issue("03_empty.md", None, Severity::Error, "empty file"),
            issue(
                "04_copy.txt",
                None,
                Severity::Error,
                "duplicate document: same text as 01_good.txt"
            ),
            issue(
                "05_front.md",
                Some(3),
                Severity::Error,
                "front matter kind `poem` is not transcript, news, report or notice"
            ),
            issue(
                "06_unclosed.md",
                Some(1),
                Severity::Error,
                "front matter is not closed by a `---` line"
            ),
            issue(
                "07_big.txt",
                None,
                Severity::Error,
                "file is 8388609 bytes, over the limit of 8388608"
            ),
            issue(
                "08_scan.pdf",
                None,
                Severity::Warning,
                "skipped: cannot be read: cannot read the PDF: couldn't parse input"
            ),
        ]
    );
    let ids: Vec<&str> = corpus.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["01_good", "05_front", "06_unclosed"]);
}

/// Odd text (pieces of every pattern the compiler reads, glued at random
/// with multi-byte characters) never makes the compiler panic: a bad seed
/// must give an issue, never a crashed build. 30,000 cases ran clean in a
/// release build; the test keeps a few hundred.
#[test]
fn compile_never_panics_on_odd_text() {
    let n: u64 = 300;
    let pieces = [
        "1",
        "2,000",
        "3.5",
        "%",
        "$",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        "-",
        "–",
        "—",
        "“",
        "”",
        "\"",
        "'",
        "(",
        ")",
        "[",
        "]",
        ":",
        ",",
        ".",
        "?",
        "¹",
        "é",
        "中文",
        "million",
        "billion",
        "per",
        "the",
        "of",
        "and",
        "April",
        "Nov.",
        "2021",
        "2016–2020",
        "14th",
        "Five-Year",
        "Plan",
        "up",
        "from",
        "to",
        "by",
        "end",
        "of",
        "Mr.",
        "Shen",
        "Changyu",
        "Speakers",
        "Daily",
        "(IP)",
        "IP",
        "IPR",
        "two-thirds",
        "half",
        "double",
        "the",
        "a",
        "hundred",
        "_ueditor_page_break_tag_",
        "---",
        "title:",
        "# ",
        "- ",
        "* ",
        "/5",
        "Source:",
        "Updated:",
        "|",
        "BEIJING,",
        "--",
        "By",
        "Page",
        "Office",
        "Week",
        "said",
        "reached",
        "increase",
        "of",
        "first",
        "place",
        "https://x.cn/a_1",
        "s",
        "'s",
        "’s",
        "\u{a0}",
        "\t",
        "\r\n",
        "Q",
        "A",
        "Zhao Lei:",
        "People's",
        "·",
        "…",
    ];
    let mut seed: u64 = 0x2545F4914F6CDD1D;
    for case in 0..n {
        let mut text = String::new();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let len = (seed % 400) as usize;
        for _ in 0..len {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
        }
        let result = std::panic::catch_unwind(|| corpus::compile(&[file("f.txt", &text)]));
        assert!(result.is_ok(), "case {case} panicked on {text:?}");
    }
}

// ---- JS API records for the compiled corpus ----

#[test]
fn documents_record_has_every_design_field() {
    let docs = records::documents(&data::corpus());
    let transcript = docs
        .iter()
        .find(|d| d.kind == "transcript")
        .expect("a transcript");
    assert!(transcript.date.as_deref().is_some_and(|d| d.len() == 10));
    assert!(transcript.speakers.len() >= 2);
    assert!(docs.iter().all(|d| d.passages > 0 && d.words > 100));
}

#[test]
fn entities_record_counts_mentions_and_lists_passages() {
    let corpus = data::corpus();
    let records = entities::entities(&corpus);
    let cnipa = records
        .iter()
        .find(|e| e.aliases.iter().any(|a| a == "CNIPA"))
        .expect("CNIPA");
    assert!(cnipa.aliases.iter().any(|a| a == "NIPA"));
    assert_eq!(cnipa.kind, "organisation");
    assert_eq!(cnipa.mentions, cnipa.passages.len());
    assert!(cnipa
        .passages
        .iter()
        .all(|p| corpus.passages.iter().any(|q| &q.id == p)));
}

#[test]
fn facts_record_filters_by_doc_measure_and_query() {
    let engine = Engine::new(data::corpus());
    let corpus = engine.corpus();
    let all = facts::facts(&engine, &facts::FactOptions::default());
    assert_eq!(all.len(), corpus.facts.len());
    let doc = corpus.documents[2].id.clone();
    let in_doc = facts::facts(
        &engine,
        &facts::FactOptions {
            doc: Some(doc.clone()),
            ..Default::default()
        },
    );
    assert!(!in_doc.is_empty() && in_doc.iter().all(|f| f.doc == doc));
    let talent = facts::facts(
        &engine,
        &facts::FactOptions {
            measure: Some("PROFESSIONALS".into()),
            ..Default::default()
        },
    );
    assert!(talent
        .iter()
        .any(|f| f.value == 690_000.0 && f.unit == "people"));
    assert!(talent
        .iter()
        .all(|f| f.measure.to_lowercase().contains("professionals")));
    // A query narrows to facts whose passage or measure matches it.
    let queried = facts::facts(
        &engine,
        &facts::FactOptions {
            query: "IP professionals".into(),
            ..Default::default()
        },
    );
    assert!(!queried.is_empty() && queried.len() < all.len());
    assert!(queried.iter().any(|f| f.value == 690_000.0));
    let filtered = facts::facts(
        &engine,
        &facts::FactOptions {
            filters: [("kind".to_string(), vec!["transcript".to_string()])].into(),
            ..Default::default()
        },
    );
    let transcripts: Vec<&str> = corpus
        .documents
        .iter()
        .filter(|d| d.kind.as_str() == "transcript")
        .map(|d| d.id.as_str())
        .collect();
    assert!(
        !filtered.is_empty()
            && filtered
                .iter()
                .all(|f| transcripts.contains(&f.doc.as_str()))
    );
}
