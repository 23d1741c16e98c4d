//! What a "Cite" menu offers: the things it cites (documents, passages,
//! figures, one or the whole selection on screen) written in one of four
//! formats, with the file name and media type a download needs.
//!
//! Invariant: unknown ids are skipped, never a panic; the output of every
//! format lists the items in the order given.

use super::bibtex::bibtex;
use super::citation::plain_texts;
use super::cite_item::{document_item, figure_item, passage_item, CiteItem};
use super::csl::csl_json;
use super::ris::ris;
use crate::corpus::{Corpus, PassageIdx};

/// One thing to cite, by the explorer's id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CiteTarget {
    /// A whole document.
    Document(String),
    /// A passage, with the sentence to quote (else its first).
    Passage {
        /// Passage id.
        id: String,
        /// A sentence of it to quote.
        quote: Option<String>,
    },
    /// A figure, by fact id.
    Figure(String),
}

/// The formats a citation is copied or downloaded in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CiteFormat {
    /// One plain-text citation per line.
    Text,
    /// CSL-JSON (Zotero, Mendeley, citeproc).
    CslJson,
    /// RIS (EndNote, Zotero, RefWorks).
    Ris,
    /// BibTeX / BibLaTeX.
    Bibtex,
}

impl CiteFormat {
    /// Every format, in menu order.
    pub const ALL: [CiteFormat; 4] = [
        CiteFormat::Text,
        CiteFormat::Bibtex,
        CiteFormat::Ris,
        CiteFormat::CslJson,
    ];

    /// The format's name in the menu.
    pub fn label(self) -> &'static str {
        match self {
            CiteFormat::Text => "Text",
            CiteFormat::CslJson => "CSL-JSON",
            CiteFormat::Ris => "RIS",
            CiteFormat::Bibtex => "BibTeX",
        }
    }

    /// A short lower-case name, for test ids.
    pub fn slug(self) -> &'static str {
        match self {
            CiteFormat::Text => "text",
            CiteFormat::CslJson => "csl",
            CiteFormat::Ris => "ris",
            CiteFormat::Bibtex => "bibtex",
        }
    }

    /// The file extension of a download.
    pub fn extension(self) -> &'static str {
        match self {
            CiteFormat::Text => "txt",
            CiteFormat::CslJson => "json",
            CiteFormat::Ris => "ris",
            CiteFormat::Bibtex => "bib",
        }
    }

    /// The media type of a download.
    pub fn mime(self) -> &'static str {
        match self {
            CiteFormat::Text => "text/plain;charset=utf-8",
            CiteFormat::CslJson => "application/vnd.citationstyles.csl+json",
            CiteFormat::Ris => "application/x-research-info-systems",
            CiteFormat::Bibtex => "application/x-bibtex",
        }
    }

    /// Writes `items` in this format.
    pub fn write(self, items: &[CiteItem]) -> String {
        match self {
            CiteFormat::Text => plain_texts(items),
            CiteFormat::CslJson => csl_json(items),
            CiteFormat::Ris => ris(items),
            CiteFormat::Bibtex => bibtex(items),
        }
    }
}

/// The citation items of `targets`, in order, skipping ids the corpus lacks.
pub fn cite_items<'a>(
    corpus: &Corpus,
    targets: &[CiteTarget],
    base: &str,
    text_of: impl Fn(PassageIdx) -> Option<&'a str> + Copy,
) -> Vec<CiteItem> {
    targets
        .iter()
        .filter_map(|target| match target {
            CiteTarget::Document(id) => {
                let idx = corpus.document_index(id)? as usize;
                document_item(corpus, idx, base, text_of)
            }
            CiteTarget::Passage { id, quote } => {
                let idx = corpus.passage_index(id)?;
                passage_item(corpus, idx, quote.as_deref(), base, text_of)
            }
            CiteTarget::Figure(id) => {
                let idx = corpus.facts.iter().position(|f| &f.id == id)?;
                figure_item(corpus, idx as u32, base, text_of)
            }
        })
        .collect()
}

/// A download's file name: `ip-explorer-<stem>.<ext>`, the stem made file-safe.
pub fn file_name(stem: &str, format: CiteFormat) -> String {
    let safe = super::bibtex::key(stem);
    format!("ip-explorer-{safe}.{}", format.extension())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    #[test]
    fn targets_become_items_in_order_and_unknown_ids_are_skipped() {
        let corpus = fixture::corpus();
        let text_of = |p: u32| corpus.passages.get(p as usize).map(|p| p.text.as_str());
        let targets = [
            CiteTarget::Figure("conf#p4/f1".into()),
            CiteTarget::Document("missing".into()),
            CiteTarget::Passage {
                id: "conf#p2".into(),
                quote: Some("We aim for 12 patents per 10,000 people by 2025.".into()),
            },
            CiteTarget::Document("note".into()),
        ];
        let items = cite_items(&corpus, &targets, "https://x.org/", text_of);
        let ids: Vec<&str> = items.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids, ["conf#p4/f1", "conf#p2", "note"]);
        assert_eq!(
            items[1].quote.as_deref(),
            Some("We aim for 12 patents per 10,000 people by 2025.")
        );
        let text = CiteFormat::Text.write(&items);
        assert_eq!(text.lines().count(), 3);
        assert!(CiteFormat::Bibtex
            .write(&items)
            .starts_with("@misc{conf-p4-f1,"));
    }

    #[test]
    fn file_names_are_safe() {
        assert_eq!(
            file_name("conf#p2", CiteFormat::Ris),
            "ip-explorer-conf-p2.ris"
        );
        assert_eq!(
            file_name("../x y", CiteFormat::Bibtex),
            "ip-explorer-x-y.bib"
        );
    }
}
