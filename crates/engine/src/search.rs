//! The [`Engine`]: owns the corpus and its index and answers a
//! [`SearchRequest`] with ranked passages grouped by document, snippets, facet
//! counts and, when nothing matched, a corrected query.
//!
//! Order: score descending, ties by passage index, so results are
//! deterministic. Groups follow their best passage; a group holds its best
//! passage and a window of the document's further matching passages (by
//! default [`SearchConfig::passages_per_doc`] passages in all), and says how
//! many further passages there are.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::OnceLock;

use super::answer_words::AnswerWords;
use super::answers::Answer;
use super::config::SearchConfig;
use super::contrast::Contrasts;
use super::coordinate::{self, Partial, When};
use super::expand::MatchKind;
use super::facets::{Facet, FacetTables, Selection};
use super::fewer_words::{fewer_words, FewerWords};
use super::group::Pager;
use super::index::{Index, TermId};
use super::matcher::{Matcher, Scored};
use super::measure_words::MeasureWords;
use super::plan::{plan, AliasTable, Alternative, Plan};
use super::query::{parse, ParsedQuery};
use super::sentence_terms::SentenceTerms;
use super::snippet::{match_spans, snippet, Segment};
use super::suggest::suggest;
use super::text::PassageTexts;
use crate::chunks::TextChunk;
use ipx_corpus::{Corpus, DocIdx, PassageIdx};

/// A built search index over one corpus.
pub struct Engine {
    corpus: Corpus,
    index: Index,
    facets: FacetTables,
    aliases: AliasTable,
    config: SearchConfig,
    texts: PassageTexts,
    /// The facts' measure labels as words, built by the first facts query
    /// that compares them with its words (not at start-up).
    measure_words: OnceLock<MeasureWords>,
    /// The measures' words for answers, built by the first query that asks.
    answer_words: OnceLock<AnswerWords>,
    /// Alternatives the measures set side by side, read on first use.
    contrasts: OnceLock<Contrasts>,
    /// The answer figures' source sentences as words, each read by the
    /// first query that ranks its figure.
    sentence_terms: OnceLock<SentenceTerms>,
}

/// Whether a search needs every plain word in a passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Matching {
    /// Every word, as the query language says.
    Strict,
    /// Most of them (see [`super::coordinate`]).
    Partial,
}

/// How results are ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Best match first.
    #[default]
    Relevance,
    /// Newest document first, then best match.
    Date,
}

/// What to search for.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchRequest {
    /// The query text, in the query language of [`super::query`].
    pub query: String,
    /// Selected facet values; values of one facet are ORed, facets ANDed.
    pub filters: BTreeMap<Facet, Vec<String>>,
    /// Most document groups to return.
    pub limit: usize,
    /// Document groups to skip.
    pub offset: usize,
    /// Result order.
    pub sort: Sort,
    /// Further passages of each document to skip before those in [`Hit::more`].
    pub more_offset: usize,
    /// Most further passages of each document in [`Hit::more`]; `None` means
    /// [`SearchConfig::passages_per_doc`] in all, with the best one.
    pub more_limit: Option<usize>,
}

/// The answer to one request.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchResults {
    /// Number of passages that matched.
    pub total: usize,
    /// Number of documents with a matching passage.
    pub total_docs: usize,
    /// One hit per document on this page, best first.
    pub hits: Vec<Hit>,
    /// `facet name → value → passages`, for the query and the other facets' filters.
    pub facets: BTreeMap<String, BTreeMap<String, usize>>,
    /// A corrected query that matches, when this one matched nothing.
    pub suggestion: Option<String>,
    /// When this query matched nothing and no correction helps: the queries
    /// with one word or phrase left out that match (see [`super::fewer_words`]).
    pub fewer_words: Vec<FewerWords>,
    /// Whether no passage holds every word of the query, so the hits are
    /// the passages that hold most of them, and some lack a content word,
    /// each naming what it lacks in [`Hit::missing`] (see
    /// [`super::coordinate`]).
    pub partial: bool,
    /// Whether the query was cut to the configured limits
    /// ([`SearchConfig::max_query_chars`], [`SearchConfig::max_query_words`]).
    pub truncated: bool,
    /// The parts of a chunked corpus this answer waits for (see
    /// [`Engine::load_part`]): index shards of the query's terms, and then
    /// nothing matched yet (all counts 0); or text chunks of the hits on this
    /// page, which have no snippet. Always empty for a corpus in one bundle.
    pub pending: Vec<usize>,
    /// The figures that answer the query, best first (see [`super::answers`]);
    /// empty when nothing answers it or while index shards are pending.
    pub answers: Vec<Answer>,
}

/// A field filter typed in the query, resolved: see [`Engine::typed_filters`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypedFilter {
    /// The facet it filters.
    pub facet: Facet,
    /// The value as typed (without quotes).
    pub typed: String,
    /// The facet values it selects.
    pub values: Vec<String>,
}

/// One matching passage; a document group's best passage carries the group's
/// next-best passages in `more`.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// The document.
    pub doc: DocIdx,
    /// The passage.
    pub passage: PassageIdx,
    /// Relevance score; only the order is meaningful.
    pub score: f32,
    /// The best window of the passage with matches marked.
    pub snippet: Vec<Segment>,
    /// How the passage matched the query.
    pub why: Vec<MatchKind>,
    /// Further passages of the same document, best first, from
    /// [`SearchRequest::more_offset`] on, at most [`SearchRequest::more_limit`]
    /// (empty in sub-hits).
    pub more: Vec<Hit>,
    /// Number of further passages of the same document that match, all of
    /// which [`Hit::more`] lists when asked for them (0 in sub-hits).
    pub more_total: usize,
    /// The query's plain words, as typed, that this passage lacks: empty
    /// unless the results are [`SearchResults::partial`].
    pub missing: Vec<String>,
}

impl SearchRequest {
    /// A request for `query` with no filters and the default page.
    pub fn new(query: &str) -> SearchRequest {
        SearchRequest {
            query: query.to_string(),
            filters: BTreeMap::new(),
            limit: 20,
            offset: 0,
            sort: Sort::Relevance,
            more_offset: 0,
            more_limit: None,
        }
    }
}

impl Engine {
    /// Builds the index over `corpus` with the default configuration.
    pub fn new(corpus: Corpus) -> Engine {
        Engine::with_config(corpus, SearchConfig::default())
    }

    /// Builds the index over `corpus` with `config`.
    pub fn with_config(corpus: Corpus, config: SearchConfig) -> Engine {
        let index = Index::build(&corpus);
        Engine::assemble(corpus, index, PassageTexts::Inline, config)
    }

    /// An engine over a chunked corpus: `corpus` has no passage text, `index`
    /// was built over the whole corpus, and the text of `chunks` arrives
    /// through [`Engine::load_part`].
    pub fn chunked(
        corpus: Corpus,
        index: Index,
        chunks: Vec<TextChunk>,
        config: SearchConfig,
    ) -> Engine {
        Engine::assemble(corpus, index, PassageTexts::chunked(chunks), config)
    }

    /// The engine over `corpus` and its `index`: the facet and alias tables
    /// are derived here for both ways of building one.
    fn assemble(corpus: Corpus, index: Index, texts: PassageTexts, config: SearchConfig) -> Engine {
        let facets = FacetTables::build(&corpus, &index);
        let aliases = AliasTable::build(&corpus);
        Engine {
            corpus,
            index,
            facets,
            aliases,
            config,
            texts,
            measure_words: OnceLock::new(),
            answer_words: OnceLock::new(),
            contrasts: OnceLock::new(),
            sentence_terms: OnceLock::new(),
        }
    }

    /// The text of `passage`, or `None` while its chunk is not loaded.
    pub fn passage_text(&self, passage: PassageIdx) -> Option<&str> {
        self.texts.get(&self.corpus, passage)
    }

    /// The file of part `at` of a chunked corpus: text chunks are parts
    /// `0..n`, index shards the parts after them.
    pub fn part_file(&self, at: usize) -> Option<&str> {
        let chunks = self.texts.chunks();
        match chunks.get(at) {
            Some(chunk) => Some(&chunk.file),
            None => (self.index.shards().get(at - chunks.len())).map(|s| s.file.as_str()),
        }
    }

    /// Number of parts (0 for a corpus in one bundle).
    pub fn n_parts(&self) -> usize {
        self.texts.chunks().len() + self.index.shards().len()
    }

    /// The text chunks (empty for a corpus in one bundle).
    pub fn chunks(&self) -> &[TextChunk] {
        self.texts.chunks()
    }

    /// The text chunks (as part numbers) not loaded yet that hold some of `passages`.
    pub fn missing_chunks(&self, passages: impl IntoIterator<Item = PassageIdx>) -> Vec<usize> {
        self.texts.missing(passages)
    }

    /// The index shards (as part numbers) that a search for `query` needs
    /// and the engine does not have yet.
    pub fn missing_for_query(&self, query: &str) -> Vec<usize> {
        if self.index.shards().is_empty() {
            return Vec::new();
        }
        self.missing_for_plan(&self.plan_for(&self.parse(query)))
    }

    /// The index shards `plan` reads and the engine lacks. A corpus in one
    /// bundle has none to lack, so every search skips collecting the terms.
    fn missing_for_plan(&self, plan: &Plan) -> Vec<usize> {
        if self.index.shards().is_empty() {
            return Vec::new();
        }
        let offset = self.texts.chunks().len();
        (self.index.missing_shards(plan_terms(plan)).into_iter())
            .map(|s| s + offset)
            .collect()
    }

    /// Stores the fetched bytes of part `at` after checking them against the
    /// hash in its name; loading a part twice is harmless.
    pub fn load_part(&self, at: usize, bytes: &[u8]) -> Result<(), String> {
        let file = self.part_file(at).ok_or("no such part")?;
        if !crate::chunks::hash::names(file, bytes) {
            return Err(format!("{file} does not match its content hash"));
        }
        let n_chunks = self.texts.chunks().len();
        if at < n_chunks {
            self.texts.load(at, bytes)
        } else {
            self.index.load_shard(at - n_chunks, bytes)
        }
    }

    /// Bytes of chunked passage text loaded so far (0 for one bundle).
    pub fn loaded_text_bytes(&self) -> usize {
        self.texts.loaded_bytes()
    }

    /// The corpus this engine searches.
    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }

    /// The index (for statistics and benchmarks).
    pub fn index(&self) -> &Index {
        &self.index
    }

    /// The facet tables.
    pub(crate) fn facets_tables(&self) -> &FacetTables {
        &self.facets
    }

    /// The facts' measure labels as words (tokenized on first use).
    pub(crate) fn measure_words(&self) -> &MeasureWords {
        self.measure_words
            .get_or_init(|| MeasureWords::build(&self.corpus))
    }

    /// The measures' words for answers (built on first use).
    pub(crate) fn answer_words(&self) -> &AnswerWords {
        self.answer_words
            .get_or_init(|| AnswerWords::build(&self.corpus))
    }

    /// The alternatives the answer measures set side by side (read on
    /// first use).
    pub(crate) fn contrasts(&self) -> &Contrasts {
        self.contrasts.get_or_init(|| {
            let sentences = self.corpus().facts.iter().map(|f| f.sentence.as_str());
            Contrasts::build(self.answer_words().named_measures(self.corpus()), sentences)
        })
    }

    /// The answer figures' source sentences as words (slots made on first use).
    pub(crate) fn sentence_terms(&self) -> &SentenceTerms {
        self.sentence_terms
            .get_or_init(|| SentenceTerms::new(self.answer_figures().len()))
    }

    /// The configuration in use.
    pub fn config(&self) -> &SearchConfig {
        &self.config
    }

    /// Estimated heap bytes of the index, facet tables and alias table (not the corpus).
    pub fn heap_bytes(&self) -> usize {
        self.index.heap_bytes()
            + self.facets.heap_bytes()
            + self.aliases.heap_bytes()
            + (self.measure_words.get()).map_or(0, MeasureWords::heap_bytes)
            + (self.answer_words.get()).map_or(0, AnswerWords::heap_bytes)
            + (self.contrasts.get()).map_or(0, Contrasts::heap_bytes)
            + (self.sentence_terms.get()).map_or(0, SentenceTerms::heap_bytes)
    }

    /// Whether `query` goes past the configured limits, so a search reads
    /// only its beginning.
    pub fn query_is_cut(&self, query: &str) -> bool {
        self.parse(query).truncated
    }

    /// Answers `request`. Never fails: an empty or unusable query gives empty results.
    ///
    /// When no passage holds every word: a question or a long query gets the
    /// passages that hold most of them (and a spelling correction, if one
    /// matches whole); a short keyword query gets a spelling correction, or
    /// else the shorter queries that match, and only when neither helps the
    /// passages that hold most of its words.
    pub fn search(&self, request: &SearchRequest) -> SearchResults {
        let mut results = self.search_passages(request);
        if results.pending.is_empty() {
            results.answers = self.answers_for(&self.parse(&request.query), &request.filters);
        }
        results
    }

    /// [`Engine::search`] without the answers: the passages, and what to
    /// offer when none holds every word. For a caller that shows answers
    /// elsewhere, or not at all, and need not rank them per keystroke.
    pub fn search_passages(&self, request: &SearchRequest) -> SearchResults {
        let mut results = self.search_with(request, Matching::Strict);
        if results.total > 0 || !results.pending.is_empty() {
            return results;
        }
        let parsed = self.parse(&request.query);
        let when = coordinate::when(&parsed, &self.plan_for(&parsed), &request.query);
        let mut coordinated = false;
        if when == When::First {
            let partial = self.search_with(request, Matching::Partial);
            if partial.total > 0 {
                (results, coordinated) = (partial, true);
            }
        }
        results.suggestion = suggest(self, request);
        if coordinated || results.suggestion.is_some() {
            return results;
        }
        results.fewer_words = fewer_words(self, request);
        if results.fewer_words.is_empty() && when == When::Last {
            let partial = self.search_with(request, Matching::Partial);
            if partial.total > 0 {
                return partial;
            }
        }
        results
    }

    /// [`Engine::search`] without the did-you-mean pass and without leaving
    /// words out: every passage holds every word.
    pub(super) fn search_without_suggestion(&self, request: &SearchRequest) -> SearchResults {
        self.search_with(request, Matching::Strict)
    }

    fn search_with(&self, request: &SearchRequest, matching: Matching) -> SearchResults {
        let parsed = self.parse(&request.query);
        let mut results = SearchResults {
            total: 0,
            total_docs: 0,
            hits: Vec::new(),
            facets: BTreeMap::new(),
            suggestion: None,
            fewer_words: Vec::new(),
            partial: false,
            truncated: parsed.truncated,
            pending: Vec::new(),
            answers: Vec::new(),
        };
        if parsed.is_empty() && request.filters.values().all(Vec::is_empty) {
            return results;
        }
        let plan = self.plan_for(&parsed);
        results.pending = self.missing_for_plan(&plan);
        if !results.pending.is_empty() {
            return results;
        }
        let (matched, partial) = match matching {
            Matching::Strict => (self.run_plan(&parsed, &plan), None),
            Matching::Partial => {
                let partial = self.run_partial(&parsed, &plan);
                (partial.matched.clone(), Some(partial))
            }
        };
        results.partial = partial.as_ref().is_some_and(|p| p.lacking);
        let selection = self.selection(&request.filters, false);
        results.facets = self.facets.count(
            &matched.iter().map(|s| s.passage).collect::<Vec<_>>(),
            &selection,
            self.config.max_facet_values,
        );
        let mut ranked: Vec<Scored> = (matched.into_iter())
            .filter(|s| self.facets.failures(s.passage, &selection) == 0)
            .collect();
        results.total = ranked.len();
        let pager = Pager {
            corpus: &self.corpus,
            config: &self.config,
        };
        let per_doc = pager.count_per_doc(&ranked);
        results.total_docs = per_doc.iter().filter(|&&n| n > 0).count();
        let boost = |top: &mut [Scored]| Matcher::new(self).boost_proximity(&plan, top);
        let groups = pager.page(&mut ranked, request, boost);
        results.hits = (groups.into_iter().skip(request.offset).take(request.limit))
            .map(|group| {
                let mut hit = self.hit(&plan, &group, request.more_offset, partial.as_ref());
                hit.more_total = (per_doc[hit.doc as usize] as usize).saturating_sub(1);
                hit
            })
            .collect();
        let shown = (results.hits.iter()).flat_map(|h| std::iter::once(h).chain(&h.more));
        results.pending = self.missing_chunks(shown.map(|h| h.passage));
        results
    }

    /// Parses a query with the configured limits.
    /// The field filters typed in `query` (`speaker:shen`), in query order,
    /// each with the facet values it selects (as the URL names them), so the
    /// page can show them as it shows facet choices.
    pub fn typed_filters(&self, query: &str) -> Vec<TypedFilter> {
        self.parse(query)
            .filters
            .into_iter()
            .map(|(facet, typed)| {
                let values = (self.facets.resolve(facet, &typed, true).into_iter())
                    .filter_map(|id| self.facets.value_name(facet, id))
                    .map(str::to_string)
                    .collect();
                TypedFilter {
                    facet,
                    typed,
                    values,
                }
            })
            .collect()
    }

    pub(super) fn parse(&self, query: &str) -> ParsedQuery {
        parse(
            query,
            self.config.max_query_chars,
            self.config.max_query_words,
        )
    }

    /// The plan for `parsed` and every passage that meets it and its field
    /// filters (before facet selections), sorted by passage.
    /// For a chunked corpus, passages in index shards not loaded yet are
    /// not found (see [`Engine::missing_for_query`]).
    pub(super) fn matches(&self, parsed: &ParsedQuery) -> (Plan, Vec<Scored>) {
        let plan = self.plan_for(parsed);
        let matched = self.run_plan(parsed, &plan);
        (plan, matched)
    }

    /// [`Engine::matches`], or when no passage holds every word of a
    /// question or a long query, the passages that hold most of them (see
    /// [`super::coordinate`]), as a search lists them. A short keyword query
    /// stays strict: its search offers shorter queries instead. The flag
    /// says whether the passages hold only most of the words.
    pub(super) fn matches_or_most(
        &self,
        parsed: &ParsedQuery,
        query: &str,
    ) -> (Plan, Vec<Scored>, bool) {
        let (plan, matched) = self.matches(parsed);
        if matched.is_empty() && coordinate::when(parsed, &plan, query) == When::First {
            let most = self.run_partial(parsed, &plan).matched;
            return (plan, most, true);
        }
        (plan, matched, false)
    }

    fn plan_for(&self, parsed: &ParsedQuery) -> Plan {
        plan(
            parsed,
            &self.index,
            &self.aliases,
            &self.corpus,
            &self.config,
        )
    }

    /// The passages that hold most of the plain words of `plan` (see
    /// [`super::coordinate`]), with the query's field filters.
    fn run_partial(&self, parsed: &ParsedQuery, plan: &Plan) -> Partial {
        let hard = self.hard_filters(parsed);
        let keep = |passage| self.facets.failures(passage, &hard) == 0;
        Matcher::new(self).coordinate(plan, keep)
    }

    /// The field filters typed in the query, resolved.
    pub(super) fn hard_filters(&self, parsed: &ParsedQuery) -> Selection {
        let mut typed: BTreeMap<Facet, Vec<String>> = BTreeMap::new();
        for (facet, value) in &parsed.filters {
            typed.entry(*facet).or_default().push(value.clone());
        }
        self.selection(&typed, true)
    }

    fn run_plan(&self, parsed: &ParsedQuery, plan: &Plan) -> Vec<Scored> {
        let mut matched = if plan.clauses.is_empty() {
            let mut all = (0..self.corpus.passages.len() as PassageIdx)
                .map(|passage| Scored {
                    passage,
                    score: 0.0,
                    why: 0,
                    coord: 0,
                })
                .collect();
            // A query of exclusions only (`-patent`) keeps every passage
            // but those; the figures panel listed them all.
            Matcher::new(self).drop_excluded(plan, &mut all);
            all
        } else {
            Matcher::new(self).run(plan)
        };
        let hard = self.hard_filters(parsed);
        matched.retain(|s| self.facets.failures(s.passage, &hard) == 0);
        matched
    }

    /// Resolves filter values to value ids; `fuzzy` for filters typed in the query.
    pub(super) fn selection(
        &self,
        filters: &BTreeMap<Facet, Vec<String>>,
        fuzzy: bool,
    ) -> Selection {
        let mut selection = Selection::default();
        for (facet, values) in filters.iter().filter(|(_, v)| !v.is_empty()) {
            let mut ids: Vec<u32> = (values.iter().take(self.config.max_filter_values))
                .flat_map(|v| self.facets.resolve(*facet, v, fuzzy))
                .collect();
            ids.sort_unstable();
            ids.dedup();
            selection.0[*facet as usize] = Some(ids);
        }
        selection
    }

    /// The hit of a document group: its best passage, with the further
    /// passages after the first `skip` in `more`.
    fn hit(&self, plan: &Plan, group: &[Scored], skip: usize, partial: Option<&Partial>) -> Hit {
        let hit = |s: &Scored| {
            let mut hit = self.passage_hit(plan, s);
            hit.missing = partial.map_or_else(Vec::new, |p| p.missing(s.passage));
            hit
        };
        let (first, further) = group
            .split_first()
            .unwrap_or_else(|| unreachable!("groups are never empty"));
        let mut best = hit(first);
        best.more = further.iter().skip(skip).map(hit).collect();
        best
    }

    /// `(position, term)` of every word of each place where `phrase` stands
    /// whole, its terms at consecutive positions, in `passage`.
    fn phrase_positions(&self, phrase: &[TermId], passage: u32) -> Vec<(u32, u32)> {
        let Some((&first, rest)) = phrase.split_first() else {
            return Vec::new();
        };
        let starts = self.index.positions_in(first, passage);
        let mut out = Vec::new();
        for &start in starts {
            let whole = rest.iter().enumerate().all(|(i, &term)| {
                let at = start + 1 + i as u32;
                self.index
                    .positions_in(term, passage)
                    .binary_search(&at)
                    .is_ok()
            });
            if whole {
                out.extend(
                    phrase
                        .iter()
                        .enumerate()
                        .map(|(i, &t)| (start + i as u32, t)),
                );
            }
        }
        out
    }

    /// `(position, term)` of every match to highlight in `passage`, sorted.
    fn highlight_positions(&self, plan: &Plan, passage: PassageIdx) -> Vec<(u32, u32)> {
        let mut matches: Vec<(u32, u32)> = Vec::new();
        for &term in &plan.highlight {
            let positions = self.index.positions_in(term, passage);
            matches.extend(positions.iter().map(|&p| (p, term)));
        }
        for phrase in &plan.highlight_phrases {
            matches.extend(self.phrase_positions(phrase, passage));
        }
        matches.sort_unstable();
        matches.dedup();
        matches
    }

    /// Where `query` matches in each passage of `passages` (clamped to the
    /// corpus): byte ranges of the marked words, by the rules of snippet
    /// marks, so the reader can highlight a whole document. Passages the query
    /// does not match (a phrase that is not there, an excluded word) get none;
    /// when no passage holds every word, those a search lists as holding
    /// most of them get theirs.
    pub fn highlights(&self, query: &str, passages: Range<PassageIdx>) -> Vec<Vec<Range<usize>>> {
        let parsed = self.parse(query);
        let (plan, matched, _) = self.matches_or_most(&parsed, query);
        let end = passages.end.min(self.corpus.passages.len() as PassageIdx);
        (passages.start.min(end)..end)
            .map(|p| {
                if plan.clauses.is_empty()
                    || matched.binary_search_by_key(&p, |s| s.passage).is_err()
                {
                    return Vec::new();
                }
                let mut positions: Vec<u32> = (self.highlight_positions(&plan, p).into_iter())
                    .map(|(position, _)| position)
                    .collect();
                positions.dedup();
                (self.passage_text(p)).map_or_else(Vec::new, |text| match_spans(text, &positions))
            })
            .collect()
    }

    fn passage_hit(&self, plan: &Plan, scored: &Scored) -> Hit {
        let passage = &self.corpus.passages[scored.passage as usize];
        let exact: Vec<(u32, &str)> = (plan.exact_words.iter())
            .map(|(t, w)| (*t, w.as_str()))
            .collect();
        // Without its text (a chunk not loaded yet) a hit has no snippet;
        // `SearchResults::pending` says which chunks would give it one.
        let Some(text) = self.passage_text(scored.passage) else {
            return Hit {
                doc: passage.doc,
                passage: scored.passage,
                score: scored.score,
                snippet: Vec::new(),
                why: MatchKind::from_bits(scored.why),
                more: Vec::new(),
                more_total: 0,
                missing: Vec::new(),
            };
        };
        let matches = self.highlight_positions(plan, scored.passage);
        let snip = snippet(text, &matches, &exact, self.config.snippet_words);
        let mut why = scored.why & !MatchKind::Exact.bit();
        if snip.exact || (scored.why & MatchKind::Exact.bit() != 0 && !snip.stem) {
            why |= MatchKind::Exact.bit();
        }
        if snip.stem {
            why |= MatchKind::Stem.bit();
        }
        Hit {
            doc: passage.doc,
            passage: scored.passage,
            score: scored.score,
            snippet: snip.segments,
            why: MatchKind::from_bits(why),
            more: Vec::new(),
            more_total: 0,
            missing: Vec::new(),
        }
    }
}

/// Every term `plan` may read postings of: what a chunked corpus must have
/// loaded before the plan runs.
fn plan_terms(plan: &Plan) -> Vec<TermId> {
    let mut terms: Vec<TermId> = plan.highlight.clone();
    terms.extend(plan.highlight_phrases.iter().flatten());
    terms.extend(plan.proximity.iter().flatten());
    let alternatives = (plan.clauses.iter())
        .flat_map(|c| &c.alternatives)
        .chain(&plan.excluded);
    for alternative in alternatives {
        if let Alternative::Words { parts, .. } = alternative {
            terms.extend(parts.iter().flatten().map(|e| e.term));
        }
    }
    terms
}

impl<'a> Matcher<'a> {
    /// The matcher over `engine`'s index.
    pub fn new(engine: &'a Engine) -> Matcher<'a> {
        Matcher {
            index: &engine.index,
            corpus: &engine.corpus,
            weights: &engine.config.weights,
        }
    }
}

#[cfg(test)]
mod tests {
    use expect_test::{expect, Expect};

    use super::*;
    use crate::fixture;

    fn check(query: &str, expected: Expect) {
        let engine = fixture::engine();
        expected.assert_eq(&fixture::shown(&engine, &SearchRequest::new(query)));
    }

    #[test]
    fn every_word_must_match_best_first() {
        check(
            "foreign protect ",
            expect!["briefing#p3(exact) briefing#p4(exact)"],
        );
        check(
            "press conference ",
            expect!["briefing#p1(exact) culture#p1(exact) culture#p2(exact)"],
        );
    }

    #[test]
    fn question_and_function_words_are_not_required_even_last() {
        let shown = |q: &str| fixture::shown(&fixture::engine(), &SearchRequest::new(q));
        assert_eq!(
            shown("how many foreign protect "),
            shown("foreign protect ")
        );
        // The last word of a query with no final space is a prefix; a stop
        // word there is still not required.
        assert_eq!(shown("foreign protect what"), shown("foreign protect "));
        // A query of stop words alone still searches them.
        assert_ne!(shown("the "), "");
    }

    #[test]
    fn stems_prefixes_and_typos_say_why() {
        check("patent ", expect!["briefing#p2(stem) talent#p2(exact)"]);
        check("exami", expect!["talent#p2(prefix)"]);
        check("devlopment ", expect!["culture#p1(typo)"]);
        check(
            "intelectual propety ",
            expect!["briefing#p3(typo) briefing#p1(typo) briefing#p2(typo) culture#p1(typo)"],
        );
    }

    #[test]
    fn phrases_and_exclusions() {
        check(
            "\"intellectual property rights\"",
            expect!["briefing#p3(exact) culture#p1(exact)"],
        );
        check("patents -\"high-value\"", expect!["talent#p2(stem)"]);
        check("\"rights intellectual\"", expect![""]);
    }

    #[test]
    fn aliases_find_other_names_of_an_entity() {
        check(
            "CNIPA ",
            expect!["culture#p1(exact,alias) culture#p2(exact) briefing#p1(alias)"],
        );
        check(
            "intellectual property rights ",
            expect!["briefing#p3(exact,alias) briefing#p4(alias) culture#p1(exact,alias)"],
        );
    }

    #[test]
    fn synonyms_of_the_registry_match_as_aliases() {
        // briefing#p3 says `companies`, briefing#p4 `enterprises`; the talent
        // report says `talent` (its passages sit under the section `Talent`).
        check(
            "enterprises ",
            expect!["briefing#p4(exact) briefing#p3(alias)"],
        );
        check(
            "professionals ",
            expect!["talent#p1(alias) talent#p2(alias)"],
        );
    }

    /// The marked words of each shown passage's snippet, `passage: a|b`.
    fn marks(query: &str) -> String {
        let engine = fixture::engine();
        let results = engine.search(&SearchRequest::new(query));
        let corpus = engine.corpus();
        let mut lines = Vec::new();
        for hit in results
            .hits
            .iter()
            .flat_map(|h| std::iter::once(h).chain(&h.more))
        {
            let marked: Vec<&str> = (hit.snippet.iter())
                .filter(|s| s.mark)
                .map(|s| s.text.as_str())
                .collect();
            let id = &corpus.passages[hit.passage as usize].id;
            lines.push(format!("{id}: {}", marked.join("|")));
        }
        lines.join("\n")
    }

    #[test]
    fn an_alias_phrase_is_marked_only_where_it_stands_whole() {
        // `CNIPA` is also `China National Intellectual Property
        // Administration`: its words alone (`intellectual property` in
        // culture#p1) are not the alias and stay unmarked.
        expect![[r#"
            culture#p1: CNIPA
            culture#p2: 
            briefing#p1: NIPA"#]]
        .assert_eq(&marks("CNIPA "));
        // Typed words are marked wherever they stand.
        expect![[r#"
            briefing#p3: intellectual|property|rights
            briefing#p4: IPR
            culture#p1: intellectual|property|rights"#]]
        .assert_eq(&marks("intellectual property rights "));
    }

    #[test]
    fn numbers_compounds_and_cjk() {
        check("530,000 ", expect!["briefing#p2(exact)"]);
        check("24.6% ", expect!["talent#p1(exact)"]);
        check("worldip ", expect!["culture#p2(exact)"]);
        check("high-value ", expect!["briefing#p2(exact)"]);
        check("知识产权", expect!["talent#p2(exact)"]);
    }

    #[test]
    fn field_filters_in_the_query() {
        check("speaker:shen", expect!["briefing#p2() briefing#p4()"]);
        check(
            "protect speaker:shen year:2021 kind:transcript",
            expect!["briefing#p4(exact)"],
        );
        check(
            "ip doc:talent",
            expect!["talent#p1(exact,alias) talent#p2(exact)"],
        );
        check("entity:cnipa", expect!["briefing#p1() culture#p1()"]);
    }

    #[test]
    fn unusable_queries_give_empty_results() {
        check("", expect![""]);
        check("!!! ---", expect![""]);
        check("\"patent examiners", expect!["talent#p2(exact)"]);
        let engine = fixture::engine();
        let long = "patent ".repeat(1_000) + &"x".repeat(10_000);
        let results = engine.search(&SearchRequest::new(&long));
        assert!(results.total > 0);
    }

    /// The words `highlights` marks in each passage of the fixture, `id: a|b`.
    fn marked(query: &str) -> String {
        let engine = fixture::engine();
        let n = engine.corpus().passages.len() as PassageIdx;
        let all = engine.highlights(query, 0..n + 5);
        assert_eq!(all.len(), n as usize, "clamped to the corpus");
        (engine.corpus().passages.iter().zip(&all))
            .filter(|(_, spans)| !spans.is_empty())
            .map(|(p, spans)| {
                let words: Vec<&str> = spans.iter().map(|r| &p.text[r.clone()]).collect();
                format!("{}: {}", p.id, words.join("|"))
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    #[test]
    fn highlights_mark_every_match_in_whole_passages() {
        assert_eq!(marked("talent"), "talent#p1: talent");
        assert_eq!(
            marked("protect foreign"),
            "briefing#p3: protect|foreign; briefing#p4: foreign|protect"
        );
        assert_eq!(
            marked("\"patent examiners\""),
            "talent#p2: patent|examiners"
        );
        assert_eq!(marked("training"), "talent#p2: Training|training");
        assert_eq!(
            marked("training -beijing"),
            "",
            "the only passage is excluded"
        );
        assert_eq!(marked(""), "");
        assert_eq!(marked("speaker:shen"), "");
        // A question whose words never all meet: the passages it lists.
        assert_eq!(
            marked("did foreign domestic protect qqqzzz?"),
            "briefing#p4: domestic|foreign|protect"
        );
    }
}
