//! Every knob of the engine in one place: [`SearchConfig`] with its
//! [`RankingWeights`]. Each has exactly one `Default`, the tuned values the
//! judged relevance set is measured with.

/// Weights of the BM25F ranking and its boosts.
#[derive(Debug, Clone, PartialEq)]
pub struct RankingWeights {
    /// BM25 term-frequency saturation.
    pub k1: f32,
    /// Weight of the document title field.
    pub title: f32,
    /// Weight of the section heading field.
    pub section: f32,
    /// Weight of the speaker field.
    pub speaker: f32,
    /// Weight of the passage body.
    pub body: f32,
    /// Length normalisation of the body (BM25 `b`); the short fields use `b_field`.
    pub b_body: f32,
    /// Length normalisation of title, section and speaker.
    pub b_field: f32,
    /// Score multiplier of a term matched by prefix.
    pub prefix: f32,
    /// Score multiplier of a term matched with one edit.
    pub typo_one: f32,
    /// Score multiplier of a term matched with two edits.
    pub typo_two: f32,
    /// Score multiplier of a match through an entity alias.
    pub alias: f32,
    /// Largest boost for query words that stand close together in the body.
    pub proximity: f32,
    /// Extra boost when all query words stand side by side, in order.
    pub phrase: f32,
}

impl Default for RankingWeights {
    fn default() -> RankingWeights {
        RankingWeights {
            k1: 1.2,
            title: 1.5,
            section: 2.0,
            speaker: 2.0,
            body: 1.0,
            b_body: 0.6,
            b_field: 0.5,
            prefix: 0.8,
            typo_one: 0.6,
            typo_two: 0.4,
            alias: 0.9,
            proximity: 0.5,
            phrase: 0.5,
        }
    }
}

/// Limits and tolerances of query processing.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchConfig {
    /// Ranking weights.
    pub weights: RankingWeights,
    /// Words of a query beyond this many are ignored, so pathological input stays fast.
    pub max_query_words: usize,
    /// Characters of a query beyond this many are ignored.
    pub max_query_chars: usize,
    /// Values of one facet a request may select; further ones are ignored,
    /// so a request with thousands of values stays cheap.
    pub max_filter_values: usize,
    /// Most index words one typed prefix expands to (the most frequent win).
    pub max_prefix_expansions: usize,
    /// Most index words one misspelt word expands to (the closest, then most frequent).
    pub max_typo_expansions: usize,
    /// Words shorter than this get no typo tolerance.
    pub typo_one_min_len: usize,
    /// Words at least this long tolerate two edits.
    pub typo_two_min_len: usize,
    /// A prefix shorter than this only matches whole words.
    pub min_prefix_len: usize,
    /// How many top passages get the proximity re-ranking.
    pub rerank_depth: usize,
    /// Passages of a document group when a request does not say (the best
    /// one plus sub-results; see [`crate::SearchRequest::more_limit`]).
    pub passages_per_doc: usize,
    /// Words in a snippet window.
    pub snippet_words: usize,
    /// Passages fully sorted per passage a page can show (at least
    /// `rerank_depth`); the rest is sorted only if the page needs it.
    pub sort_margin: usize,
    /// Most values one facet reports (the most frequent), besides selected ones.
    pub max_facet_values: usize,
}

impl Default for SearchConfig {
    fn default() -> SearchConfig {
        SearchConfig {
            weights: RankingWeights::default(),
            max_query_words: 32,
            max_query_chars: 1_000,
            max_filter_values: 64,
            max_prefix_expansions: 12,
            max_typo_expansions: 8,
            typo_one_min_len: 5,
            typo_two_min_len: 9,
            min_prefix_len: 2,
            rerank_depth: 200,
            passages_per_doc: 3,
            snippet_words: 32,
            sort_margin: 4,
            max_facet_values: 100,
        }
    }
}
