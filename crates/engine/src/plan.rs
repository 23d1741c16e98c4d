//! Turns a parsed query into a plan: clauses that must all match, each a
//! choice of alternatives (the typed words, another name of the same entity,
//! or the entity's recorded mentions), plus the exclusions.
//!
//! Alias expansion: when a run of query words spells a name or alias of an
//! entity (`CNIPA`, `intellectual property rights`), that run becomes one clause
//! whose alternatives are every other name of the entity, as a phrase, and the
//! passages the corpus records as mentioning it.

use super::config::SearchConfig;
use super::expand::{expand, Expansion, MatchKind};
use super::fold::is_stop_word;
use super::index::{Index, TermId};
use super::query::{ParsedQuery, QueryWord};
use super::sort::sort_by;
use super::synonyms;
use super::tokenize::{tokenize, Token, TokenKind};
use ipx_corpus::Corpus;

/// Longest entity name, in words, that alias detection looks for.
const MAX_ALIAS_WORDS: usize = 8;

/// One way a clause can match.
#[derive(Debug, Clone, PartialEq)]
pub enum Alternative {
    /// Every part must match; with `offsets`, at those relative body positions.
    Words {
        /// Each part is the terms one word may match.
        parts: Vec<Vec<Expansion>>,
        /// Relative positions of the parts when they must stand as a phrase.
        offsets: Option<Vec<u32>>,
    },
    /// The passages an entity is recorded as mentioning.
    Mentions(usize),
}

/// A requirement of the query: one of its alternatives must match.
#[derive(Debug, Clone, PartialEq)]
pub struct Clause {
    /// The ways it can match.
    pub alternatives: Vec<Alternative>,
    /// The query words it stands for, as typed, when they are plain words;
    /// `None` for a quoted phrase. Only a clause of plain words may be left
    /// out when no passage meets them all (see [`super::coordinate`]).
    pub words: Option<String>,
}

/// What to look for and how.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plan {
    /// Requirements, all of which a passage must meet.
    pub clauses: Vec<Clause>,
    /// Passages matching any of these are dropped.
    pub excluded: Vec<Alternative>,
    /// Every term any clause may match, sorted, for highlighting.
    pub highlight: Vec<TermId>,
    /// Other spellings of an entity the query names, of two or more words:
    /// marked only where the whole spelling stands, never word by word (a
    /// `CNIPA` query marks `China National Intellectual Property
    /// Administration`, not every `China`).
    pub highlight_phrases: Vec<Vec<TermId>>,
    /// Terms of each plain query word, for the proximity boost.
    pub proximity: Vec<Vec<TermId>>,
    /// Query words with their exact term, to tell exact from stem matches.
    pub exact_words: Vec<(TermId, String)>,
}

/// Names and aliases of entities as term sequences, for alias detection.
#[derive(Debug, Default)]
pub struct AliasTable {
    /// Every spelling as its terms joined by [`TERM_SEPARATOR`], with its
    /// entity; sorted for binary search. One string per spelling rather than a
    /// `Vec<String>` of terms keeps the table small next to a small corpus.
    forms: Vec<(Box<str>, usize)>,
}

/// Joins the terms of one spelling; terms never contain it.
const TERM_SEPARATOR: char = '\u{1f}';

impl AliasTable {
    /// Collects the spellings of every entity.
    pub fn build(corpus: &Corpus) -> AliasTable {
        let mut forms = Vec::new();
        for (idx, entity) in corpus.entities.iter().enumerate() {
            for form in std::iter::once(&entity.name).chain(&entity.aliases) {
                let terms = terms(form);
                if !terms.is_empty() && terms.len() <= MAX_ALIAS_WORDS {
                    forms.push((join_terms(&terms).into_boxed_str(), idx));
                }
            }
        }
        sort_by(&mut forms, Ord::cmp);
        forms.dedup();
        forms.shrink_to_fit();
        AliasTable { forms }
    }

    /// Heap bytes held, for [`crate::Engine::heap_bytes`].
    pub fn heap_bytes(&self) -> usize {
        let strings: usize = self.forms.iter().map(|(f, _)| f.len()).sum();
        strings + self.forms.capacity() * std::mem::size_of::<(Box<str>, usize)>()
    }

    fn entities(&self, key: &[String]) -> Vec<usize> {
        let key = join_terms(key);
        let start = self.forms.partition_point(|(f, _)| **f < *key);
        (self.forms[start..].iter())
            .take_while(|(f, _)| **f == *key)
            .map(|&(_, e)| e)
            .collect()
    }

    fn forms_of(&self, entity: usize) -> impl Iterator<Item = Vec<String>> + '_ {
        (self.forms.iter())
            .filter(move |(_, e)| *e == entity)
            .map(|(f, _)| f.split(TERM_SEPARATOR).map(str::to_string).collect())
    }
}

fn join_terms(terms: &[String]) -> String {
    let mut joined = String::new();
    for (i, term) in terms.iter().enumerate() {
        if i > 0 {
            joined.push(TERM_SEPARATOR);
        }
        joined.push_str(term);
    }
    joined
}

/// Builds the plan for `query`.
pub fn plan(
    query: &ParsedQuery,
    index: &Index,
    aliases: &AliasTable,
    corpus: &Corpus,
    config: &SearchConfig,
) -> Plan {
    let mut plan = Plan::default();
    let content =
        query.words.iter().any(|w| !is_stop_word(&w.token.word)) || !query.phrases.is_empty();
    let mut i = 0;
    while i < query.words.len() {
        if let Some((n, entities)) = alias_run(&query.words[i..], aliases) {
            let clause = alias_clause(
                &query.words[i..i + n],
                &entities,
                aliases,
                index,
                corpus,
                config,
                &mut plan,
            );
            plan.clauses.push(clause);
            i += n;
            continue;
        }
        let word = &query.words[i];
        i += 1;
        if content && is_stop_word(&word.token.word) {
            continue;
        }
        let alternatives = word_alternatives(word, index, config, &mut plan);
        plan.clauses.push(Clause {
            alternatives,
            words: Some(word.text.clone()),
        });
    }
    for phrase in &query.phrases {
        let alternative = exact_phrase(phrase, index);
        note_terms(&alternative, &mut plan);
        plan.clauses.push(Clause {
            alternatives: vec![alternative],
            words: None,
        });
    }
    plan.excluded = query
        .excluded
        .iter()
        .map(|p| exact_phrase(p, index))
        .collect();
    plan.highlight.sort_unstable();
    plan.highlight.dedup();
    plan
}

/// The longest run of words at the start of `words` that spells an entity.
fn alias_run(words: &[QueryWord], aliases: &AliasTable) -> Option<(usize, Vec<usize>)> {
    let keys: Vec<String> = (words.iter().take(MAX_ALIAS_WORDS))
        .map(|w| w.token.term.clone())
        .collect();
    (1..=keys.len()).rev().find_map(|n| {
        let entities = aliases.entities(&keys[..n]);
        (!entities.is_empty()).then_some((n, entities))
    })
}

fn alias_clause(
    words: &[QueryWord],
    entities: &[usize],
    aliases: &AliasTable,
    index: &Index,
    corpus: &Corpus,
    config: &SearchConfig,
    plan: &mut Plan,
) -> Clause {
    let typed: Vec<String> = words.iter().map(|w| w.token.term.clone()).collect();
    let mut parts = Vec::new();
    for word in words {
        let alternatives = word_alternatives(word, index, config, plan);
        if let Some(Alternative::Words { parts: p, .. }) = alternatives.into_iter().next() {
            parts.extend(p);
        }
    }
    let mut alternatives = vec![Alternative::Words {
        parts,
        offsets: None,
    }];
    for &entity in entities {
        for form in aliases.forms_of(entity).filter(|f| *f != typed) {
            let tokens: Vec<(String, u32)> = (form.iter().enumerate())
                .map(|(i, t)| (t.clone(), i as u32))
                .collect();
            let alternative = phrase_of(&tokens, index, MatchKind::Alias, config.weights.alias);
            note_phrase(&alternative, plan);
            alternatives.push(alternative);
        }
        if !corpus.entities[entity].mentions.is_empty() {
            alternatives.push(Alternative::Mentions(entity));
        }
    }
    let as_typed: Vec<&str> = words.iter().map(|w| w.text.as_str()).collect();
    Clause {
        alternatives,
        words: Some(as_typed.join(" ")),
    }
}

/// A plain word matches its expansions; a compound or CJK run also matches its
/// pieces standing side by side.
fn word_alternatives(
    word: &QueryWord,
    index: &Index,
    config: &SearchConfig,
    plan: &mut Plan,
) -> Vec<Alternative> {
    let mut expansions = expand(index, config, word);
    // Words of the synonym registry stand for one another, as an entity's
    // names do (`talent` finds `professionals`).
    for other in synonyms::others(&word.token.term) {
        if let Some(term) = index.term_id(other) {
            if !expansions.iter().any(|e| e.term == term) {
                expansions.push(Expansion {
                    term,
                    kind: MatchKind::Alias,
                    weight: config.weights.alias,
                });
            }
        }
    }
    if let Some(exact) = expansions.iter().find(|e| e.kind == MatchKind::Exact) {
        plan.exact_words.push((exact.term, word.token.word.clone()));
    }
    plan.proximity
        .push(expansions.iter().map(|e| e.term).collect());
    let mut alternatives = vec![Alternative::Words {
        parts: vec![expansions],
        offsets: None,
    }];
    if !word.parts.is_empty() {
        let first = word.parts[0].position;
        let tokens: Vec<(String, u32)> = (word.parts.iter())
            .map(|t| (t.term.clone(), t.position - first))
            .collect();
        alternatives.push(phrase_of(&tokens, index, MatchKind::Exact, 1.0));
    }
    alternatives.iter().for_each(|a| note_terms(a, plan));
    alternatives
}

fn exact_phrase(tokens: &[Token], index: &Index) -> Alternative {
    let first = tokens.first().map_or(0, |t| t.position);
    let tokens: Vec<(String, u32)> = (tokens.iter())
        .map(|t| (t.term.clone(), t.position - first))
        .collect();
    phrase_of(&tokens, index, MatchKind::Exact, 1.0)
}

/// Terms at relative positions as a phrase (or a single word). A term the
/// index lacks leaves its part empty, so the alternative cannot match.
fn phrase_of(tokens: &[(String, u32)], index: &Index, kind: MatchKind, weight: f32) -> Alternative {
    let parts = (tokens.iter())
        .map(|(term, _)| {
            (index.term_id(term).into_iter())
                .map(|term| Expansion { term, kind, weight })
                .collect()
        })
        .collect();
    let offsets = (tokens.len() > 1).then(|| tokens.iter().map(|&(_, p)| p).collect());
    Alternative::Words { parts, offsets }
}

fn note_terms(alternative: &Alternative, plan: &mut Plan) {
    if let Alternative::Words { parts, .. } = alternative {
        plan.highlight
            .extend(parts.iter().flatten().map(|e| e.term));
    }
}

/// Notes a phrase alternative for highlighting as a whole; a one-word
/// alternative is noted as its term.
fn note_phrase(alternative: &Alternative, plan: &mut Plan) {
    let Alternative::Words { parts, .. } = alternative else {
        return;
    };
    if parts.len() < 2 {
        return note_terms(alternative, plan);
    }
    // A part the index lacks means the phrase stands nowhere: nothing to mark.
    let terms: Option<Vec<TermId>> = parts.iter().map(|p| p.first().map(|e| e.term)).collect();
    if let Some(terms) = terms {
        if !plan.highlight_phrases.contains(&terms) {
            plan.highlight_phrases.push(terms);
        }
    }
}

/// The terms of an entity spelling, as the tokenizer gives them (compound
/// wholes left out so positions are consecutive).
fn terms(text: &str) -> Vec<String> {
    tokenize(text)
        .into_iter()
        .filter(|t| t.kind != TokenKind::Compound)
        .map(|t| t.term)
        .collect()
}
