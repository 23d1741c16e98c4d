//! What a citation says about one thing the explorer shows (a document, a
//! passage or a figure), gathered once from the corpus so that every format
//! (plain text, CSL-JSON, RIS, BibTeX) says the same.
//!
//! Invariant: an item's title is never cut (a title the compiler made from a
//! lead and cut with `…` is replaced by the lead's whole first sentence), and
//! its publisher is never blank: the source line, else the body the lead says
//! held the event, else what the document's kind says it is.

use crate::corpus::lower::Lowercase;
use crate::corpus::{Corpus, Date, DocKind, EntityKind, FactIdx, PassageIdx};

use super::citation::{permalink, text_fragment};

/// What is cited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CiteKind {
    /// A whole document.
    Document,
    /// One passage (a paragraph group or a speaker's turn).
    Passage,
    /// A figure, cited by the sentence that states it.
    Figure,
}

/// One thing to cite, in every format's terms.
#[derive(Debug, Clone, PartialEq)]
pub struct CiteItem {
    /// The explorer's id: the document, passage or fact id.
    pub id: String,
    /// What is cited.
    pub kind: CiteKind,
    /// The kind of the document it comes from.
    pub doc_kind: DocKind,
    /// The document's full title.
    pub title: String,
    /// Who speaks, for a transcript turn.
    pub speaker: Option<String>,
    /// The speaker's role, when the corpus states one.
    pub role: Option<String>,
    /// The source or publisher as named by the document.
    pub publisher: Option<String>,
    /// What the document is, as words (`Press conference transcript`); stands
    /// in for the publisher when none is named.
    pub genre: &'static str,
    /// The document's date.
    pub date: Option<Date>,
    /// The section heading the passage sits in.
    pub section: Option<String>,
    /// The sentence quoted: the figure's sentence, or the passage's first.
    pub quote: Option<String>,
    /// For a figure: the figure as written, with what it counts.
    pub figure: Option<String>,
    /// The permalink, with a text fragment for the quote when there is one.
    pub url: String,
}

impl CiteItem {
    /// The source or publisher, else the genre: never blank.
    pub fn publisher_or_genre(&self) -> &str {
        self.publisher.as_deref().unwrap_or(self.genre)
    }
}

/// A document's citation. `text_of` gives a passage's text when it is loaded.
pub fn document_item<'a>(
    corpus: &Corpus,
    doc_idx: usize,
    base: &str,
    text_of: impl Fn(PassageIdx) -> Option<&'a str>,
) -> Option<CiteItem> {
    let doc = corpus.documents.get(doc_idx)?;
    let lead = text_of(doc.passages.start);
    Some(CiteItem {
        id: doc.id.clone(),
        kind: CiteKind::Document,
        doc_kind: doc.kind,
        title: full_title(&doc.title, lead),
        speaker: None,
        role: None,
        publisher: publisher(corpus, doc_idx, lead),
        genre: genre(doc.kind),
        date: doc.date,
        section: None,
        quote: None,
        figure: None,
        url: permalink(base, &doc.id, None),
    })
}

/// A passage's citation, quoting `quote` (a sentence of it) or its first sentence.
pub fn passage_item<'a>(
    corpus: &Corpus,
    passage_idx: PassageIdx,
    quote: Option<&str>,
    base: &str,
    text_of: impl Fn(PassageIdx) -> Option<&'a str>,
) -> Option<CiteItem> {
    let passage = corpus.passages.get(passage_idx as usize)?;
    let mut item = document_item(corpus, passage.doc as usize, base, &text_of)?;
    let quote = quote
        .map(str::to_string)
        .or_else(|| text_of(passage_idx).map(first_sentence))
        .map(|q| one_line(&q))
        .filter(|q| !q.is_empty());
    let fragment = quote.as_deref().map(text_fragment).unwrap_or_default();
    item.id = passage.id.clone();
    item.kind = CiteKind::Passage;
    item.speaker = passage.speaker.clone();
    item.role = passage.speaker.as_deref().and_then(|s| role_of(corpus, s));
    item.section = passage.section.clone();
    let doc_id = &corpus.documents[passage.doc as usize].id;
    item.url = format!("{}{fragment}", permalink(base, doc_id, Some(&passage.id)));
    item.quote = quote;
    Some(item)
}

/// A figure's citation: the passage that states it, quoting the figure's sentence.
pub fn figure_item<'a>(
    corpus: &Corpus,
    fact_idx: FactIdx,
    base: &str,
    text_of: impl Fn(PassageIdx) -> Option<&'a str>,
) -> Option<CiteItem> {
    let fact = corpus.facts.get(fact_idx as usize)?;
    let mut item = passage_item(corpus, fact.passage, Some(&fact.sentence), base, text_of)?;
    item.id = fact.id.clone();
    item.kind = CiteKind::Figure;
    item.figure = Some(one_line(&format!("{} ({})", fact.text, fact.measure)));
    Some(item)
}

/// The document's title, or, when the compiler made it from the lead and
/// cut it, the lead's whole first sentence.
pub fn full_title(title: &str, lead: Option<&str>) -> String {
    let title = title.trim();
    let Some(cut) = title.strip_suffix('…') else {
        return title.to_string();
    };
    match lead.map(first_sentence) {
        // The title keeps the sentence's words after an opening time phrase.
        Some(sentence) if sentence.lowercase().contains(&cut.trim().lowercase()) => {
            one_line(sentence.trim_end_matches('.'))
        }
        // Without the lead's text, the cut title's words, with no mark of a cut.
        _ => cut.trim().to_string(),
    }
}

/// The first sentence of a text: up to the first `. `, `? ` or `! ` or paragraph end.
pub fn first_sentence(text: &str) -> String {
    let paragraph = text.trim().split("\n\n").next().unwrap_or("");
    let mut end = paragraph.len();
    for (at, _) in paragraph.match_indices(['.', '?', '!']) {
        let next = paragraph[at + 1..].chars().next();
        if next.is_none_or(char::is_whitespace) && !is_abbreviation(&paragraph[..at]) {
            end = at + 1;
            break;
        }
    }
    one_line(&paragraph[..end])
}

/// Text on one line: every run of whitespace (line breaks included) is one space.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What a document of `kind` is, in words.
pub fn genre(kind: DocKind) -> &'static str {
    match kind {
        DocKind::Transcript => "Press conference transcript",
        DocKind::News => "News item",
        DocKind::Report => "Report",
        DocKind::Notice => "Notice",
    }
}

/// The source line, else the organisation the lead says held the event.
fn publisher(corpus: &Corpus, doc_idx: usize, lead: Option<&str>) -> Option<String> {
    let doc = &corpus.documents[doc_idx];
    if let Some(source) = doc.source.as_deref().map(str::trim) {
        if !source.is_empty() {
            return Some(source.to_string());
        }
    }
    host_in_lead(corpus, lead?)
}

/// `The State Council Information Office (SCIO) held a press conference`:
/// the organisation named right before `held` or `hosted`, by its canonical name.
fn host_in_lead(corpus: &Corpus, lead: &str) -> Option<String> {
    let sentence = first_sentence(lead);
    let before = [" held ", " hosted ", " organized ", " organised "]
        .iter()
        .filter_map(|verb| sentence.find(verb).map(|at| &sentence[..at]))
        .min_by_key(|b| b.len())?;
    // A parenthesised acronym right before the verb names the same body.
    let before = match before
        .strip_suffix(')')
        .and_then(|b| b.rfind(" (").map(|o| &b[..o]))
    {
        Some(name) => name,
        None => before,
    };
    corpus
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Organisation)
        .filter(|e| {
            std::iter::once(&e.name)
                .chain(&e.aliases)
                .any(|form| ends_with_words(before, form))
        })
        .map(|e| e.name.clone())
        .next()
}

fn ends_with_words(text: &str, name: &str) -> bool {
    text.strip_suffix(name)
        .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
}

/// A person's role as the corpus states it.
fn role_of(corpus: &Corpus, speaker: &str) -> Option<String> {
    corpus
        .entities
        .iter()
        .find(|e| e.kind == EntityKind::Person && e.name == speaker)
        .and_then(|e| e.role.as_deref())
        .map(one_line)
}

/// Whether the text before a full stop ends in an abbreviation (`Mr`, `No`, an initial).
fn is_abbreviation(before: &str) -> bool {
    let word = before.rsplit([' ', '(']).next().unwrap_or("");
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "No"
            | "Nov"
            | "Dec"
            | "Jan"
            | "Feb"
            | "Aug"
            | "Sept"
            | "Oct"
            | "St"
            | "Co"
            | "Ltd"
            | "Inc"
            | "vs"
            | "e.g"
            | "i.e"
    ) || (word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()))
}

/// Items over the fixture corpus for the citation writers' tests: the
/// documents, then the passages, then the figures, by index.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) fn fixture_items(
    docs: &[usize],
    passages: &[PassageIdx],
    figures: &[FactIdx],
) -> Vec<CiteItem> {
    const BASE: &str = "https://example.org/x/";
    let corpus = crate::fixture::corpus();
    let text_of = |p: u32| corpus.passages.get(p as usize).map(|p| p.text.as_str());
    let docs = docs
        .iter()
        .map(|&d| document_item(&corpus, d, BASE, text_of));
    let passages = (passages.iter()).map(|&p| passage_item(&corpus, p, None, BASE, text_of));
    let figures = figures
        .iter()
        .map(|&f| figure_item(&corpus, f, BASE, text_of));
    docs.chain(passages)
        .chain(figures)
        .map(|item| item.expect("the fixture has it"))
        .collect()
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    const BASE: &str = "https://example.org/x/";

    #[test]
    fn lead_titles_become_the_whole_first_sentence() {
        let lead = "As of the end of 2023, the scale of IP talent has increased from 690,000 to 860,000. Recently, more.";
        assert_eq!(
            full_title("The scale of IP talent has increased…", Some(lead)),
            "As of the end of 2023, the scale of IP talent has increased from 690,000 to 860,000"
        );
        // Without the lead's text the cut is not marked as the title's own end.
        assert_eq!(full_title("The scale of IP…", None), "The scale of IP");
        assert_eq!(full_title("  A headline  ", Some(lead)), "A headline");
    }

    #[test]
    fn first_sentences_skip_abbreviations_and_join_lines() {
        assert_eq!(
            first_sentence("Mr. Wang met on Nov. 30 with\nthe press. Then more."),
            "Mr. Wang met on Nov. 30 with the press."
        );
        assert_eq!(first_sentence("No stop at all"), "No stop at all");
        assert_eq!(first_sentence(""), "");
    }

    #[test]
    fn publisher_from_the_source_the_lead_or_the_kind() {
        let mut corpus = fixture::corpus();
        let text_of = |p: PassageIdx, c: &Corpus| c.passages[p as usize].text.clone();
        let item = |c: &Corpus, d| {
            let texts: Vec<String> = (0..c.passages.len() as u32)
                .map(|p| text_of(p, c))
                .collect();
            document_item(c, d, BASE, |p| texts.get(p as usize).map(String::as_str)).unwrap()
        };
        assert_eq!(item(&corpus, 0).publisher.as_deref(), Some("CNIPA"));
        let news = item(&corpus, 1);
        assert_eq!(
            (news.publisher.as_deref(), news.publisher_or_genre()),
            (None, "News item")
        );
        // A lead that says who held the event names the publisher.
        corpus.documents[1].source = Some("  ".into());
        corpus.passages[4].text =
            "The Patent Office of the Republic (PO) held a briefing on Monday. More.".into();
        corpus.entities.push(crate::corpus::Entity {
            id: "po".into(),
            name: "Patent Office of the Republic".into(),
            kind: EntityKind::Organisation,
            aliases: vec!["PO".into()],
            role: None,
            mentions: vec![4],
        });
        assert_eq!(
            item(&corpus, 1).publisher.as_deref(),
            Some("Patent Office of the Republic")
        );
    }

    #[test]
    fn figures_quote_their_sentence_and_link_to_it() {
        let corpus = fixture::corpus();
        let item = figure_item(&corpus, 0, BASE, |p| {
            corpus.passages.get(p as usize).map(|p| p.text.as_str())
        })
        .unwrap();
        assert_eq!(item.id, "conf#p2/f1");
        assert_eq!(item.speaker.as_deref(), Some("Shen Changyu"));
        assert_eq!(
            item.quote.as_deref(),
            Some("Pledge financing reached 218 billion yuan in 2021.")
        );
        assert_eq!(
            item.figure.as_deref(),
            Some("218 billion yuan (pledge financing)")
        );
        assert!(item.url.starts_with(
            "https://example.org/x/?read=conf&passage=conf%23p2#:~:text=Pledge%20financing"
        ));
    }
}
