//! The key of a row of the results list. The list keeps a row while its key
//! stays, so the key covers everything the row shows: the document, the
//! passage, the snippet's words and which of them are marked, the "why"
//! labels, the words the passage lacks, and the same of every further passage
//! shown under it, with how many more there are. A hit that shows anything
//! else, while typing or when a chunked corpus's text arrives, is a new row;
//! a hit that shows the same is the same row.

use std::hash::{DefaultHasher, Hash, Hasher};

use crate::engine::Hit;

/// The results list's key for `hit`: its passage, then a hash of what its row
/// shows.
pub fn hit_key(hit: &Hit) -> String {
    // A hash, not the text itself: the list keeps its keys, and 20 rows of
    // snippets are kilobytes where 20 hashes are bytes. `DefaultHasher::new`
    // has fixed keys, so one hit has one key for the whole session.
    let mut hasher = DefaultHasher::new();
    hash_shown(hit, &mut hasher);
    format!("{}-{:016x}", hit.passage, hasher.finish())
}

/// Feeds what the row of `hit` shows into `state`.
fn hash_shown(hit: &Hit, state: &mut DefaultHasher) {
    // Every field named, so that a field added to `Hit` is decided on here.
    let Hit {
        doc,
        passage,
        score: _,
        snippet,
        why,
        more,
        more_total,
        missing,
    } = hit;
    doc.hash(state);
    passage.hash(state);
    snippet.len().hash(state);
    for segment in snippet {
        segment.text.hash(state);
        segment.mark.hash(state);
    }
    why.hash(state);
    missing.hash(state);
    more_total.hash(state);
    more.len().hash(state);
    for sub in more {
        hash_shown(sub, state);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Engine, MatchKind, SearchRequest};
    use crate::fixture;

    fn first_hit(engine: &Engine, query: &str) -> Hit {
        let mut request = SearchRequest::new(query);
        request.more_limit = Some(2);
        engine.search(&request).hits.remove(0)
    }

    #[test]
    fn the_same_hit_keeps_its_key() {
        let engine = Engine::new(fixture::corpus());
        let hit = first_hit(&engine, "patent");
        let mut rescored = hit.clone();
        rescored.score += 1.0;
        assert_eq!(hit_key(&hit), hit_key(&first_hit(&engine, "patent")));
        assert_eq!(hit_key(&hit), hit_key(&rescored), "the score is not shown");
    }

    #[test]
    fn a_hit_that_shows_anything_else_has_another_key() {
        let engine = Engine::new(fixture::corpus());
        let hit = first_hit(&engine, "patent");
        assert!(!hit.snippet.is_empty() && !hit.why.is_empty());
        let key = hit_key(&hit);
        let mut changes: Vec<(&str, Hit)> = Vec::new();
        let mut marked = hit.clone();
        let segment = &mut marked.snippet[0];
        segment.mark = !segment.mark;
        changes.push(("a mark", marked));
        let mut reworded = hit.clone();
        reworded.snippet[0].text.push('s');
        changes.push(("a word", reworded));
        let mut why = hit.clone();
        why.why.push(MatchKind::Prefix);
        changes.push(("a why label", why));
        let mut missing = hit.clone();
        missing.missing.push("patent".to_string());
        changes.push(("a missing word", missing));
        let mut more = hit.clone();
        more.more_total += 1;
        changes.push(("the count of more passages", more));
        let mut sub = hit.clone();
        let mut other = hit.clone();
        other.more.clear();
        sub.more = vec![other];
        changes.push(("a further passage", sub));
        for (what, changed) in changes {
            assert_ne!(hit_key(&changed), key, "{what}");
        }
    }

    #[test]
    fn a_further_passage_of_the_same_count_changes_the_key() {
        let engine = Engine::new(fixture::corpus());
        let hit = first_hit(&engine, "patent");
        let mut sub = hit.clone();
        sub.more.clear();
        let (mut one, mut another) = (hit.clone(), hit.clone());
        one.more = vec![sub.clone()];
        sub.passage += 1;
        another.more = vec![sub];
        assert_ne!(hit_key(&one), hit_key(&another));
    }
}
