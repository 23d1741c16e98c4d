//! Cleaning: raw page text → blocks (one per paragraph or heading line), with
//! site chrome and editor artefacts removed and paragraphs that PDF extraction
//! or page breaks cut in the middle of a sentence joined again.
//!
//! Invariant: every rule is about the shape of a line (menus, cookie notices,
//! share links, caption counters, footnote URLs), never about a particular
//! site or file; text that is kept is only re-spaced, never reworded. Invisible
//! characters inside words (zero-width spaces and joiners, soft hyphens) are
//! dropped and typographic ligatures (`ﬁ`) spelled out, so a word reads and
//! searches as the letters it shows. Every step is linear in the line.

use super::asciidoc::asciidoc_as_text;
use super::bibtex::bibtex_as_text;
use super::changelog::changelog_as_text;
use super::chrome::{is_chrome, strip_breadcrumb};
use super::coded_fields::coded_fields_as_rows;
use super::columns::columns_read_in_turn;
use super::console_session::console_as_text;
use super::feed::feed_as_text;
use super::fields::rewrite_fields;
use super::gemtext::gemtext_as_text;
use super::icalendar::icalendar_as_text;
use super::infobox::infoboxes_as_fields;
use super::json_fields::json_records_as_rows;
use super::latex_source::latex_source_as_text;
use super::log_file::log_as_messages;
use super::mbox::mbox_as_text;
use super::model::Issue;
use super::ocr_confusions::ocr_confusions_read;
use super::org_mode::org_mode_as_text;
use super::page_furniture::without_page_furniture;
use super::print_report::print_report_as_text;
use super::properties::properties_as_text;
use super::restructured::restructured_as_text;
use super::roff::roff_as_text;
use super::sdmx::sdmx_messages_as_rows;
use super::series_lines::series_lines_as_rows;
use super::spreadsheet_ml::workbook_as_rows;
use super::sql_dump::sql_dump_as_text;
use super::subtitles::subtitles_as_prose;
use super::tables::rewrite_tables;
use super::text::{ends_terminal, is_function_word, last_word, squash_spaces, word_count};
use super::toml_tables::toml_tables_as_rows;
use super::turn_prefix::opens_with_stamp;
use super::yaml_records::yaml_records_as_rows;

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

/// Cleans a document body. `first_line` is the 1-based file line of the body's
/// first line, so blocks point at the right place in the file.
pub fn clean(body: &str, first_line: usize) -> (Vec<Block>, Vec<Issue>) {
    let mut blocks: Vec<Block> = Vec::new();
    let sheets = workbook_as_rows(body);
    let exported = properties_as_text(&sheets);
    let feed = feed_as_text(&exported);
    let calendar = icalendar_as_text(&feed);
    let listed = bibtex_as_text(&calendar);
    let typeset = roff_as_text(&listed);
    let message = sql_dump_as_text(&sdmx_messages_as_rows(&typeset));
    let body = latex_source_as_text(&message);
    let body = mbox_as_text(&body);
    let body = print_report_as_text(&body);
    let body = console_as_text(&body);
    let body = without_page_furniture(&body);
    let body = columns_read_in_turn(&body);
    let body = ocr_confusions_read(&body);
    let body = log_as_messages(&body);
    let body = gemtext_as_text(&body);
    let body = changelog_as_text(&body);
    let body = asciidoc_as_text(&subtitles_as_prose(&body));
    let body = restructured_as_text(&org_mode_as_text(&body));
    let body = yaml_records_as_rows(&json_records_as_rows(&infoboxes_as_fields(&body)));
    let body = toml_tables_as_rows(&body);
    let body = coded_fields_as_rows(&series_lines_as_rows(&rewrite_fields(&rewrite_tables(
        &body,
    ))));
    let thread = thread_count(&body);
    // The length of the line just above, when it held text: a line near
    // the width a text is wrapped at runs on into the next one.
    let width = wrap_width(&body);
    let prose = prose_lines(&body);
    let mut above = 0;
    for (idx, raw) in body.lines().enumerate() {
        let wrapped_above = std::mem::replace(&mut above, raw.trim_end().chars().count());
        // `2/5 Patent applications: …`: a post's place in its thread is
        // no text of the post.
        let raw = match post_counter(raw) {
            Some((_, m, at)) if Some(m) == thread => &raw[at..],
            _ => raw,
        };
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
            Some(prev)
                if continues(prev, &block)
                    || width.is_some_and(|w| next_word_overflows(&block, wrapped_above, w))
                        && prose[idx]
                        && wraps(prev, &block, wrapped_above) =>
            {
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
    let mut line = plain_letters(raw).replace("_ueditor_page_break_tag_", " ");
    line.retain(|c| !matches!(c, '¹' | '²' | '³' | '⁴' | '⁵' | '⁶' | '⁷' | '⁸' | '⁹' | '⁰'));
    if let Some(rest) = line.trim_start().strip_prefix("* ") {
        line = format!("- {rest}");
    }
    line = line.replace("**", "").replace('*', "");
    line = strip_markdown_links(&strip_bracket_footnotes(&line));
    let line = squash_spaces(&line);
    match strip_breadcrumb(&line) {
        Some(headline) => headline.to_string(),
        None => line,
    }
}

/// The counter a numbered post of a thread opens with (`2/5 Patent
/// applications: …`, `[3/4] Processing time …`, `(1/6)`): the post's
/// number, the thread's count, and the byte where the post's text starts.
/// At most two digits over two, the number no larger than the count, and
/// text (not a digit) after it.
fn post_counter(line: &str) -> Option<(u8, u8, usize)> {
    let trimmed = line.trim_start();
    let lead = line.len() - trimmed.len();
    let (open, close) = match trimmed.chars().next() {
        Some('[') => ("[", "]"),
        Some('(') => ("(", ")"),
        _ => ("", ""),
    };
    let inner = &trimmed[open.len()..];
    let (counter, rest) = inner.split_once(' ')?;
    let (n, m) = counter.strip_suffix(close)?.split_once('/')?;
    let small = |t: &str| {
        ((1..=2).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse::<u8>().ok())
            .flatten()
    };
    let (n, m) = (small(n)?, small(m)?);
    let text = rest.trim_start();
    let at = line.len() - text.len();
    let in_order = (1..=m).contains(&n) && m >= 2;
    (in_order && at > lead && text.starts_with(|c: char| !c.is_ascii_digit())).then_some((n, m, at))
}

/// The count of a thread of numbered posts: the `m` of `n/m` counters
/// that open at least two lines of the body with different numbers, so
/// that a lone `1/2 of the firms …` stays a fraction.
fn thread_count(body: &str) -> Option<u8> {
    let mut seen: Vec<(u8, u8)> = body
        .lines()
        .filter_map(post_counter)
        .map(|(n, m, _)| (m, n))
        .collect();
    seen.sort_unstable();
    seen.dedup();
    seen.windows(2).find(|w| w[0].0 == w[1].0).map(|w| w[0].0)
}

/// `text` without characters that hide inside words (zero-width space,
/// non-joiner and joiner, word joiner, a byte-order mark past the start, soft
/// hyphen) and with the Latin ligatures of Unicode's Alphabetic Presentation
/// Forms (U+FB00–U+FB06, as PDF extraction leaves them) spelled out.
/// Search applies it to queries too, so a pasted word matches as it reads.
pub fn plain_letters(text: &str) -> std::borrow::Cow<'_, str> {
    let hidden = |c: char| {
        matches!(
            c,
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' | '\u{fb00}'
                ..='\u{fb06}'
        )
    };
    // Nearly all text has none: no copy (queries pass here per keystroke).
    if !text.contains(hidden) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => {}
            '\u{fb00}' => out.push_str("ff"),
            '\u{fb01}' => out.push_str("fi"),
            '\u{fb02}' => out.push_str("fl"),
            '\u{fb03}' => out.push_str("ffi"),
            '\u{fb04}' => out.push_str("ffl"),
            '\u{fb05}' | '\u{fb06}' => out.push_str("st"),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Removes `[1]`-style footnote markers stuck to the end of a word. Linear:
/// the `]` found for one `[` serves every later `[` before it (a line of
/// `[` without `]` cost a scan to its end per bracket).
fn strip_bracket_footnotes(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut pos = 0;
    let mut next_close: Option<usize> = None;
    while let Some(found) = line[pos..].find('[') {
        let open = pos + found;
        if next_close.is_none_or(|c| c < open) {
            next_close = line[open..].find(']').map(|c| open + c);
        }
        // No `]` after this `[`: none after any later one either.
        let Some(close) = next_close else {
            break;
        };
        let inner = &line[open + 1..close];
        let stuck = open > pos && line[pos..open].ends_with(|c: char| !c.is_whitespace());
        out.push_str(&line[pos..open]);
        if stuck
            && !inner.is_empty()
            && inner.len() <= 3
            && inner.bytes().all(|b| b.is_ascii_digit())
        {
            pos = close + 1;
        } else {
            out.push('[');
            pos = open + 1;
        }
    }
    out.push_str(&line[pos..]);
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
    // `[2025-09-09 06:31] Ines: …`: a stamped chat message runs on from
    // none before it, however the one before ends.
    if opens_with_stamp(&next.text) {
        return false;
    }
    let first = next.text.chars().next().unwrap_or(' ');
    let long_prev = word_count(&prev.text) >= 8;
    first.is_lowercase()
        || prev.text.ends_with([',', '-', '–'])
        || (is_function_word(last_word(&prev.text)) && !prev.text.starts_with("- "))
        || (long_prev && first.is_ascii_digit() && !is_numbered_heading(&next.text))
}

/// Shortest line that a text wrapped at a width breaks after.
const MIN_WRAPPED_LINE: usize = 60;
/// Longest line of a text wrapped at a width; a text with longer lines
/// holds a paragraph a line.
const MAX_WRAP_WIDTH: usize = 120;
/// Lines at least [`MIN_WRAPPED_LINE`] long that show a text is wrapped.
const MIN_WRAPPED_LINES: usize = 5;

/// For each line, whether the run of lines it stands in (between blank
/// lines) ends like a sentence: wrapped prose does, a list of items, a
/// schedule or a table does not.
fn prose_lines(body: &str) -> Vec<bool> {
    let lines: Vec<&str> = body.lines().collect();
    let mut out = vec![false; lines.len()];
    let mut start = 0;
    for idx in 0..=lines.len() {
        let blank = lines.get(idx).is_none_or(|l| l.trim().is_empty());
        if blank {
            let last = lines[start..idx].last().map(|l| l.trim_end());
            let sentence = last.is_some_and(|l| ends_terminal(l.trim_end_matches(['"', '”', ')'])));
            out[start..idx].fill(sentence);
            start = idx + 1;
        }
    }
    out
}

/// Whether the first word of `next` would not have fitted at the end of
/// the line above, `above` characters long, in a text wrapped at `width`:
/// a line broke there because it was full, not because an item ended.
fn next_word_overflows(next: &Block, above: usize, width: usize) -> bool {
    let word = next.text.split(' ').next().unwrap_or("");
    above + 1 + word.chars().count() > width
}

/// The width a text is wrapped at, its longest line, when it is wrapped:
/// several lines are long and hardly any is longer than
/// [`MAX_WRAP_WIDTH`] (a reader's output, such as columns read in turn, may
/// hold a few paragraphs a line).
fn wrap_width(body: &str) -> Option<usize> {
    let lengths: Vec<usize> = body.lines().map(|l| l.trim_end().chars().count()).collect();
    let wrapped = |n: &&usize| (MIN_WRAPPED_LINE..=MAX_WRAP_WIDTH).contains(*n);
    let long = lengths.iter().filter(wrapped).count();
    let wider = lengths.iter().filter(|&&n| n > MAX_WRAP_WIDTH).count();
    let widest = lengths.iter().filter(wrapped).copied().max().unwrap_or(0);
    (long >= MIN_WRAPPED_LINES && wider * 8 <= long).then_some(widest)
}
/// Most words of a field or speaker label opening a line (`Loss sharing —`,
/// `ZHANG (through interpreter):`).
const FIELD_WORDS: usize = 5;

/// True when `next` is the rest of a sentence wrapped at a width: the line
/// above it, with no blank line between, is long and unfinished, and `next`
/// opens with a capitalised word (`… the 14th` over `Five-Year Plan period,
/// is 15 billion yuan.`) that starts no list item, field or speaker turn.
/// A list of fields without figures (`Eligible collateral — patents,
/// trademarks`) is wrapped by no width.
fn wraps(prev: &Block, next: &Block, above: usize) -> bool {
    let opening: Vec<&str> = next.text.split(' ').take(FIELD_WORDS).collect();
    let opens_item = opening
        .iter()
        .any(|w| w.ends_with(':') || matches!(*w, "—" | "–" | "-"))
        || next.text.starts_with(|c: char| !c.is_alphabetic())
        || next.text.contains(" | ")
        || is_numbered_heading(&next.text);
    above >= MIN_WRAPPED_LINE
        && !prev.heading
        && !next.heading
        && !ends_terminal(&prev.text)
        && !prev.text.ends_with(':')
        && next.text.starts_with(char::is_uppercase)
        && !opens_item
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_wrapped_before_a_capitalised_word_is_one_block() {
        let texts =
            |body: &str| -> Vec<String> { clean(body, 1).0.into_iter().map(|b| b.text).collect() };
        let wrapped = "In the first half of this year, seed pledge loans in the region came\n\
            to 8.6 billion yuan, up by nearly a third on the same months of 2024.\n\
            Our goal for the full year, the last year of the Seed Programme 2021\n\
            Northern Province, is 15 billion yuan, which the banks think we can do.\n\
            The municipal government pays half of the interest on each seed loan\n\
            GUEST: up to 300,000 yuan per grower per year, and it will go on doing\n\
            so until the end of 2026, when the council reviews the whole scheme.\n";
        assert_eq!(
            texts(wrapped)[1],
            "Our goal for the full year, the last year of the Seed Programme 2021 Northern Province, is 15 billion yuan, which the banks think we can do."
        );
        // A speaker's turn starts a block of its own.
        assert!(texts(wrapped)[3].starts_with("GUEST:"));
        // A text of a paragraph a line has long headings, not wraps.
        let lines = "Seed loans grew fast across the Northern Province in the first half\n\
            The region's seed banks lent 8.6 billion yuan in the first half of 2025, up by nearly a third on a year earlier, and the banks expect more in the second half.\n";
        assert_eq!(texts(lines).len(), 2);
        // Nor is a schedule of long lines, whose run ends in no sentence.
        let schedule = "Courtroom 16, 10:30, Seed Growers Ltd v Harrow Seeds plc, trial day two\n\
            Courtroom 4, 14:00, Harrow Seeds plc v Seed Board, case management\n\
            Courtroom 9, 10:00, Northern Seed Cooperative v Valley Seeds, judgment\n\
            Courtroom 2, 11:15, Seed Board v Green Fields plc, application to strike out\n\
            Courtroom 7, 12:00, Orchard Seeds v Seed Board, directions hearing\n";
        assert_eq!(texts(schedule).len(), 5);
        // Nor is a field list wrapped.
        let fields = "Eligible collateral — seed patents, registered varieties, breeders' rights\n\
            Loss sharing — fund 70%, bank 30%\n";
        assert_eq!(texts(fields).len(), 2);
    }

    #[test]
    fn a_stamped_chat_line_runs_on_from_none_before_it() {
        let texts =
            |body: &str| -> Vec<String> { clean(body, 1).0.into_iter().map(|b| b.text).collect() };
        assert_eq!(
            texts("[2025-09-09 06:31] Ines: the 2024 figures are in\n[2025-09-09 06:31] Ines: Registrations: 10,284\n"),
            [
                "[2025-09-09 06:31] Ines: the 2024 figures are in",
                "[2025-09-09 06:31] Ines: Registrations: 10,284"
            ]
        );
    }

    #[test]
    fn invisible_characters_and_ligatures_do_not_split_words() {
        let (blocks, _) = clean(
            "The pa\u{200b}tent of\u{ad}fice and the geo\u{200d}graphical ﬁling ﬂows e\u{2060}ffect.",
            1,
        );
        assert_eq!(
            blocks[0].text,
            "The patent office and the geographical filing flows effect."
        );
    }

    #[test]
    fn footnote_markers_are_stripped_in_linear_time() {
        assert_eq!(
            strip_bracket_footnotes("rose[1] [2] x[a] y[12]"),
            "rose [2] x[a] y"
        );
        assert_eq!(strip_bracket_footnotes("a[1][2] b["), "a[2] b[");
        // 400,000 brackets without a close: quadratic, this took minutes.
        let line = "[".repeat(400_000);
        let started = std::time::Instant::now();
        assert_eq!(strip_bracket_footnotes(&line), line);
        assert!(started.elapsed().as_secs() < 10);
    }

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
    fn numbered_posts_of_a_thread_lose_their_counters_but_a_lone_fraction_stays() {
        check(
            "@office · 3 Jul 2025\n\n1/3 Our figures.\n\n[2/3] Patent applications: 14,300.\n\n3/3 More soon.\n",
            expect_test::expect![[r#"
                1: @office · 3 Jul 2025
                3: Our figures.
                5: Patent applications: 14,300.
                7: More soon."#]],
        );
        check(
            "1/2 of the firms filed.\n\n3/4 2025 report.\n",
            expect_test::expect![[r#"
                1: 1/2 of the firms filed.
                3: 3/4 2025 report."#]],
        );
    }

    #[test]
    fn numbered_headings() {
        assert!(is_numbered_heading("1.1 The week"));
        assert!(is_numbered_heading("01 IP culture"));
        assert!(!is_numbered_heading("5 years, the program"));
        assert!(!is_numbered_heading("2021 was a year."));
    }
}
