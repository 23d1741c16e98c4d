//! BM25F scoring as small pure functions over a stats struct, plus the
//! proximity boost used to re-rank the best passages.
//!
//! BM25F: each field's term frequency is length-normalised and weighted, the
//! weighted sum is saturated once with `k1`, and the result is scaled by the
//! term's inverse document frequency (over passages).

use super::config::RankingWeights;

/// What the score of one term in one passage depends on. Fields are in the
/// order title, section, speaker, body.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct TermStats {
    /// Term frequency per field.
    pub tf: [f32; 4],
    /// Field length in tokens.
    pub len: [f32; 4],
    /// Mean field length over the corpus.
    pub avg_len: [f32; 4],
}

/// Inverse document frequency of a term found in `df` of `n` passages.
pub fn idf(n: usize, df: usize) -> f32 {
    let (n, df) = (n as f32, df.min(n) as f32);
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

/// The BM25F score of one term in one passage.
pub fn bm25f(idf: f32, stats: &TermStats, weights: &RankingWeights) -> f32 {
    let field_weights = [
        weights.title,
        weights.section,
        weights.speaker,
        weights.body,
    ];
    let field_b = [
        weights.b_field,
        weights.b_field,
        weights.b_field,
        weights.b_body,
    ];
    let mut weighted_tf = 0.0;
    for f in 0..4 {
        if stats.tf[f] > 0.0 {
            let norm = 1.0 - field_b[f] + field_b[f] * stats.len[f] / stats.avg_len[f].max(1.0);
            weighted_tf += field_weights[f] * stats.tf[f] / norm.max(0.1);
        }
    }
    idf * weighted_tf * (weights.k1 + 1.0) / (weights.k1 + weighted_tf)
}

/// The score multiplier for query words that cover `span` consecutive body
/// positions at best (`n_words` of them, `in_order` when they stand in query
/// order with nothing between): 1 when far apart, up to `1 + proximity + phrase`.
pub fn proximity_boost(n_words: usize, span: u32, in_order: bool, weights: &RankingWeights) -> f32 {
    if n_words < 2 || span == 0 {
        return 1.0;
    }
    let closeness = n_words as f32 / span.max(n_words as u32) as f32;
    let phrase = if in_order && span as usize == n_words {
        weights.phrase
    } else {
        0.0
    };
    1.0 + weights.proximity * closeness + phrase
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(tf: f32, len: f32) -> TermStats {
        TermStats {
            tf: [0.0, 0.0, 0.0, tf],
            len: [0.0, 0.0, 0.0, len],
            avg_len: [5.0, 5.0, 2.0, 50.0],
        }
    }

    #[test]
    fn rarer_terms_weigh_more() {
        assert!(idf(100, 1) > idf(100, 10));
        assert!(idf(100, 100) > 0.0);
    }

    #[test]
    fn more_occurrences_score_higher_but_saturate() {
        let w = RankingWeights::default();
        let one = bm25f(1.0, &body(1.0, 50.0), &w);
        let two = bm25f(1.0, &body(2.0, 50.0), &w);
        let twenty = bm25f(1.0, &body(20.0, 50.0), &w);
        assert!(one < two && two < twenty);
        assert!(twenty - two < two - one + (w.k1 + 1.0));
        assert!(twenty < w.k1 + 1.0 + f32::EPSILON);
    }

    #[test]
    fn shorter_passages_score_higher_for_the_same_tf() {
        let w = RankingWeights::default();
        assert!(bm25f(1.0, &body(1.0, 10.0), &w) > bm25f(1.0, &body(1.0, 200.0), &w));
    }

    #[test]
    fn a_title_match_adds_to_a_body_match() {
        let w = RankingWeights::default();
        let mut both = body(1.0, 50.0);
        both.tf[0] = 1.0;
        both.len[0] = 5.0;
        assert!(bm25f(1.0, &both, &w) > bm25f(1.0, &body(1.0, 50.0), &w));
    }

    #[test]
    fn adjacent_words_in_order_get_the_largest_boost() {
        let w = RankingWeights::default();
        let phrase = proximity_boost(2, 2, true, &w);
        let near = proximity_boost(2, 2, false, &w);
        let far = proximity_boost(2, 40, false, &w);
        assert!(phrase > near && near > far && far > 1.0);
        assert_eq!(proximity_boost(1, 1, true, &w), 1.0);
    }
}
