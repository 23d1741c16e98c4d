//! stub
use super::model::{Corpus, Fact, Issue};
/// stub
pub fn extract_facts(_corpus: &Corpus) -> (Vec<Fact>, Vec<Issue>) { (Vec::new(), Vec::new()) }
