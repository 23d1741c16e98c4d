//! What an embedded instance shows: its first view (query and filters) and its
//! [`Layout`] (compact or not, theme, which panes). The same parser reads the
//! attributes of `<ip-explorer>`, the options of `ipExplorer.mount()` (as
//! strings, see `api::js`) and the query string of the iframe mode, so the
//! three ways of embedding accept the same values.
//!
//! Formats: `filters` is URL-style, as in the explorer's own permalinks
//! (`kind=transcript&year=2021`, a facet repeated for several values);
//! `compact` is a boolean attribute (present means on, unless its value is
//! `false`, `0`, `no` or `off`); `theme` is `auto`, `light` or `dark`; `view`
//! is `full`, `search` (the search box and results only) or `facts` (only the
//! fact cards for the query). Anything else is ignored.

use std::collections::BTreeMap;

use crate::view_state::{query_params, ViewState};

/// Colour scheme of an instance.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the reader's system setting (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// Which parts of the explorer an instance shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Panes {
    /// Everything: search box, overview or results, reader, facts panel.
    #[default]
    Full,
    /// The search box and its results (and the reader, once a hit is opened).
    Search,
    /// Only the fact cards for the query (and the reader, once one is opened).
    Facts,
}

/// How an instance lays itself out; the full page uses the default.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Layout {
    /// No branding or keyboard hint, tighter spacing, one column.
    pub compact: bool,
    /// Colour scheme.
    pub theme: Theme,
    /// Which parts show.
    pub panes: Panes,
}

/// Everything an embedded instance was asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// The first view: only its query and filters are ever set.
    pub state: ViewState,
    /// The layout.
    pub layout: Layout,
}

/// The iframe mode's own parameters, read from the page URL.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrameParams {
    /// `embed=1`: the page runs inside an iframe of another page.
    pub embed: bool,
    /// `origin=`: the parent page's origin, the only one messages go to and
    /// are accepted from; `None` when absent or not a valid origin.
    pub origin: Option<String>,
}

impl Theme {
    /// The attribute value for this theme.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    fn parse(value: &str) -> Option<Theme> {
        parse_keyword(value, Theme::ALL, Theme::as_str)
    }
}

impl Panes {
    /// The attribute value for this choice of panes.
    pub fn as_str(self) -> &'static str {
        match self {
            Panes::Full => "full",
            Panes::Search => "search",
            Panes::Facts => "facts",
        }
    }

    const ALL: [Panes; 3] = [Panes::Full, Panes::Search, Panes::Facts];

    fn parse(value: &str) -> Option<Panes> {
        parse_keyword(value, Panes::ALL, Panes::as_str)
    }
}

/// The choice among `all` whose keyword is `value`, ignoring case and
/// surrounding space: one table (`as_str`) for writing and reading.
fn parse_keyword<T: Copy, const N: usize>(
    value: &str,
    all: [T; N],
    keyword: fn(T) -> &'static str,
) -> Option<T> {
    let value = value.trim();
    all.into_iter()
        .find(|&choice| keyword(choice).eq_ignore_ascii_case(value))
}

impl EmbedOptions {
    /// Reads options from named string values, as `<ip-explorer>` attributes
    /// are: `get(name)` is `None` for an absent attribute. Names: `query`,
    /// `filters`, `compact`, `theme`, `view`.
    pub fn from_attributes(get: impl Fn(&str) -> Option<String>) -> EmbedOptions {
        let mut state = ViewState {
            query: crate::caps::cut_query(&get("query").unwrap_or_default()).to_string(),
            ..ViewState::default()
        };
        if let Some(filters) = get("filters") {
            state.filters = filters_from_str(&filters);
        }
        let layout = Layout {
            compact: get("compact").is_some_and(|v| flag(&v)),
            theme: get("theme")
                .and_then(|v| Theme::parse(&v))
                .unwrap_or_default(),
            panes: get("view")
                .and_then(|v| Panes::parse(&v))
                .unwrap_or_default(),
        };
        EmbedOptions { state, layout }
    }

    /// Reads the iframe mode's options from the page's query string: the view
    /// as a permalink has it (`q`, the filters, `read`, `passage`), and
    /// `compact` (on unless `compact=0`), `theme` and `view`.
    pub fn from_query_string(search: &str) -> EmbedOptions {
        let params = query_params(search);
        let last = |name: &str| {
            params
                .iter()
                .rev()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
        };
        let layout = Layout {
            compact: last("compact").is_none_or(|v| flag(&v)),
            theme: last("theme")
                .and_then(|v| Theme::parse(&v))
                .unwrap_or_default(),
            panes: last("view")
                .and_then(|v| Panes::parse(&v))
                .unwrap_or_default(),
        };
        EmbedOptions {
            state: ViewState::from_query_string(search),
            layout,
        }
    }
}

impl FrameParams {
    /// Reads `embed` and `origin` from the page's query string.
    pub fn from_query_string(search: &str) -> FrameParams {
        let mut frame = FrameParams::default();
        for (name, value) in query_params(search) {
            match name.as_str() {
                "embed" => frame.embed = flag(&value),
                "origin" => frame.origin = parse_origin(&value),
                _ => {}
            }
        }
        frame
    }
}

/// Filters written URL-style (`kind=news&year=2021`), read as a permalink's are.
pub fn filters_from_str(text: &str) -> BTreeMap<String, Vec<String>> {
    ViewState::from_query_string(text.trim()).filters
}

/// Filters written URL-style, the inverse of [`filters_from_str`].
pub fn filters_to_string(filters: &BTreeMap<String, Vec<String>>) -> String {
    let state = ViewState {
        filters: filters.clone(),
        ..ViewState::default()
    };
    let text = state.to_query_string();
    text.strip_prefix('?').unwrap_or(&text).to_string()
}

/// An origin as `window.postMessage` takes it (`https://host.example`,
/// `http://127.0.0.1:8080`), normalised as the browser writes an event's
/// `origin`: lower case, no trailing slash, no default port (80 for http, 443
/// for https), no leading zeros in the port. `None` for anything else,
/// including `*`, so a host has to name itself to receive messages. Outgoing
/// messages and the check of incoming ones both use this one form, so they
/// agree for `:443`, `:0443` or `:` as the browser does.
pub fn parse_origin(text: &str) -> Option<String> {
    let text = text.trim();
    let text = text.strip_suffix('/').unwrap_or(text);
    let (scheme, rest) = text.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "https" => 443,
        "http" => 80,
        _ => return None,
    };
    let (host, port) = match rest.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (rest, None),
    };
    // Host names and IPv4 addresses only: IPv6 literals are not worth the
    // parsing risk in a check that guards messages.
    let host_ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    let port = match port {
        None | Some("") => None,
        Some(p) if p.len() <= 8 && p.bytes().all(|b| b.is_ascii_digit()) => {
            Some(p.parse::<u32>().ok().filter(|&n| n <= 65_535)?)
        }
        Some(_) => return None,
    };
    let host = host.to_ascii_lowercase();
    host_ok.then(|| match port {
        Some(port) if port != default_port => format!("{scheme}://{host}:{port}"),
        _ => format!("{scheme}://{host}"),
    })
}

/// A boolean attribute or parameter: present means on, except for the usual
/// spellings of off.
fn flag(value: &str) -> bool {
    !matches!(
        value.trim().to_ascii_lowercase().as_str(),
        "false" | "0" | "no" | "off"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attributes(pairs: &[(&str, &str)]) -> EmbedOptions {
        EmbedOptions::from_attributes(|name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn no_attributes_give_the_full_explorer() {
        assert_eq!(attributes(&[]), EmbedOptions::default());
    }

    #[test]
    fn attributes_set_query_filters_and_layout() {
        let options = attributes(&[
            ("query", "patent protection"),
            ("filters", "kind=transcript&year=2021&kind=news"),
            ("compact", ""),
            ("theme", "Dark"),
            ("view", "facts"),
        ]);
        assert_eq!(options.state.query, "patent protection");
        assert_eq!(
            options.state.filters.get("kind").unwrap(),
            &["transcript", "news"]
        );
        assert_eq!(options.state.filters.get("year").unwrap(), &["2021"]);
        assert_eq!(
            options.layout,
            Layout {
                compact: true,
                theme: Theme::Dark,
                panes: Panes::Facts
            }
        );
    }

    #[test]
    fn attributes_never_open_the_reader() {
        let options = attributes(&[("filters", "read=some-doc&passage=some-doc%23p1&bogus=1")]);
        assert_eq!(options.state, ViewState::default());
    }

    #[test]
    fn malformed_values_fall_back_to_defaults() {
        let options = attributes(&[
            ("filters", "%zz&=&year"),
            ("compact", "false"),
            ("theme", "purple"),
            ("view", "everything"),
        ]);
        assert_eq!(options, EmbedOptions::default());
    }

    #[test]
    fn a_filters_attribute_is_capped_like_a_permalink() {
        // 10,000 chips took 4 s to render.
        let many: Vec<String> = (0..10_000).map(|i| format!("speaker=v{i}")).collect();
        let options = attributes(&[
            ("filters", &many.join("&")),
            ("query", &"q".repeat(300_000)),
        ]);
        assert_eq!(
            options.state.filters["speaker"].len(),
            crate::caps::MAX_FILTER_VALUES
        );
        assert_eq!(options.state.query.len(), crate::caps::MAX_QUERY_CHARS);
    }

    #[test]
    fn filters_round_trip_through_their_string_form() {
        let filters = filters_from_str("speaker=Shen+Changyu&kind=news&year=2021");
        let text = filters_to_string(&filters);
        assert_eq!(text, "kind=news&year=2021&speaker=Shen+Changyu");
        assert_eq!(filters_from_str(&text), filters);
    }

    #[test]
    fn frame_query_string_is_compact_unless_asked_otherwise() {
        let options = EmbedOptions::from_query_string("?embed=1&q=patent&kind=news&theme=light");
        assert_eq!(options.state.query, "patent");
        assert!(options.layout.compact);
        assert_eq!(options.layout.theme, Theme::Light);
        let roomy = EmbedOptions::from_query_string("?embed=1&compact=0&view=search");
        assert!(!roomy.layout.compact);
        assert_eq!(roomy.layout.panes, Panes::Search);
    }

    #[test]
    fn frame_params_need_embed_and_a_real_origin() {
        let frame = FrameParams::from_query_string("?embed=1&origin=https%3A%2F%2FHost.Example%2F");
        assert!(frame.embed);
        assert_eq!(frame.origin.as_deref(), Some("https://host.example"));
        assert_eq!(
            FrameParams::from_query_string("?q=x"),
            FrameParams::default()
        );
        assert!(!FrameParams::from_query_string("?embed=0").embed);
    }

    #[test]
    fn origins_are_written_as_the_browser_writes_an_events_origin() {
        // `postMessage` normalises its target origin; the check of incoming
        // messages compared the text as given, so these never matched.
        for (given, origin) in [
            ("https://Host.Example:443", "https://host.example"),
            ("https://host.example:0443/", "https://host.example"),
            ("http://host.example:80", "http://host.example"),
            ("http://host.example:", "http://host.example"),
            ("http://127.0.0.1:08080", "http://127.0.0.1:8080"),
            ("https://host.example:80", "https://host.example:80"),
        ] {
            assert_eq!(parse_origin(given).as_deref(), Some(origin), "{given}");
            let frame = FrameParams::from_query_string(&format!("?embed=1&origin={given}"));
            assert!(super::super::messages::accepts(
                frame.origin.as_deref(),
                origin
            ));
        }
    }

    #[test]
    fn origins_must_be_scheme_host_and_port_only() {
        assert_eq!(
            parse_origin("http://127.0.0.1:8080").as_deref(),
            Some("http://127.0.0.1:8080")
        );
        for bad in [
            "*",
            "null",
            "",
            "host.example",
            "javascript://x",
            "https://host.example/path",
            "https://user@host.example",
            "https://host.example:80a",
            "https://host.example:65536",
            "https://host.example:123456789",
            "https://",
            "https://a b",
        ] {
            assert_eq!(parse_origin(bad), None, "{bad}");
        }
    }
}
