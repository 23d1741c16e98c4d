//! Site chrome: the lines of a page that are furniture rather than text —
//! menu rows, cookie notices, `Back`/share/print lines, `Read in Chinese`,
//! photo-caption counters (`/5 Name`), empty bullets, footnote URLs, credit
//! lines and PDF page numbers.
//!
//! Invariant: every rule looks at the shape of one line; none names a site.

use super::dates::is_year;
use super::text::{ends_terminal, word_count};

/// Words that make up navigation menus.
#[rustfmt::skip]
const NAV_WORDS: &[&str] = &["home", "news", "alerts", "articles", "cases", "links", "about", "us", "contact", "search", "menu", "login", "register", "services", "resources", "events", "media", "press", "releases", "policies", "policy", "publications", "downloads", "english", "chinese", "sitemap", "faq", "help", "more", "videos", "photos", "features", "opinion", "business", "world", "laws", "statistics", "reports", "notices", "interviews", "topics", "ip", "index", "subscribe", "archive"];

/// Words of "Back", share and print lines.
#[rustfmt::skip]
const SHARE_WORDS: &[&str] = &["back", "to", "top", "print", "share", "close", "return", "this", "page", "email", "mail", "facebook", "twitter", "weibo", "wechat", "linkedin", "window", "previous", "next", "article", "subscribe", "favorite", "favourite", "bookmark", "on", "qq", "font", "size", "large", "medium", "small", "copy", "link"];

/// First crumbs of a breadcrumb trail, and the labels some sites put before it.
#[rustfmt::skip]
const HOME_WORDS: &[&str] = &["home", "homepage", "home page", "index", "main page", "front page"];
#[rustfmt::skip]
const TRAIL_LABELS: &[&str] = &["you are here:", "current location:", "location:", "position:", "current position:"];
/// Separators of breadcrumb trails.
const CRUMB_SEPARATORS: &[&str] = &[">", "»", "›", "/", "→", "::", "|", "\\", ">>"];

/// True for lines that are page furniture rather than text.
pub fn is_chrome(line: &str) -> bool {
    is_caption_counter(line)
        || is_breadcrumb(line)
        || is_empty_bullet(line)
        || is_footnote_url(line)
        || is_cookie_notice(line)
        || is_share_line(line)
        || is_nav_line(line)
        || is_language_link(line)
        || is_credit_line(line)
        || is_page_number(line)
        || is_nav_bullet(line)
        || is_photo_caption(line)
        || is_related_header(line)
        || is_release_slug(line)
        || is_liability_disclaimer(line)
}

/// The crumbs of a breadcrumb trail (`Home > News > Local`, `Home / News`,
/// `Home » News`, `You are here: Home > News`), if `line` is one: a trail
/// from a home crumb with any separator, or three or more short crumbs with
/// one spaced separator.
pub fn breadcrumb(line: &str) -> Option<Vec<&str>> {
    let lower = line.to_lowercase();
    let line = TRAIL_LABELS
        .iter()
        .find(|l| lower.starts_with(**l))
        .map_or(line, |l| line[l.len()..].trim());
    CRUMB_SEPARATORS.iter().find_map(|sep| {
        let parts: Vec<&str> = line.split(sep).map(str::trim).collect();
        let home = parts.len() >= 2
            && HOME_WORDS.contains(&parts[0].to_lowercase().as_str())
            && parts.iter().skip(1).all(|p| !p.is_empty());
        let spaced = line.contains(&format!(" {sep} "));
        let short_crumbs = parts.len() >= 3
            && spaced
            && *sep != "|"
            && *sep != "/"
            && parts.iter().all(|p| {
                word_count(p) <= 4 && !ends_terminal(p) && p.starts_with(char::is_uppercase)
            });
        (home || short_crumbs).then_some(parts)
    })
}

/// A breadcrumb trail of short crumbs; a trail ending in a headline is not
/// dropped but cut by [`strip_breadcrumb`].
fn is_breadcrumb(line: &str) -> bool {
    breadcrumb(line).is_some_and(|parts| parts.iter().all(|p| word_count(p) <= 5))
}

/// `Home > News > Headline of the story`: the headline without the trail.
pub fn strip_breadcrumb(line: &str) -> Option<&str> {
    let parts = breadcrumb(line)?;
    let last = *parts.last()?;
    (word_count(last) > 5).then_some(last)
}

/// `- Home`, `* News`: one item of a bulleted menu.
fn is_nav_bullet(line: &str) -> bool {
    let Some(item) = line.strip_prefix("- ") else {
        return false;
    };
    let words = lower_words(item);
    !words.is_empty() && words.len() <= 3 && words.iter().all(|w| NAV_WORDS.contains(&w.as_str()))
}

/// A picture caption with its credit: `… [Photo/Xinhua]`, `(Photo: CFP)`.
fn is_photo_caption(line: &str) -> bool {
    ["[Photo", "(Photo", "[Image", "(Image"]
        .iter()
        .any(|m| line.contains(m))
        || line.starts_with("Photo: ")
        || line.starts_with("Photo by ")
}

/// `Related stories`, `Related news`: the header of a link list.
fn is_related_header(line: &str) -> bool {
    line.starts_with("Related ") && word_count(line) <= 3 && !ends_terminal(line)
}

/// `- 12 -`, `12`, `Page 2 of 3`: page furniture from PDF extraction. A
/// year on a line of its own (`2019`) heads the lines under it in a
/// timeline, and is kept.
fn is_page_number(line: &str) -> bool {
    if is_year(line.trim()) {
        return false;
    }
    let bare = line.trim_matches(|c: char| matches!(c, '-' | '–' | '—' | ' '));
    let page = bare.strip_prefix("Page ").unwrap_or(bare);
    let (number, total) = page.split_once(" of ").unwrap_or((page, "1"));
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    digits(number) && digits(total)
}

/// `/5    Name` or `3/5 Name`: the counter of a photo gallery.
fn is_caption_counter(line: &str) -> bool {
    let digits = line.trim_start_matches(|c: char| c.is_ascii_digit());
    let Some(rest) = digits.strip_prefix('/') else {
        return false;
    };
    let after = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    let caption = after.trim();
    after.len() < rest.len()
        && (after.is_empty() || after.starts_with(' '))
        && word_count(caption) <= 5
        && !ends_terminal(caption)
}

fn is_empty_bullet(line: &str) -> bool {
    line.chars()
        .all(|c| matches!(c, '-' | '*' | '•' | '·' | '–' | '|' | ' ' | '>'))
}

/// `1. https://…`, `[2] http://…` or a bare URL on its own line.
fn is_footnote_url(line: &str) -> bool {
    let rest = line.trim_start_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, '[' | ']' | '.' | ')' | ' ')
    });
    (rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www."))
        && !rest.contains(' ')
}

fn is_cookie_notice(line: &str) -> bool {
    let lower = line.to_lowercase();
    lower.contains("cookie")
        && ["this website", "this site", "we use", "accept", "policy"]
            .iter()
            .any(|w| lower.contains(w))
}

/// A regulator's or publisher's disclaimer of the page it heads or ends
/// (`… take no responsibility for the contents of this announcement, make
/// no representation as to its accuracy or completeness …`): boilerplate,
/// never the text, and never its headline. It states no figure.
fn is_liability_disclaimer(line: &str) -> bool {
    let lower = line.to_lowercase();
    let disclaims = ["no responsibility", "no liability", "disclaim"]
        .iter()
        .any(|w| lower.contains(w));
    let of_the_page = ["contents of this", "accuracy or completeness"]
        .iter()
        .any(|w| lower.contains(w));
    // A disclaimer runs long; a sentence that reports one is short.
    disclaims
        && of_the_page
        && word_count(line) >= 20
        && !line.contains(|c: char| c.is_ascii_digit())
}

fn lower_words(line: &str) -> Vec<String> {
    line.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// `>> Back`, `Print | Share`, `Back to top`.
fn is_share_line(line: &str) -> bool {
    let words = lower_words(line);
    !words.is_empty()
        && words.len() <= 6
        && words.iter().all(|w| SHARE_WORDS.contains(&w.as_str()))
        && words.iter().any(|w| {
            matches!(
                w.as_str(),
                "back" | "print" | "share" | "close" | "return" | "top"
            )
        })
}

/// A row of capitalised menu words such as `Home News Articles Links`.
fn is_nav_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().filter(|w| *w != "|").collect();
    if words.len() < 3 || line.contains(['.', ',', ';', ':', '?', '!', '"', '“']) {
        return false;
    }
    let all_capitalised = words
        .iter()
        .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    let n_nav = words
        .iter()
        .filter(|w| NAV_WORDS.contains(&w.to_lowercase().as_str()))
        .count();
    all_capitalised && n_nav * 10 >= words.len() * 6
}

/// `Read in Chinese`, `Read in English`.
fn is_language_link(line: &str) -> bool {
    line.strip_prefix("Read in ")
        .is_some_and(|rest| word_count(rest) <= 2 && !ends_terminal(rest))
}

/// Words of a press release's slug and end marks (`FOR IMMEDIATE RELEASE`,
/// `News release`, `Embargoed until 00:01`, `-ENDS-`, `###`).
#[rustfmt::skip]
const SLUG_WORDS: &[&str] = &["for", "immediate", "release", "press", "news", "media", "ends", "end", "embargoed", "embargo", "until", "not", "before", "publication"];

/// A press release's slug above its headline, or its end mark: no headline
/// and no text. Only the slug's own words (and an embargo's time) may be on
/// the line, and it must name a release, an embargo or an end.
fn is_release_slug(line: &str) -> bool {
    let trimmed = line.trim();
    if ["###", "# # #", "-30-", "- 30 -"].contains(&trimmed) {
        return true;
    }
    let words = lower_words(line);
    let is_time = |w: &str| {
        w.bytes().all(|b| b.is_ascii_digit())
            || ["am", "pm", "gmt", "utc", "cet", "bst", "est", "edt", "cst"].contains(&w)
    };
    let named = words
        .iter()
        .any(|w| matches!(w.as_str(), "release" | "embargoed" | "embargo" | "ends"));
    // Only an embargo has a time.
    let embargo = words.iter().any(|w| w.starts_with("embargo"));
    let only_slug =
        (words.iter()).all(|w| SLUG_WORDS.contains(&w.as_str()) || embargo && is_time(w));
    named && only_slug && (1..=8).contains(&words.len()) && !ends_terminal(trimmed)
}

/// `Translated and edited by …`, `Edited by …`: credits, not text.
fn is_credit_line(line: &str) -> bool {
    [
        "Translated and edited by ",
        "Edited by ",
        "Proofread by ",
        "Editor: ",
        "Reporter: ",
    ]
    .iter()
    .any(|p| line.starts_with(p))
        || is_byline(line)
}

/// `By Li Ming`, `By Li Ming and Zhou Jin`: the author line of an article.
fn is_byline(line: &str) -> bool {
    let Some(names) = line.strip_prefix("By ") else {
        return false;
    };
    // A byline with ` | Outlet` carries the source; meta reads it.
    if names.contains(" | ") {
        return false;
    }
    let words: Vec<&str> = names.split_whitespace().collect();
    (2..=6).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || *w == "and")
        && !ends_terminal(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrome_lines() {
        for line in [
            "Home About Us News Contact",
            "IP News Alerts Articles Cases Links",
            ">> Back",
            "Print | Share",
            "This website uses cookies to improve the site. I accept / Cookie Policy",
            "Read in Chinese",
            "/5    Some Name",
            "2/7 Other",
            "- ",
            "1. https://example.org/a/b_1.html.",
            "Translated and edited by A, B and C.",
            "- 12 -",
            "Page 2 of 3",
            "- Home",
            "By Li Ming",
            "Visitors at the expo. [Photo/Xinhua]",
            "Related stories",
            "Home > News > Local Work",
            "Home / Notices / 2024",
            "Home » News » Interviews",
            "You are here: Home > Policies",
            "News › Interviews › Patents",
            "Share | Print | Subscribe",
            "FOR IMMEDIATE RELEASE",
            "For immediate release",
            "NEWS RELEASE",
            "Embargoed until 00:01 GMT",
            "-ENDS-",
            "Press release",
            "###",
            "The Exchange takes no responsibility for the contents of this announcement, makes no representation as to its accuracy or completeness and expressly disclaims any liability for any loss.",
        ] {
            assert!(is_chrome(line), "{line}");
        }
    }

    #[test]
    fn a_trail_ending_in_the_headline_keeps_the_headline() {
        assert_eq!(
            strip_breadcrumb("Home > News > Office opens a patent fast-track centre in the port"),
            Some("Office opens a patent fast-track centre in the port")
        );
        assert_eq!(strip_breadcrumb("Home > News"), None);
        assert_eq!(strip_breadcrumb("The input > the output by far"), None);
    }

    #[test]
    fn ordinary_lines_are_not_chrome() {
        for line in [
            "IP Culture Building and Awareness Enhancement",
            "Back in 2018, the office included the task.",
            "Mr. Yu will answer this question.",
            "2021 is the first year.",
            "Dining",
            "1/2 of the budget was spent.",
            "Read in Chinese schools, the book sold well.",
            "By 2025, the number will double.",
            "By the end of 2023, it had 30 centers.",
            "- Supporting rural revitalization",
            "Patents / Trademarks",
            "2021/2022 figures rose.",
            "Beijing | 10 a.m. April 25, 2021",
            "Inputs > outputs > results were weighed.",
            "The release ends the embargo.",
            "The court disclaimed liability for 3 of the losses.",
            "The insurer accepts no liability for the contents of this box.",
            "News release 2025",
            "Ends.",
            // A year on its own line heads a timeline's entries.
            "2019",
            " 2023 ",
        ] {
            assert!(!is_chrome(line), "{line}");
        }
    }
}
