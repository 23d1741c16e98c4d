//! The compile pipeline: checked sources → front matter → clean → meta →
//! segment → passages, then entities, facts, canonical measures, figures and
//! metric series over the whole corpus. Each step lives in its own module; this one only sequences them.
//!
//! Invariant: the output depends only on the input files (names and bytes), never
//! on the order they were handed in or on the environment, so builds are
//! byte-for-byte reproducible.

use super::acronym_units::spell_out_acronym_units;
use super::canonical::canonical_measures;
use super::clean::clean;
use super::entities::extract_entities;
use super::facts::extract_facts;
use super::figures::{conversions, group_figures};
use super::frontmatter::split_front_matter;
use super::meta::extract_meta;
use super::model::{Corpus, DocKind, Document, Issue, Passage};
use super::passages::size_passages;
use super::segment::segment;
use super::series::group_series;
use super::source::{check_sources, CheckedSource, SourceFile};
use super::text::word_count;
use super::turns::ListedSpeaker;

/// Compiles source files into a corpus, with every problem found along the way.
pub fn compile(files: &[SourceFile]) -> (Corpus, Vec<Issue>) {
    let (sources, mut issues) = check_sources(files);
    let mut corpus = Corpus::default();
    let mut listed: Vec<(u32, ListedSpeaker)> = Vec::new();
    for source in &sources {
        let doc_idx = corpus.documents.len() as u32;
        let doc_listed = add_document(&mut corpus, source, &mut issues);
        listed.extend(doc_listed.into_iter().map(|s| (doc_idx, s)));
    }
    corpus.entities = extract_entities(&corpus, &listed);
    let (mut facts, fact_issues) = extract_facts(&corpus);
    spell_out_acronym_units(&mut facts, &corpus.entities);
    corpus.facts = facts;
    issues.extend(fact_issues);
    fill_canonical(&mut corpus);
    issues.sort_by(|a, b| (&a.file, a.line, &a.message).cmp(&(&b.file, b.line, &b.message)));
    (corpus, issues)
}

/// Fills the corpus's canonical measures, figures and series from its facts:
/// bracketed conversions first (they join no measure), then measures, then
/// figures, then the series over them.
pub fn fill_canonical(corpus: &mut Corpus) {
    let conversion_of = conversions(corpus);
    let skip: Vec<bool> = conversion_of.iter().map(Option::is_some).collect();
    let canonical = canonical_measures(corpus, &skip);
    corpus.measures = canonical.measures;
    corpus.figures = group_figures(corpus, &canonical.of_fact, &conversion_of);
    corpus.series = group_series(corpus);
}

/// Runs the per-document steps and appends the document and its passages.
/// Returns the speaker list the document gives, for the entity registry.
fn add_document(
    corpus: &mut Corpus,
    source: &CheckedSource<'_>,
    issues: &mut Vec<Issue>,
) -> Vec<ListedSpeaker> {
    let ((front, body, front_lines), front_issues) = split_front_matter(source.name, &source.text);
    issues.extend(front_issues);
    let (mut blocks, clean_issues) = clean(body, front_lines + 1);
    issues.extend(clean_issues);
    let (meta, meta_issues) = extract_meta(source.name, &mut blocks, &front);
    issues.extend(meta_issues);
    let segmented = segment(&blocks, meta.kind);
    let drafts = size_passages(&segmented.paragraphs);
    if drafts.is_empty() {
        issues.push(Issue {
            file: source.name.to_string(),
            line: None,
            severity: super::model::Severity::Warning,
            message: "no body text after cleaning; the document has no passages".into(),
        });
    }
    let doc_idx = corpus.documents.len() as u32;
    let first = corpus.passages.len() as u32;
    for (n, draft) in drafts.into_iter().enumerate() {
        corpus.passages.push(Passage {
            id: format!("{}#p{}", source.id, n + 1),
            doc: doc_idx,
            section: draft.section,
            speaker: draft.speaker,
            text: draft.text,
        });
    }
    let passages = first..corpus.passages.len() as u32;
    let words = corpus.passages[first as usize..]
        .iter()
        .map(|p| word_count(&p.text) as u32)
        .sum();
    let speakers = match meta.kind {
        DocKind::Transcript => segmented.speakers,
        _ => Vec::new(),
    };
    corpus.documents.push(Document {
        id: source.id.clone(),
        title: meta.title,
        kind: meta.kind,
        date: meta.date,
        source: meta.source,
        words,
        sections: segmented.sections,
        speakers,
        passages,
    });
    segmented.listed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::MAX_SENTENCE_BYTES;

    /// A megabyte of `row(i)` lines or clauses, as one paragraph.
    fn megabyte(row: impl Fn(usize) -> String) -> SourceFile {
        let mut text = String::from("Figures\n\n");
        let mut i = 0;
        while text.len() < 1 << 20 {
            text.push_str(&row(i));
            i += 1;
        }
        text.push_str(".\n");
        SourceFile {
            name: "figures.txt".into(),
            bytes: text.into_bytes(),
        }
    }

    /// Compiles `file` and checks the work it took stayed linear: the time,
    /// with a bound the quadratic compiler missed by hours (it took 113 s for
    /// 64 KB), and the bytes of sentence text the facts hold, which were
    /// facts × line length (hundreds of gigabytes for a megabyte).
    fn compiles_linearly(file: SourceFile) {
        let started = std::time::Instant::now();
        let (corpus, _) = compile(std::slice::from_ref(&file));
        let took = started.elapsed();
        assert!(corpus.facts.len() > 10_000, "{}", corpus.facts.len());
        let held: usize = corpus.facts.iter().map(|f| f.sentence.len()).sum();
        assert!(
            corpus
                .facts
                .iter()
                .all(|f| f.sentence.len() <= MAX_SENTENCE_BYTES),
            "a fact holds a sentence over the bound"
        );
        assert!(held <= 64 * file.bytes.len(), "{held} bytes of sentences");
        eprintln!(
            "{} facts, {held} bytes of sentences, {took:?}",
            corpus.facts.len()
        );
        let longest = corpus.passages.iter().map(|p| p.text.len()).max();
        assert!(longest < Some(4_000), "{longest:?}");
        assert!(took.as_secs() < 120, "took {took:?}");
    }

    #[test]
    fn a_megabyte_run_on_line_of_figures_compiles_in_bounded_time() {
        compiles_linearly(megabyte(|i| {
            format!(
                "patents rose {}% to {} million in {} and ",
                i % 90,
                i * 3 % 1000,
                2000 + i % 25
            )
        }));
    }

    #[test]
    fn a_megabyte_number_table_on_one_line_compiles_in_bounded_time() {
        compiles_linearly(megabyte(|i| {
            format!(
                "{} {} {}.{} ",
                2000 + i % 25,
                i * 37 % 10_000,
                i % 100,
                i % 7
            )
        }));
    }
}
