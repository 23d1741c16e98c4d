//! Cleaning: raw page text → blocks (one per paragraph or heading line), with
//! site chrome and editor artefacts removed and paragraphs that PDF extraction
//! or page breaks cut in the middle of a sentence joined again.
//!
//! Invariant: every rule is about the shape of a line (menus, cookie notices,
//! share links, caption counters, footnote URLs), never about a particular
//! site or file; text that is kept is only re-spaced, never reworded.

use super::model::Issue;
use super::text::{ends_terminal, is_function_word, last_word, squash_spaces, word_count};

/// A paragraph or a one-line heading of cleaned text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The text with whitespace squashed; joined lines are separated by a space.
    pub text: String,
    /// 1-based line in the source file where the block starts.
    pub line: usize,
    /// True for a Markdown `#` heading.
    pub heading: bool,
}

/// Words that make up navigation menus.
#[rustfmt::skip]
const NAV_WORDS: &[&str] = &["home", "news", "alerts", "articles", "cases", "links", "about", "us", "contact", "search", "menu", "login", "register", "services", "resources", "events", "media", "press", "releases", "policies", "publications", "downloads", "english", "chinese", "sitemap", "faq", "help", "more", "videos", "photos", "features", "opinion", "business", "world", "laws", "statistics", "reports", "notices", "interviews", "topics", "ip", "index", "subscribe", "archive"];

/// Words of "Back", share and print lines.
#[rustfmt::skip]
const SHARE_WORDS: &[&str] = &["back", "to", "top", "print", "share", "close", "return", "this", "page", "email", "mail", "facebook", "twitter", "weibo", "wechat", "linkedin", "window", "previous", "next", "article"];

/// Cleans a document body. `first_line` is the 1-based file line of the body's
/// first line, so blocks point at the right place in the file.
pub fn clean(body: &str, first_line: usize) -> (Vec<Block>, Vec<Issue>) {
    let mut blocks: Vec<Block> = Vec::new();
    for (idx, raw) in body.lines().enumerate() {
        let line = tidy_line(raw);
        if line.is_empty() || is_chrome(&line) {
            continue;
        }
        let (text, heading) = match line.strip_prefix('#') {
            Some(rest) => (rest.trim_start_matches('#').trim().to_string(), true),
            None => (line, false),
        };
        let block = Block {
            text,
            line: first_line + idx,
            heading,
        };
        match blocks.last_mut() {
            Some(prev) if continues(prev, &block) => {
                // `enter-` + `prises`: a word hyphenated at the line end.
                let hyphenated =
                    prev.text.ends_with('-') && block.text.starts_with(char::is_lowercase);
                if !hyphenated {
                    prev.text.push(' ');
                }
                prev.text.push_str(&block.text);
            }
            _ => blocks.push(block),
        }
    }
    (blocks, Vec::new())
}

/// True for a line that starts a numbered heading: `1.1 Title`, `01 Title`, `2. Title`.
pub fn is_numbered_heading(text: &str) -> bool {
    let number_len = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, rest) = text.split_at(number_len);
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let first = rest.chars().next().unwrap_or(' ');
    number.starts_with(|c: char| c.is_ascii_digit())
        && number
            .trim_end_matches('.')
            .split('.')
            .all(|part| (1..=2).contains(&part.len()))
        && (first.is_uppercase() || matches!(first, '“' | '"' | '‘'))
        && !ends_terminal(text)
        && word_count(text) <= 16
}

/// Normalises one raw line: artefacts, footnote markers, emphasis, links, spaces.
fn tidy_line(raw: &str) -> String {
    let mut line = raw.replace("_ueditor_page_break_tag_", " ");
    line.retain(|c| !matches!(c, '¹' | '²' | '³' | '⁴' | '⁵' | '⁶' | '⁷' | '⁸' | '⁹' | '⁰'));
    if let Some(rest) = line.trim_start().strip_prefix("* ") {
        line = format!("- {rest}");
    }
    line = line.replace("**", "").replace('*', "");
    line = strip_markdown_links(&strip_bracket_footnotes(&line));
    squash_spaces(&line)
}

/// True for lines that are page furniture rather than text.
fn is_chrome(line: &str) -> bool {
    is_caption_counter(line)
        || is_empty_bullet(line)
        || is_footnote_url(line)
        || is_cookie_notice(line)
        || is_share_line(line)
        || is_nav_line(line)
        || is_language_link(line)
        || is_credit_line(line)
        || is_page_number(line)
}

/// `- 12 -`, `12`, `Page 2 of 3`: page furniture from PDF extraction.
fn is_page_number(line: &str) -> bool {
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
}

/// Removes `[1]`-style footnote markers stuck to the end of a word.
fn strip_bracket_footnotes(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let close = rest[open..].find(']').map(|c| open + c);
        let inner = close.map(|c| &rest[open + 1..c]).unwrap_or("");
        let stuck = rest[..open].ends_with(|c: char| !c.is_whitespace()) && open > 0;
        out.push_str(&rest[..open]);
        match close {
            Some(c)
                if stuck
                    && !inner.is_empty()
                    && inner.len() <= 3
                    && inner.bytes().all(|b| b.is_ascii_digit()) =>
            {
                rest = &rest[c + 1..];
            }
            _ => {
                out.push('[');
                rest = &rest[open + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Turns Markdown links `[text](url)` into their text.
fn strip_markdown_links(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(mid) = rest.find("](") {
        let open = rest[..mid].rfind('[');
        let close = rest[mid..].find(')').map(|c| mid + c);
        match (open, close) {
            (Some(open), Some(close)) => {
                out.push_str(&rest[..open]);
                out.push_str(&rest[open + 1..mid]);
                rest = &rest[close + 1..];
            }
            _ => break,
        }
    }
    out.push_str(rest);
    out
}

/// True when `next` carries on the sentence `prev` left unfinished, as after a
/// PDF page break or a blank line inserted mid-sentence.
fn continues(prev: &Block, next: &Block) -> bool {
    if prev.heading || next.heading || next.text.starts_with("- ") || ends_terminal(&prev.text) {
        return false;
    }
    let first = next.text.chars().next().unwrap_or(' ');
    let long_prev = word_count(&prev.text) >= 8;
    first.is_lowercase()
        || prev.text.ends_with([',', '-', '–'])
        || (is_function_word(last_word(&prev.text)) && !prev.text.starts_with("- "))
        || (long_prev && first.is_ascii_digit() && !is_numbered_heading(&next.text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(body: &str, expect: expect_test::Expect) {
        let (blocks, _) = clean(body, 1);
        let shown: Vec<String> = blocks
            .iter()
            .map(|b| format!("{}{}: {}", b.line, if b.heading { "#" } else { "" }, b.text))
            .collect();
        expect.assert_eq(&shown.join("\n"));
    }

    #[test]
    fn menus_cookies_and_back_links_are_dropped() {
        check(
            "Home About Us News Contact\nReal Headline Here\n\nBody text.\n\n>> Back\nPrint | Share\nWe use cookies on this website. Accept\n- \n-\nRead in Chinese\n",
            expect_test::expect![[r#"
                2: Real Headline Here
                4: Body text."#]],
        );
    }

    #[test]
    fn editor_artefacts_captions_and_footnotes_are_dropped() {
        check(
            "It was held _ueditor_page_break_tag_ today.\n\n_ueditor_page_break_tag_\n\n/5    Some Name\n2/7 Other\nA film*¹ and a book[2] were made.\n \n1. https://example.org/a/b_1.html.\nhttps://example.org\n",
            expect_test::expect![[r#"
                1: It was held today.
                7: A film and a book were made."#]],
        );
    }

    #[test]
    fn paragraphs_cut_mid_sentence_are_joined() {
        check(
            "A meeting was held where the minister delivered a\n\n\nkeynote speech. Then more\n\nfollowed on the\n\nOutline of the Plan. In the past ten\n\n5 years, it grew.\n\n3.1 Next heading\n",
            expect_test::expect![[r#"
                1: A meeting was held where the minister delivered a keynote speech. Then more followed on the Outline of the Plan. In the past ten 5 years, it grew.
                12: 3.1 Next heading"#]],
        );
    }

    #[test]
    fn headline_split_across_lines_is_joined_but_headings_stay_apart() {
        check(
            "Briefing on the plan for China's strength\nin patents\nBeijing | 10 a.m. May 5, 2021\n\nShort Heading\n\nThe text.\n",
            expect_test::expect![[r#"
                1: Briefing on the plan for China's strength in patents
                3: Beijing | 10 a.m. May 5, 2021
                5: Short Heading
                7: The text."#]],
        );
    }

    #[test]
    fn page_numbers_go_and_line_end_hyphens_join() {
        check(
            "About 3,500 small enter-\n\n- 12 -\n\nPage 2 of 3\n\nprises applied, a well-\nknown fact.\n",
            expect_test::expect!["1: About 3,500 small enter-prises applied, a well-known fact."],
        );
    }

    #[test]
    fn markdown_headings_links_and_bullets() {
        check(
            "# The Title\n\nSee [the site](https://x.org) for **more**.\n* one item\n",
            expect_test::expect![[r#"
                1#: The Title
                3: See the site for more.
                4: - one item"#]],
        );
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
        ] {
            assert!(!is_chrome(line), "{line}");
        }
        assert!(is_page_number("- 12 -") && is_page_number("Page 2 of 3") && is_page_number("7"));
        assert!(is_numbered_heading("1.1 The week"));
        assert!(is_numbered_heading("01 IP culture"));
        assert!(!is_numbered_heading("5 years, the program"));
        assert!(!is_numbered_heading("2021 was a year."));
    }
}
