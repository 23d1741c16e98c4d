//! The any-corpus fixtures (`tests/anycorpus/`): one file per input shape the
//! seeds lack — a saved HTML page with site chrome, a two-page PDF, a Markdown
//! file with a table, two interviews and a signed notice — compiled as
//! build.rs compiles `seeds/`, with snapshots of each document's title, date,
//! source, kind, speakers, sections, passages and facts. Plus the hostile
//! inputs of the new formats: each gives a message, never a panic or a hang.

use std::path::{Path, PathBuf};

use ipx_corpus::{compile, read_source_dir, Corpus, Issue, Severity, SourceFile};

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/anycorpus")
}

fn compiled() -> (Corpus, Vec<Issue>) {
    let files = read_source_dir(&fixture_dir()).expect("fixture directory");
    compile(&files)
}

/// One document as text: metadata, passages and facts.
fn show(corpus: &Corpus, id: &str) -> String {
    let (idx, doc) = corpus
        .documents
        .iter()
        .enumerate()
        .find(|(_, d)| d.id == id)
        .unwrap_or_else(|| panic!("no document {id}"));
    let mut out = format!(
        "title: {}\ndate: {}\nsource: {}\nkind: {}\nspeakers: {:?}\nsections: {:?}\n",
        doc.title,
        doc.date
            .map(|d| format!("{} ({})", d.iso(), d.precision()))
            .unwrap_or_else(|| "-".into()),
        doc.source.as_deref().unwrap_or("-"),
        doc.kind.as_str(),
        doc.speakers,
        doc.sections,
    );
    for p in &corpus.passages[doc.passages.start as usize..doc.passages.end as usize] {
        out.push_str(&format!(
            "[{} | {}]\n  {}\n",
            p.section.as_deref().unwrap_or("-"),
            p.speaker.as_deref().unwrap_or("-"),
            p.text.replace("\n\n", "\n  ")
        ));
    }
    for f in corpus.facts.iter().filter(|f| f.doc as usize == idx) {
        out.push_str(&format!(
            "fact {} {} | {} | {} | {} | {:?}\n",
            f.value,
            f.unit,
            f.measure,
            f.date.as_deref().unwrap_or("-"),
            f.kind.as_str(),
            f.text
        ));
    }
    out
}

#[test]
fn every_fixture_compiles_without_messages() {
    let (corpus, issues) = compiled();
    let shown: Vec<String> = issues.iter().map(ToString::to_string).collect();
    expect_test::expect![[r#""#]].assert_eq(&shown.join("\n"));
    assert_eq!(corpus.documents.len(), 6);
}

#[test]
fn html_page_with_site_chrome() {
    let (corpus, _) = compiled();
    expect_test::expect![[r#"
        title: Provincial office opens patent fast-track centre
        date: 2024-06-18 (day)
        source: Riverside Daily
        kind: news
        speakers: []
        sections: ["Applications in recent years"]
        [- | -]
          The provincial intellectual property office opened a patent fast-track centre on Monday, which will examine applications from 1,200 local enterprises in advanced manufacturing.
          The centre aims to cut the examination time for invention patents to 6 months by 2026. It employs 85 examiners.
        [Applications in recent years | -]
          Invention patent applications (pieces) — 2022: 18,400; 2023: 21,900.
          Utility model applications (pieces) — 2022: 40,250; 2023: 43,100.
        fact 1200 enterprises | local enterprises | - | actual | "1,200"
        fact 6 months | examination time for invention patents | 2026 | target | "6"
        fact 85 people | examiners employed | 2024-06-18 | actual | "85"
        fact 18400 pieces | invention patent applications | 2022 | actual | "18,400"
        fact 21900 pieces | invention patent applications | 2023 | actual | "21,900"
        fact 40250 pieces | utility model applications | 2022 | actual | "40,250"
        fact 43100 pieces | utility model applications | 2023 | actual | "43,100"
    "#]].assert_eq(&show(&corpus, "a1_office_news_page"));
}

#[test]
fn two_page_pdf() {
    let (corpus, _) = compiled();
    expect_test::expect![[r#"
        title: Patent Agency Development in the Harbour Region
        date: 2024-02-27 (day)
        source: -
        kind: news
        speakers: []
        sections: ["Agencies and attorneys"]
        [- | -]
          By the end of 2023, the region had 412 patent agencies, serving more than 9,300 enterprises. The agencies employed 2,870 licensed patent attorneys, up 11% on the year before. Most of them work in the three largest cities.
        [Agencies and attorneys | -]
          Patent agencies — 2022: 371; 2023: 412.
          Licensed patent attorneys — 2022: 2,585; 2023: 2,870.
          The agencies handled 61,000 invention patent applications in 2023, about a third of all applications filed in the region.
          The office plans to train 500 new attorneys by 2025.
        fact 412 agencies | patent agencies | 2023-12 | actual | "412"
        fact 9300 enterprises | enterprises | 2023-12 | actual | "more than 9,300"
        fact 2870 attorneys | licensed patent attorneys employed | 2023-12 | actual | "2,870"
        fact 11 % | licensed patent attorneys employed | 2023-12 | change | "11%"
        fact 371 agencies | patent agencies | 2022 | actual | "371"
        fact 412 agencies | patent agencies | 2023 | actual | "412"
        fact 2585 attorneys | licensed patent attorneys | 2022 | actual | "2,585"
        fact 2870 attorneys | licensed patent attorneys | 2023 | actual | "2,870"
        fact 61000 applications | invention patent applications handled | 2023 | actual | "61,000"
        fact 33.33 % | share of all applications handled by invention patent applications | 2023 | actual | "about a third"
        fact 500 attorneys | new attorneys trained | 2025 | target | "500"
    "#]].assert_eq(&show(&corpus, "a2_agency_report"));
}

#[test]
fn markdown_with_a_table() {
    let (corpus, _) = compiled();
    expect_test::expect![[r#"
        title: Patent and trademark indicators, 2021 to 2023
        date: 2024-01-15 (day)
        source: -
        kind: news
        speakers: []
        sections: ["Main indicators", "Notes"]
        [- | -]
          The table below lists the main indicators of the province for the last three years. Figures for 2023 are preliminary.
        [Main indicators | -]
          Invention patents granted — 2021: 9,860; 2022: 11,240; 2023: 12,910.
          Trademark registrations (10,000) — 2021: 31.2; 2022: 28.7; 2023: 27.5.
          Patent pledge financing (billion yuan) — 2021: 4.6; 2022: 5.9; 2023: 7.3.
        [Notes | -]
          - Figures are rounded.
          - Trademark registrations count classes, not applications.
          - Sources are the office's annual reports.
        fact 9860 patents | invention patents granted | 2021 | actual | "9,860"
        fact 11240 patents | invention patents granted | 2022 | actual | "11,240"
        fact 12910 patents | invention patents granted | 2023 | actual | "12,910"
        fact 312000 registrations | trademark registrations | 2021 | actual | "31.2"
        fact 287000 registrations | trademark registrations | 2022 | actual | "28.7"
        fact 275000 registrations | trademark registrations | 2023 | actual | "27.5"
        fact 4600000000 yuan | patent pledge financing | 2021 | actual | "4.6"
        fact 5900000000 yuan | patent pledge financing | 2022 | actual | "5.9"
        fact 7300000000 yuan | patent pledge financing | 2023 | actual | "7.3"
    "#]].assert_eq(&show(&corpus, "a3_indicators_table"));
}

#[test]
fn question_and_answer_interview() {
    let (corpus, _) = compiled();
    expect_test::expect![[r#"
        title: Helping small firms turn patents into loans
        date: 2024-05-20 (day)
        source: Harbour Economic Daily
        kind: transcript
        speakers: ["Interviewer", "Chen Hong"]
        sections: []
        [- | -]
          The city's intellectual property bureau plans to lift patent pledge loans to 10 billion yuan by 2027. Our reporter spoke with Chen Hong, director of the bureau, about the plan for 2027.
        [- | Interviewer]
          How many firms took out pledge loans last year?
        [- | Chen Hong]
          In 2023, 640 firms borrowed against their patents, 28% more than a year earlier. The loans came to 3.2 billion yuan.
        [- | Interviewer]
          What is the goal for 2027?
        [- | Chen Hong]
          We want 1,500 firms to use pledge loans by 2027, and we will subsidise 30% of the evaluation fee.
        fact 10000000000 yuan | patent pledge loans | 2027 | target | "10 billion yuan"
        fact 640 firms | firms borrowed against their patents | 2023 | actual | "640"
        fact 28 % | firms borrowed against their patents | 2023 | change | "28%"
        fact 3200000000 yuan | loans | 2023 | actual | "3.2 billion yuan"
        fact 1500 firms | firms using pledge loans | 2027 | target | "1,500"
        fact 30 % | firms using pledge loans (share of evaluation fee) | 2027 | target | "30%"
    "#]].assert_eq(&show(&corpus, "a4_interview_qa"));
}

#[test]
fn interview_with_named_turns() {
    let (corpus, _) = compiled();
    expect_test::expect![[r#"
        title: Judges on faster trademark trials
        date: 2024-03-04 (day)
        source: -
        kind: transcript
        speakers: ["Wang Jie", "Liu Fang"]
        sections: []
        [- | -]
          Reporter Wang Jie talked with Judge Liu Fang of the intellectual property court.
        [- | Wang Jie]
          How long does a trademark case take now?
        [- | Liu Fang]
          The average trial now takes 96 days, down from 120 days in 2021.
        [- | Wang Jie]
          What will change by 2025?
        [- | Liu Fang]
          By 2025 we aim to close 90% of simple cases within 60 days.
        fact 96 days | trial (duration) | 2024-03-04 | actual | "96"
        fact 120 days | trial (duration) | 2021 | actual | "120"
        fact 90 % | share of simple cases | 2025 | target | "90%"
        fact 60 days | share of simple cases (duration) | 2025 | target | "60"
    "#]]
    .assert_eq(&show(&corpus, "a5_interview_named"));
}

#[test]
fn notice_signed_and_dated_at_its_foot() {
    let (corpus, _) = compiled();
    expect_test::expect![[r#"
        title: Notice on the Pilot Program of Patent Open Licensing
        date: 2024-04-26 (day)
        source: -
        kind: notice
        speakers: []
        sections: []
        [- | -]
          All patent holders in the pilot cities may declare open licences from June 1, 2024. Declarations must reach the office by December 31, 2024. The office will waive 50% of the annual fees for patents under open licence during the pilot.
          Contact: the Patent Administration Department, telephone 010-6208 3114.
        fact 50 % | office will waive (share of annual fees) | 2024 | target | "50%"
    "#]].assert_eq(&show(&corpus, "a6_signed_notice"));
}

/// A PDF whose objects are written out uncompressed, saved or pasted as a
/// `.txt`, reads as the PDF it is (its text laid out again), not as its
/// operators; a `.txt` that only mentions `%PDF-` later on stays text.
#[test]
fn a_pdf_saved_as_text_reads_as_the_pdf() {
    let pdf = two_page_pdf_bytes();
    let (as_pdf, _) = compile(&[file("r1_report.pdf", pdf.clone())]);
    let (as_text, issues) = compile(&[
        file("r1_report.txt", pdf),
        file(
            "r2_note.txt",
            b"A note\n\nThe header %PDF-1.4 opens every PDF; 3 patents.\n".to_vec(),
        ),
    ]);
    assert!(issues.is_empty(), "{issues:?}");
    let passages = |c: &Corpus, id: &str| -> Vec<String> {
        let doc = c.documents.iter().find(|d| d.id == id).expect(id);
        c.passages[doc.passages.start as usize..doc.passages.end as usize]
            .iter()
            .map(|p| p.text.clone())
            .collect()
    };
    assert_eq!(
        passages(&as_text, "r1_report"),
        passages(&as_pdf, "r1_report")
    );
    assert!(passages(&as_text, "r2_note")[0].contains("%PDF-1.4"));
}

/// The committed PDF fixture is exactly what [`two_page_pdf_bytes`] writes,
/// so anyone can see and change how it was made (`IPX_WRITE_FIXTURES=1`
/// rewrites it).
#[test]
fn pdf_fixture_is_the_generated_one() {
    let path = fixture_dir().join("a2_agency_report.pdf");
    let made = two_page_pdf_bytes();
    if std::env::var_os("IPX_WRITE_FIXTURES").is_some() {
        std::fs::write(&path, &made).unwrap();
    }
    assert_eq!(std::fs::read(&path).unwrap(), made);
}

/// A two-page report set in Helvetica: a running header, a headline in
/// larger type, a dateline, a paragraph with a word hyphenated at a line
/// end, a table in aligned columns, a paragraph running over the page break,
/// and `Page N of 2` footers.
fn two_page_pdf_bytes() -> Vec<u8> {
    let header = (72.0, 760.0, 9.0, "Harbour Region Patent Agency Report 2023");
    let page1: Vec<(f32, f32, f32, &str)> = vec![
        header,
        (72.0, 720.0, 16.0, "Patent Agency Development in the Harbour Region"),
        (72.0, 700.0, 10.0, "Published: February 27, 2024"),
        (72.0, 670.0, 10.0, "By the end of 2023, the region had 412 patent agencies, serving more than 9,300 enter-"),
        (72.0, 657.0, 10.0, "prises. The agencies employed 2,870 licensed patent attorneys, up 11% on the year before."),
        (72.0, 644.0, 10.0, "Most of them work in the three largest cities."),
        (72.0, 615.0, 12.0, "Agencies and attorneys"),
        (72.0, 595.0, 10.0, "Indicator"),
        (300.0, 595.0, 10.0, "2022"),
        (380.0, 595.0, 10.0, "2023"),
        (72.0, 580.0, 10.0, "Patent agencies"),
        (300.0, 580.0, 10.0, "371"),
        (380.0, 580.0, 10.0, "412"),
        (72.0, 565.0, 10.0, "Licensed patent attorneys"),
        (300.0, 565.0, 10.0, "2,585"),
        (380.0, 565.0, 10.0, "2,870"),
        (72.0, 540.0, 10.0, "The agencies handled 61,000 invention patent applications in 2023, about a third of all"),
        (280.0, 40.0, 9.0, "Page 1 of 2"),
    ];
    let page2 = vec![
        header,
        (72.0, 730.0, 10.0, "applications filed in the region."),
        (
            72.0,
            705.0,
            10.0,
            "The office plans to train 500 new attorneys by 2025.",
        ),
        (280.0, 40.0, 9.0, "Page 2 of 2"),
    ];
    let content = |runs: &[(f32, f32, f32, &str)]| {
        runs.iter()
            .map(|(x, y, size, text)| {
                let text = text
                    .replace('\\', "\\\\")
                    .replace('(', "\\(")
                    .replace(')', "\\)");
                format!("BT /F1 {size} Tf {x} {y} Td ({text}) Tj ET\n")
            })
            .collect::<String>()
    };
    let (c1, c2) = (content(&page1), content(&page2));
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [4 0 R 5 0 R] /Count 2 >>".to_string(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            .to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 6 0 R >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 7 0 R >>".to_string(),
        format!("<< /Length {} >>\nstream\n{c1}endstream", c1.len()),
        format!("<< /Length {} >>\nstream\n{c2}endstream", c2.len()),
    ];
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (n, body) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", n + 1).as_bytes());
    }
    let xref = pdf.len();
    let mut table = format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1);
    for offset in offsets {
        table.push_str(&format!("{offset:010} 00000 n \n"));
    }
    pdf.extend_from_slice(table.as_bytes());
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}

fn file(name: &str, bytes: Vec<u8>) -> SourceFile {
    SourceFile {
        name: name.into(),
        bytes,
    }
}

#[test]
fn hostile_inputs_of_the_new_formats_give_messages() {
    let pdf = two_page_pdf_bytes();
    let truncated = pdf[..pdf.len() / 2].to_vec();
    let scripts_only = b"<html><head><script>let a = '<p>not text</p>';</script></head>\
        <body><script>document.write('Home > News')</script><style>p{}</style></body></html>"
        .to_vec();
    // 10 MB of paragraphs, and a page nested 100,000 elements deep (which
    // html5ever would take hours over).
    let deep = format!("{}<p>Deep.</p>", "<div>".repeat(100_000));
    let mut huge = String::from("<html><body><h1>A very long page</h1>");
    while huge.len() < 10 * 1024 * 1024 {
        huge.push_str("<p>The office granted 5 patents in the week, and more followed.</p>");
    }
    let encrypted = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R /Encrypt << /Filter /Standard /V 1 /R 2 /O (x) /U (y) /P -4 >> >>\n%%EOF\n".to_vec();
    let scanned = {
        // A page with an image and no text.
        let text = String::from_utf8(pdf.clone()).unwrap();
        text.replace(") Tj", ") Tz").into_bytes()
    };
    let files = vec![
        file("h1_truncated.pdf", truncated),
        file("h2_scripts_only.html", scripts_only),
        file("h3_huge.html", huge.into_bytes()),
        file("h3_deep.html", deep.into_bytes()),
        file("h4_encrypted.pdf", encrypted),
        file("h5_scanned.pdf", scanned),
        file(
            "h6_not_a_pdf.pdf",
            b"<html>a page saved with the wrong name</html>".to_vec(),
        ),
        file(
            "h7_good.txt",
            b"A good file\n\nIt still builds, with 3 patents.\n".to_vec(),
        ),
    ];
    let started = std::time::Instant::now();
    let (corpus, issues) = compile(&files);
    assert!(
        started.elapsed().as_secs() < 60,
        "took {:?}",
        started.elapsed()
    );
    let shown: Vec<String> = issues
        .iter()
        .map(|i| {
            let sev = if i.severity == Severity::Error {
                "error"
            } else {
                "warning"
            };
            format!("{sev}: {i}")
        })
        .collect();
    expect_test::expect![[r#"
        warning: h1_truncated.pdf: skipped: cannot be read: the PDF is truncated (it does not end in %%EOF); copy it again
        warning: h2_scripts_only.html: skipped: no text found in it (only scripts, images or markup?)
        warning: h3_deep.html: skipped: cannot be read: its markup nests at least 100000 elements deep (the limit is 2000)
        error: h3_huge.html: its text is 9703302 bytes, over the limit of 8388608
        warning: h4_encrypted.pdf: skipped: cannot be read: the PDF is encrypted; save a copy without a password
        warning: h5_scanned.pdf: skipped: cannot be read: the PDF has no text layer (a scanned PDF?); run OCR on it first
        warning: h6_not_a_pdf.pdf: skipped: cannot be read: not a PDF file (no %PDF header)"#]].assert_eq(&shown.join("\n"));
    let ids: Vec<&str> = corpus.documents.iter().map(|d| d.id.as_str()).collect();
    expect_test::expect!["h7_good"].assert_eq(&ids.join(" "));
}

/// The fixtures dropped into the seeds, as a user would: every new document
/// comes out with its title and date, and the seed documents come out
/// exactly as they do alone.
#[test]
fn fixtures_added_to_the_seeds_leave_the_seeds_unchanged() {
    let seeds_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let seeds = read_source_dir(&seeds_dir).expect("seeds");
    let mut both = seeds.clone();
    both.extend(read_source_dir(&fixture_dir()).expect("fixtures"));
    let (alone, _) = compile(&seeds);
    let (together, _) = compile(&both);
    for doc in &alone.documents {
        let with = together
            .documents
            .iter()
            .find(|d| d.id == doc.id)
            .expect("seed document kept");
        let text = |c: &Corpus, d: &ipx_corpus::Document| -> Vec<String> {
            c.passages[d.passages.start as usize..d.passages.end as usize]
                .iter()
                .map(|p| p.text.clone())
                .collect()
        };
        assert_eq!(
            (
                &doc.title,
                doc.date,
                &doc.source,
                doc.kind,
                &doc.speakers,
                &doc.sections
            ),
            (
                &with.title,
                with.date,
                &with.source,
                with.kind,
                &with.speakers,
                &with.sections
            )
        );
        assert_eq!(text(&alone, doc), text(&together, with));
    }
    let added: Vec<String> = together
        .documents
        .iter()
        .filter(|d| d.id.starts_with('a'))
        .map(|d| {
            let date = d.date.map(|x| x.iso()).unwrap_or_default();
            format!("{} | {} | {date}", d.id, d.title)
        })
        .collect();
    expect_test::expect![[r#"
        a1_office_news_page | Provincial office opens patent fast-track centre | 2024-06-18
        a2_agency_report | Patent Agency Development in the Harbour Region | 2024-02-27
        a3_indicators_table | Patent and trademark indicators, 2021 to 2023 | 2024-01-15
        a4_interview_qa | Helping small firms turn patents into loans | 2024-05-20
        a5_interview_named | Judges on faster trademark trials | 2024-03-04
        a6_signed_notice | Notice on the Pilot Program of Patent Open Licensing | 2024-04-26"#]]
    .assert_eq(&added.join("\n"));
}
