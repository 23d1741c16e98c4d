//! Finding a document or passage of a [`Corpus`] by the id a URL, a filter or
//! a citation names it by: the one place that turns an id into an index, so
//! everything past it works on [`DocIdx`] and [`PassageIdx`].
//!
//! A document is found by a pass over the document list (documents are few:
//! the list holds titles and ranges, not text). A passage id is
//! `<document id>#p<n>`, the `n`th passage of its document, so a passage is
//! found through its document without reading any other passage.

use super::model::{Corpus, DocIdx, Document, PassageIdx};

impl Corpus {
    /// The index of the document with id `id`, if there is one.
    pub fn document_index(&self, id: &str) -> Option<DocIdx> {
        (self.documents.iter())
            .position(|d| d.id == id)
            .map(|i| i as DocIdx)
    }

    /// The document with id `id`, if there is one.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.get(self.document_index(id)? as usize)
    }

    /// The index of the passage with id `id`, if there is one: looked up
    /// among its own document's passages only.
    pub fn passage_index(&self, id: &str) -> Option<PassageIdx> {
        let (doc, n) = id.rsplit_once("#p")?;
        let range = self.document(doc)?.passages.clone();
        let is_it = |p: &PassageIdx| self.passages.get(*p as usize).is_some_and(|p| p.id == id);
        // The `n`th passage, as the compiler numbers them; else any of the
        // document's passages with that id.
        let guess = n
            .parse::<PassageIdx>()
            .ok()
            .and_then(|n| range.start.checked_add(n.checked_sub(1)?))
            .filter(|p| range.contains(p));
        guess
            .filter(is_it)
            .or_else(|| range.into_iter().find(is_it))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{compile, SourceFile};

    fn corpus() -> Corpus {
        let file = |name: &str, text: &str| SourceFile {
            name: name.to_string(),
            bytes: text.as_bytes().to_vec(),
        };
        let words = |n: usize| vec!["patent office examination"; n].join(" ");
        let long = format!("{}.\n\n{}.\n\n{}.\n", words(60), words(60), words(60));
        let (corpus, _) = compile(&[
            file(
                "b_second.txt",
                "Title two\n\nShort text about trademarks.\n",
            ),
            file("a_first.txt", &format!("Title one\n\n{long}")),
        ]);
        corpus
    }

    #[test]
    fn a_document_is_found_by_its_id_and_an_unknown_id_finds_nothing() {
        let corpus = corpus();
        let at = corpus
            .document_index("b_second")
            .expect("the document is there");
        assert_eq!(corpus.documents[at as usize].id, "b_second");
        assert_eq!(
            corpus.document("b_second").map(|d| d.id.as_str()),
            Some("b_second")
        );
        assert_eq!(corpus.document_index("nosuch"), None);
        assert_eq!(corpus.document(""), None);
    }

    #[test]
    fn every_passage_of_every_document_is_found_by_its_id() {
        let corpus = corpus();
        let doc = corpus.document("a_first");
        assert!(
            doc.is_some_and(|d| d.passages.len() > 1),
            "{:?}",
            corpus.documents
        );
        for (at, passage) in corpus.passages.iter().enumerate() {
            assert_eq!(corpus.passage_index(&passage.id), Some(at as PassageIdx));
        }
    }

    #[test]
    fn a_passage_id_past_its_document_or_malformed_finds_nothing() {
        let corpus = corpus();
        for id in [
            "b_second#p99",
            "b_second#p0",
            "b_second#px",
            "b_second",
            "nosuch#p1",
            "#p1",
            "",
        ] {
            assert_eq!(corpus.passage_index(id), None, "{id}");
        }
        // A passage number past u32 does not overflow.
        assert_eq!(corpus.passage_index("b_second#p4294967295"), None);
    }
}
