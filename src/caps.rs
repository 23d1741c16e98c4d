//! The caps on everything that comes from outside the explorer: one table,
//! applied where outside input is first read, before any other work, by every
//! entry point (the page URL, `<ip-explorer>` attributes, `mount()` and
//! `update()` options, the iframe's query string and its messages, and the JS
//! API's options). Past a cap, input is cut (a query) or dropped (a value too
//! long to be a filter value or an id, values past the count of a facet,
//! parameters past the count of a query string), never an error.
//!
//! Where each is applied: [`crate::view_state::query_params`] and
//! `ViewState::from_query_string` for every query string (URL, iframe,
//! `filters` attribute and option, messages' filters); `ViewState::typed` for
//! the search box; `api::js_read` (wasm) for every value read from a
//! JavaScript object, before it is copied into the wasm.

/// Characters of a query the view and the search read; the engine's own
/// `SearchConfig::max_query_chars` is the same (a test checks it). The search
/// box may hold more, and says the rest is not searched.
pub const MAX_QUERY_CHARS: usize = 1_000;

/// Values of one facet a filter keeps; the engine reads no more
/// (`SearchConfig::max_filter_values`).
pub const MAX_FILTER_VALUES: usize = 64;

/// Characters of one filter value, document id or passage id: longer values
/// name nothing in any corpus and are dropped.
pub const MAX_VALUE_CHARS: usize = 256;

/// Parameters of a query string read, in order; the rest are ignored. Room
/// for a query, every facet at its cap and the other parameters.
pub const MAX_PARAMS: usize = 512;

/// Facet names read from a JavaScript `filters` object (there are six, and
/// `section`); the rest of its keys are ignored.
pub const MAX_FILTER_KEYS: usize = 16;

/// Bytes of one encoded query-string value read: a query at its cap written
/// with the longest escapes (`%XX` for each of four UTF-8 bytes).
pub const MAX_ENCODED_VALUE_BYTES: usize = 12 * MAX_QUERY_CHARS;

/// `text` cut to its first [`MAX_QUERY_CHARS`] characters.
pub fn cut_query(text: &str) -> &str {
    match text.char_indices().nth(MAX_QUERY_CHARS) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

/// Whether `value` is short enough to be a filter value or an id.
pub fn is_short_value(value: &str) -> bool {
    value.len() <= MAX_VALUE_CHARS || value.chars().count() <= MAX_VALUE_CHARS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_engine_reads_as_much_as_the_caps_let_in() {
        let config = crate::engine::SearchConfig::default();
        assert_eq!(config.max_query_chars, MAX_QUERY_CHARS);
        assert_eq!(config.max_filter_values, MAX_FILTER_VALUES);
    }

    #[test]
    fn a_query_is_cut_at_a_character_boundary() {
        let long = "专".repeat(MAX_QUERY_CHARS + 5);
        assert_eq!(cut_query(&long).chars().count(), MAX_QUERY_CHARS);
        assert_eq!(cut_query("patent"), "patent");
        assert!(is_short_value(&"é".repeat(MAX_VALUE_CHARS)));
        assert!(!is_short_value(&"e".repeat(MAX_VALUE_CHARS + 1)));
    }
}
