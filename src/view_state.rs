//! The explorer's view as plain data, and its URL form, so every view is a
//! permalink and Back/Forward can restore it.
//!
//! URL form (DESIGN.md's contract):
//! `?q=...&kind=...&year=...&doc=...&speaker=...&entity=...&topic=...&read=...&passage=...`
//! - `q`: the query text.
//! - `kind`, `year`, `doc`, `speaker`, `entity`, `topic`: facet filters, named
//!   as the facets are. A filter with several values repeats its parameter
//!   (`kind=news&kind=report`), never a comma list, because speaker and entity
//!   names may themselves hold commas.
//! - `sort=date`: results newest first; absent (or any other value) means by relevance.
//! - `read`: the document open in the reader; `passage`: the passage anchored in it.
//!
//! Invariant: parsing never fails. Unknown parameters, empty values and values
//! with malformed percent-encoding (or bytes that are not UTF-8) are ignored.
//! Serialising then parsing gives back the same state. Parsing applies the
//! caps of [`crate::caps`] before any other work: at most `MAX_PARAMS`
//! parameters, a query cut to `MAX_QUERY_CHARS`, at most `MAX_FILTER_VALUES`
//! values per facet, and no filter value or id over `MAX_VALUE_CHARS`.

use std::collections::BTreeMap;

use crate::caps::{
    cut_query, is_short_value, MAX_ENCODED_VALUE_BYTES, MAX_FILTER_VALUES, MAX_PARAMS,
};

/// Facet names a filter may use, in URL order, with the parameter each is written as.
pub const FILTERS: [(&str, &str); 6] = [
    ("kind", "kind"),
    ("year", "year"),
    ("doc", "doc"),
    ("speaker", "speaker"),
    ("entity", "entity"),
    ("topic", "topic"),
];

/// Everything that decides what the explorer shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The query as typed.
    pub query: String,
    /// Facet filters: facet name (`kind`, `year`, `doc`, `speaker`, `entity`,
    /// `topic`) → selected values, in selection order, without repeats or empties.
    pub filters: BTreeMap<String, Vec<String>>,
    /// Results newest first instead of by relevance.
    pub newest_first: bool,
    /// Id of the document open in the reader.
    pub doc: Option<String>,
    /// Id of the passage the reader scrolls to and highlights.
    pub passage: Option<String>,
}

impl ViewState {
    /// Parses a query string, with or without its leading `?`. Never fails.
    pub fn from_query_string(search: &str) -> ViewState {
        let mut state = ViewState::default();
        for (name, value) in query_params(search) {
            state.set_param(&name, value);
        }
        if state.doc.is_none() {
            // A passage id starts with its document id (`<doc>#p<n>`), so a bare
            // passage link still opens the right document.
            state.doc = state
                .passage
                .as_deref()
                .and_then(|p| p.split_once('#'))
                .and_then(|(doc, _)| non_empty(doc.to_string()));
        }
        state
    }

    /// The query string for this state, with a leading `?`, or `""` for the
    /// empty state. Parameters come in a fixed order, so equal states give
    /// equal strings.
    pub fn to_query_string(&self) -> String {
        let mut pairs: Vec<(&str, &str)> = Vec::new();
        if !self.query.is_empty() {
            pairs.push(("q", &self.query));
        }
        for (facet, param) in FILTERS {
            for value in self.filters.get(facet).into_iter().flatten() {
                pairs.push((param, value));
            }
        }
        if self.newest_first {
            pairs.push(("sort", "date"));
        }
        if let Some(doc) = &self.doc {
            pairs.push(("read", doc));
        }
        if let Some(passage) = &self.passage {
            pairs.push(("passage", passage));
        }
        if pairs.is_empty() {
            return String::new();
        }
        let encoded: Vec<String> = pairs
            .into_iter()
            .map(|(name, value)| format!("{name}={}", encode(value)))
            .collect();
        format!("?{}", encoded.join("&"))
    }

    /// This state with the reader open at `doc` (and `passage`, when given);
    /// the query and filters stay, so closing the reader goes back to them.
    pub fn open(&self, doc: &str, passage: Option<&str>) -> ViewState {
        ViewState {
            doc: Some(doc.to_string()),
            passage: passage.map(str::to_string),
            ..self.clone()
        }
    }

    /// This state searching `query` instead: filters and order stay, the
    /// reader closes (search results show only with it closed).
    pub fn searching(&self, query: &str) -> ViewState {
        ViewState {
            query: query.to_string(),
            ..self.closed()
        }
    }

    /// This state with the reader closed.
    pub fn closed(&self) -> ViewState {
        ViewState {
            doc: None,
            passage: None,
            ..self.clone()
        }
    }

    /// The state after typing `typed` into the search box, and whether that
    /// is a navigation (a new history entry) rather than an edit in place.
    /// Starting a search (blank to text), clearing it (text to blank) and
    /// typing in the reader (which leaves it for the results) are navigations,
    /// so Back returns to the overview or the reader; every other keystroke
    /// edits the query in place. `None` when the query is unchanged.
    pub fn typed(&self, typed: &str) -> Option<(ViewState, bool)> {
        // The view (and so the URL, the title and messages) holds what the
        // search reads; the box may hold more.
        let typed = cut_query(typed);
        if self.query == typed {
            return None;
        }
        let reading = self.doc.is_some();
        let crosses_blank = self.query_is_blank() != typed.trim().is_empty();
        let base = if reading { self.closed() } else { self.clone() };
        let next = ViewState {
            query: typed.to_string(),
            ..base
        };
        Some((next, reading || crosses_blank))
    }

    /// The state after pressing Escape, or `None` when Escape has nothing to
    /// do: with text in the focused search box it clears the query; otherwise
    /// it closes the reader, or else clears the query.
    pub fn escaped(&self, in_search_box: bool) -> Option<ViewState> {
        let clear_query = ViewState {
            query: String::new(),
            ..self.clone()
        };
        if in_search_box && !self.query.is_empty() {
            Some(clear_query)
        } else if self.doc.is_some() {
            Some(self.closed())
        } else if !self.query.is_empty() {
            Some(clear_query)
        } else {
            None
        }
    }

    /// Whether the query is blank (the overview shows instead of results).
    pub fn query_is_blank(&self) -> bool {
        self.query.trim().is_empty()
    }

    fn set_param(&mut self, name: &str, value: String) {
        match name {
            "q" => self.query = cut_query(&value).to_string(),
            "read" => self.doc = non_empty(value).filter(|v| is_short_value(v)),
            "passage" => self.passage = non_empty(value).filter(|v| is_short_value(v)),
            "sort" => self.newest_first = value.trim() == "date",
            _ => {
                let Some((facet, _)) = FILTERS.iter().find(|(_, param)| *param == name) else {
                    return;
                };
                let value = value.trim().to_string();
                let values = self.filters.entry(facet.to_string()).or_default();
                let room = values.len() < MAX_FILTER_VALUES && is_short_value(&value);
                if room && !value.is_empty() && !values.contains(&value) {
                    values.push(value);
                }
                if values.is_empty() {
                    self.filters.remove(*facet);
                }
            }
        }
    }
}

/// The decoded `(name, value)` pairs of a query string, with or without its
/// leading `?`, in order; pairs with malformed encoding are skipped. Reads at
/// most [`MAX_PARAMS`] pairs, and at most [`MAX_ENCODED_VALUE_BYTES`] of a
/// value (a longer one is cut at an escape and a character boundary).
pub fn query_params(search: &str) -> Vec<(String, String)> {
    let search = search.strip_prefix('?').unwrap_or(search);
    search
        .split('&')
        .filter(|p| !p.is_empty())
        .take(MAX_PARAMS)
        .filter_map(|pair| {
            let (raw_name, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            if raw_name.len() > MAX_ENCODED_VALUE_BYTES {
                return None;
            }
            let (raw_value, cut) = cut_encoded(raw_value);
            Some((decode(raw_name, false)?, decode(raw_value, cut)?))
        })
        .collect()
}

/// `raw` cut to at most [`MAX_ENCODED_VALUE_BYTES`], not inside a character
/// or a `%XX` escape, and whether it was cut.
fn cut_encoded(raw: &str) -> (&str, bool) {
    if raw.len() <= MAX_ENCODED_VALUE_BYTES {
        return (raw, false);
    }
    let mut end = MAX_ENCODED_VALUE_BYTES;
    while !raw.is_char_boundary(end) {
        end -= 1;
    }
    if let Some(escape) = raw[end.saturating_sub(2)..end].find('%') {
        end = end.saturating_sub(2) + escape;
    }
    (&raw[..end], true)
}

fn non_empty(value: String) -> Option<String> {
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_string())
}

/// Percent-encodes everything but the unreserved characters; spaces become `+`
/// as in `application/x-www-form-urlencoded`, which `URLSearchParams` reads.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Decodes `+` and `%XX` escapes; `None` for a bad escape or bytes that are
/// not UTF-8, except that a `cut` value may end inside a character, which is
/// dropped.
fn decode(text: &str, cut: bool) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                // Exactly two hex digits: `from_str_radix` alone would take `%+1`.
                let hex = bytes.get(i + 1..i + 3)?;
                if !hex.iter().all(u8::is_ascii_hexdigit) {
                    return None;
                }
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 2;
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    match String::from_utf8(out) {
        Ok(text) => Some(text),
        Err(e) if cut && e.utf8_error().error_len().is_none() => {
            let valid = e.utf8_error().valid_up_to();
            let mut bytes = e.into_bytes();
            bytes.truncate(valid);
            String::from_utf8(bytes).ok()
        }
        Err(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(query: &str, filters: &[(&str, &[&str])], doc: Option<&str>) -> ViewState {
        ViewState {
            query: query.to_string(),
            filters: filters
                .iter()
                .map(|(k, vs)| (k.to_string(), vs.iter().map(|v| v.to_string()).collect()))
                .collect(),
            doc: doc.map(str::to_string),
            passage: None,
            newest_first: false,
        }
    }

    #[test]
    fn empty_state_is_an_empty_string() {
        assert_eq!(ViewState::default().to_query_string(), "");
        assert_eq!(ViewState::from_query_string(""), ViewState::default());
        assert_eq!(ViewState::from_query_string("?"), ViewState::default());
    }

    #[test]
    fn round_trip_of_every_field() {
        let mut view = state(
            "\"patent pledge\" -trademark & co 100%",
            &[
                ("kind", &["transcript", "news"]),
                ("year", &["2021"]),
                ("doc", &["004_e940"]),
                ("speaker", &["Shen Changyu, CNIPA", "Hu Wenhui"]),
                ("entity", &["cnipa"]),
                ("topic", &["finance"]),
            ],
            Some("002_a277"),
        );
        view.passage = Some("002_a277#p14".to_string());
        view.newest_first = true;
        let text = view.to_query_string();
        assert_eq!(
            text,
            "?q=%22patent+pledge%22+-trademark+%26+co+100%25&kind=transcript&kind=news&year=2021\
             &doc=004_e940&speaker=Shen+Changyu%2C+CNIPA&speaker=Hu+Wenhui&entity=cnipa&topic=finance\
             &sort=date&read=002_a277&passage=002_a277%23p14"
        );
        assert_eq!(ViewState::from_query_string(&text), view);
    }

    #[test]
    fn round_trip_of_non_ascii_text() {
        let view = state("知识产权 café", &[("speaker", &["沈长雨"])], None);
        assert_eq!(ViewState::from_query_string(&view.to_query_string()), view);
    }

    #[test]
    fn sort_by_date_is_in_the_url_and_other_sorts_are_ignored() {
        let view = ViewState::from_query_string("?q=patent&sort=date");
        assert!(view.newest_first);
        assert_eq!(view.to_query_string(), "?q=patent&sort=date");
        for other in [
            "?q=patent&sort=relevance",
            "?q=patent&sort=%FF",
            "?q=patent&sort=",
            "?q=patent&sort=date&sort=x",
        ] {
            let view = ViewState::from_query_string(other);
            assert!(!view.newest_first, "{other}");
            assert_eq!(view.to_query_string(), "?q=patent");
        }
    }

    #[test]
    fn unknown_parameters_are_ignored() {
        let view = ViewState::from_query_string("?utm_source=x&q=patent&fbclid=1&sort");
        assert_eq!(view, state("patent", &[], None));
    }

    #[test]
    fn malformed_percent_encoding_drops_only_that_parameter() {
        let view = ViewState::from_query_string("?q=%zzpatent&kind=news&year=20%2&read=%FF%FE");
        assert_eq!(view, state("", &[("kind", &["news"])], None));
        // A bad escape in a name drops the pair too.
        assert_eq!(ViewState::from_query_string("?%q=a"), ViewState::default());
    }

    #[test]
    fn percent_escapes_need_two_hex_digits() {
        // `u8::from_str_radix` reads `+1` as 1; an escape is two hex digits.
        let view = ViewState::from_query_string("?q=%+1patent&kind=news&q=%E0%A4%A");
        assert_eq!(view, state("", &[("kind", &["news"])], None));
    }

    #[test]
    fn a_passage_link_opens_its_document_trimmed_like_read() {
        // Found by the `url` fuzz target: the document read from a bare
        // passage link kept its spaces, so the written link read back differently.
        let view = ViewState::from_query_string("?passage=doc%20%20%23%02d");
        assert_eq!(view.doc.as_deref(), Some("doc"));
        assert_eq!(ViewState::from_query_string(&view.to_query_string()), view);
    }

    #[test]
    fn empty_and_repeated_filter_values_are_dropped() {
        let view = ViewState::from_query_string("?kind=&kind=news&kind=news&kind=+report+&year=");
        assert_eq!(view, state("", &[("kind", &["news", "report"])], None));
    }

    #[test]
    fn last_query_wins_and_blank_doc_is_absent() {
        let view = ViewState::from_query_string("q=a&q=b&read=+&passage=");
        assert_eq!(view, state("b", &[], None));
    }

    #[test]
    fn a_passage_alone_opens_its_document() {
        let view = ViewState::from_query_string("?passage=003_835c%23p7");
        assert_eq!(view.doc.as_deref(), Some("003_835c"));
        assert_eq!(view.passage.as_deref(), Some("003_835c#p7"));
    }

    #[test]
    fn open_and_close_keep_query_and_filters() {
        let view = state("patent", &[("kind", &["news"])], None);
        let open = view.open("d1", Some("d1#p2"));
        assert_eq!(
            open.to_query_string(),
            "?q=patent&kind=news&read=d1&passage=d1%23p2"
        );
        assert_eq!(open.closed(), view);
    }

    #[test]
    fn searching_another_query_keeps_filters_and_order_and_leaves_the_reader() {
        let from =
            ViewState::from_query_string("?q=a+b&kind=news&sort=date&read=d1&passage=d1%23p2");
        assert_eq!(
            from.searching("a ").to_query_string(),
            "?q=a+&kind=news&sort=date"
        );
    }

    #[test]
    fn typing_edits_in_place_but_starting_clearing_or_leaving_the_reader_navigates() {
        let check = |from: &str, typed: &str, expect: (&str, bool)| {
            let (next, push) = ViewState::from_query_string(from).typed(typed).unwrap();
            assert_eq!(
                (next.to_query_string().as_str(), push),
                expect,
                "{from} + {typed}"
            );
        };
        check("?q=pat&kind=news", "patent", ("?q=patent&kind=news", false));
        check("?kind=news", "p", ("?q=p&kind=news", true));
        check("?q=+", "p", ("?q=p", true));
        check("?q=p", "", ("", true));
        check(
            "?q=pat&read=d1&passage=d1%23p2",
            "patent",
            ("?q=patent", true),
        );
        assert_eq!(ViewState::from_query_string("?q=pat").typed("pat"), None);
    }

    #[test]
    fn escape_clears_the_search_box_first_then_closes_the_reader() {
        let reading = ViewState::from_query_string("?q=patent&read=d1");
        let cleared = reading.escaped(true).unwrap();
        assert_eq!(cleared.to_query_string(), "?read=d1");
        assert_eq!(
            reading.escaped(false).unwrap().to_query_string(),
            "?q=patent"
        );
        assert_eq!(cleared.escaped(true).unwrap(), ViewState::default());
        assert_eq!(ViewState::default().escaped(true), None);
    }

    #[test]
    fn a_crafted_permalink_is_capped_before_it_is_read() {
        // 10,000 values for each of the six facets froze the tab for 30 s.
        let mut link = String::from("?q=");
        link.push_str(&"patent%20".repeat(100_000));
        for (_, param) in FILTERS {
            for i in 0..10_000 {
                link.push_str(&format!("&{param}=v{i}"));
            }
        }
        let view = ViewState::from_query_string(&link);
        assert_eq!(view.query.chars().count(), crate::caps::MAX_QUERY_CHARS);
        let values: usize = view.filters.values().map(Vec::len).sum();
        assert!(values < crate::caps::MAX_PARAMS, "{values}");
        assert!(view.to_query_string().len() < 20_000);
        // One facet alone keeps its first 64 values.
        let many: String = (0..1_000).map(|i| format!("&speaker=v{i}")).collect();
        let view = ViewState::from_query_string(&many);
        assert_eq!(view.filters["speaker"].len(), MAX_FILTER_VALUES);
        assert_eq!(view.filters["speaker"][63], "v63");
    }

    #[test]
    fn a_long_query_is_cut_inside_escapes_and_characters_safely() {
        for unit in ["%E4%B8%93", "%41", "%20+", "x"] {
            for pad in 0..4 {
                let link = format!("?q={}{}&kind=news", "a".repeat(pad), unit.repeat(20_000));
                let view = ViewState::from_query_string(&link);
                assert!(!view.query.is_empty(), "{unit} {pad}");
                assert!(view.query.chars().count() <= crate::caps::MAX_QUERY_CHARS);
                assert_eq!(view.filters["kind"], ["news"], "{unit} {pad}");
            }
        }
        let long_id = format!("?read={}", "d".repeat(300));
        assert_eq!(ViewState::from_query_string(&long_id).doc, None);
    }

    #[test]
    fn typing_past_the_cap_keeps_the_view_at_the_cap() {
        let typed = "patent ".repeat(1_000);
        let (next, _) = ViewState::default().typed(&typed).unwrap();
        assert_eq!(next.query, cut_query(&typed));
        assert_eq!(next.typed(&typed), None);
    }

    #[test]
    fn arbitrary_bytes_never_panic() {
        for text in ["%", "%%", "%e", "=&=&", "&&&q", "q=%C3", "q=%C3%A9", "==="] {
            let view = ViewState::from_query_string(text);
            assert_eq!(ViewState::from_query_string(&view.to_query_string()), view);
        }
    }
}
