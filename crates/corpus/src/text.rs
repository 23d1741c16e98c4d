//! Small text helpers shared by the compile steps: word classes, sentence
//! splitting and whitespace normalisation.
//!
//! Invariant: the helpers are pure functions of their input; sentence spans
//! always cover the text they came from without gaps or overlaps (apart from
//! the whitespace between sentences).

/// Words that cannot end a sentence or a headline; a line ending in one of them
/// was cut in the middle.
#[rustfmt::skip]
pub const FUNCTION_WORDS: &[&str] = &["a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "as", "into", "onto", "than", "that", "which", "who", "whose", "its", "their", "our", "his", "her", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "this", "these", "those", "such", "about", "over", "under", "via", "per"];

/// Abbreviations whose trailing period does not end a sentence.
#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &["mr", "mrs", "ms", "dr", "prof", "no", "nos", "vs", "st", "co", "ltd", "inc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "etc", "approx", "art", "gen", "gov",
    // `avg. 14 months`, `incl. 40 appeals`, `est. 2,000`, `see Fig. 3`.
    "avg", "incl", "excl", "est", "fig", "figs", "vol", "cf", "ca", "dept", "govt", "corp"];

/// Marks that open a list item (`- `, `• `, `▸ `), which no label keeps.
pub const LIST_MARKERS: &[&str] = &[
    "-", "•", "*", "–", "·", "▸", "▹", "►", "▪", "▫", "‣", "◦", "➢", "➤", "→", "✓", "✔",
];

/// `2`, `b`, `iv`: what an enumerated item's marker holds between its
/// brackets (`(2)`, `b)`, `(iv)`).
pub fn is_item_marker(marker: &str) -> bool {
    let number = (1..=2).contains(&marker.len()) && marker.bytes().all(|b| b.is_ascii_digit());
    let letter = marker.len() == 1 && marker.bytes().all(|b| b.is_ascii_lowercase());
    let roman = (1..=4).contains(&marker.len()) && marker.bytes().all(|b| b"ivx".contains(&b));
    number || letter || roman
}

/// The length of a numbered paragraph's number and its space at the start
/// of `text` (`3.2 We accepted …`, `4.12 The Registry …`, `[12] The
/// claimant …`): a dotted number of one- or two-digit parts, or a bracketed
/// number, before a capitalised word; 0 when there is
/// none. A figure opening a sentence is followed by its unit or noun in
/// lower case (`3.2 million patents …`), and `2023 was …` has no dot.
pub fn paragraph_number_len(text: &str) -> usize {
    let Some(end) = text.find(' ') else {
        return 0;
    };
    // `[12] The claimant …`, `[1] The March tables …`: a bracketed number
    // of a paragraph or a footnote.
    let bracketed = (text[..end].strip_prefix('['))
        .and_then(|t| t.strip_suffix(']'))
        .is_some_and(|n| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()));
    if bracketed && text[end + 1..].starts_with(char::is_uppercase) {
        return end + 1;
    }
    let parts: Vec<&str> = text[..end].split('.').collect();
    let dotted = parts.len() >= 2
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    let capitalised = text[end + 1..].starts_with(char::is_uppercase);
    if dotted && capitalised {
        end + 1
    } else {
        0
    }
}

/// Where `phrase` stands in `lower` as whole words: no letter or digit
/// right before or after it.
pub fn whole_word_matches<'a>(lower: &'a str, phrase: &'a str) -> impl Iterator<Item = usize> + 'a {
    lower
        .match_indices(phrase)
        .map(|(pos, _)| pos)
        .filter(move |&pos| {
            let end = pos + phrase.len();
            (pos == 0 || !lower.as_bytes()[pos - 1].is_ascii_alphanumeric())
                && !lower
                    .as_bytes()
                    .get(end)
                    .is_some_and(u8::is_ascii_alphanumeric)
        })
}

/// True when `word` (any case) is one of [`FUNCTION_WORDS`].
pub fn is_function_word(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    FUNCTION_WORDS.contains(&lower.as_str())
}

/// True when the text ends like a finished sentence or a label (`.`, `!`, `?`,
/// `:`, `;`, possibly followed by closing quotes or brackets).
pub fn ends_terminal(text: &str) -> bool {
    let trimmed = text.trim_end_matches(['"', '”', '’', '\'', ')', ']', '*']);
    trimmed.ends_with(['.', '!', '?', ':', ';', '。'])
}

/// The text after the last clause break of `text`: a comma, semicolon or
/// colon followed by a space or ending the text. The comma of a digit group
/// (`12,000`) breaks nothing.
pub fn last_clause(text: &str) -> &str {
    let bytes = text.as_bytes();
    let cut = (0..bytes.len()).rev().find(|&i| {
        matches!(bytes[i], b',' | b';' | b':')
            && bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace())
    });
    cut.map_or(text, |i| &text[i + 1..])
}

/// The text after its last `. `, `; `, `: ` or `, `: the clause or phrase
/// it ends with (`The Advisory Board` in `In 2025, The Advisory Board`).
pub fn after_last_break(text: &str) -> &str {
    let start = [". ", "; ", ": ", ", "]
        .iter()
        .filter_map(|sep| text.rfind(sep).map(|p| p + sep.len()))
        .max()
        .unwrap_or(0);
    &text[start..]
}

/// The last word of a text, without surrounding punctuation.
pub fn last_word(text: &str) -> &str {
    text.split_whitespace()
        .next_back()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
}

/// Bytes of a prefix [`lower_tail`] reads: more than the longest cue phrase
/// looked for just before a number (`approximately `).
pub const TAIL_BYTES: usize = 48;

/// The end of `text[..end]`, at most about [`TAIL_BYTES`] long, in ASCII lower
/// case, and whether it is the whole prefix. Checking the words just before a
/// number this way costs the same in a 5 MB sentence as in a short one;
/// lower-casing the whole prefix at every number was quadratic.
pub fn lower_tail(text: &str, end: usize) -> (String, bool) {
    let mut start = end.saturating_sub(TAIL_BYTES);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    (text[start..end].to_ascii_lowercase(), start == 0)
}

/// Number of whitespace-separated words.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Collapses runs of whitespace (including no-break spaces) to one space and trims.
pub fn squash_spaces(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '\u{a0}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Byte ranges of the sentences in `text`. A sentence ends at `.`, `!` or `?`
/// (plus closing quotes) followed by a space and an upper-case letter, digit
/// or opening quote, unless the period closes a known abbreviation or an initial.
pub fn sentence_spans(text: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut start = 0;
    for (idx, ch) in text.char_indices() {
        if !matches!(ch, '.' | '!' | '?') {
            continue;
        }
        let mut end = idx + 1;
        while end < bytes.len() && matches!(text[end..].chars().next(), Some('"' | '”' | '’' | ')'))
        {
            end += text[end..].chars().next().map_or(1, char::len_utf8);
        }
        let rest = &text[end..];
        let Some(after) = rest.strip_prefix(' ') else {
            continue;
        };
        let next = after.chars().next().unwrap_or(' ');
        let opens =
            next.is_uppercase() || next.is_ascii_digit() || matches!(next, '"' | '“' | '$' | '(');
        if !opens || (ch == '.' && is_abbreviation(&text[start..idx])) {
            continue;
        }
        spans.push(start..end);
        start = end + 1;
    }
    if start < text.len() {
        spans.push(start..text.len());
    }
    spans
}

/// Longest sentence, in bytes, that facts and passages take as one. Real
/// sentences stay far below it (the seeds' longest is about 550 bytes); a
/// run-on line of figures or a table flattened into one line by a scraper
/// does not, and every step that looks around a number in its sentence would
/// then cost the sentence's length per number: quadratic in the line.
pub const MAX_SENTENCE_BYTES: usize = 2_000;

/// Most runs of digits a sentence holds and is taken as one: real sentences
/// hold a few figures; a table row run into prose holds dozens.
pub const MAX_SENTENCE_NUMBERS: usize = 40;

/// Longest piece a run-on sentence (over [`MAX_SENTENCE_BYTES`] or
/// [`MAX_SENTENCE_NUMBERS`]) is cut into: about a clause. Each fact keeps its sentence, so in number-dense text (a table
/// holds a figure every few bytes) the piece length is the memory per fact.
pub const RUN_ON_PIECE_BYTES: usize = 240;

/// [`sentence_spans`] with every run-on sentence (over [`MAX_SENTENCE_BYTES`]
/// or [`MAX_SENTENCE_NUMBERS`]) cut into pieces of at most
/// [`RUN_ON_PIECE_BYTES`], so work and memory per sentence are bounded and
/// the compile steps stay linear in their input. Cutting is stable: the
/// pieces, joined again (as passages join them), cut the same way. A
/// cut falls after the last `;` or `,` in the second half of a piece, else at
/// its last space, else (one unbroken word) at a character boundary; the
/// space at a cut belongs to no piece, as between sentences.
pub fn bounded_sentence_spans(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    for span in sentence_spans(text) {
        if is_run_on(&text[span.clone()]) {
            cut_long(text, span, RUN_ON_PIECE_BYTES, &mut out);
        } else {
            out.push(span);
        }
    }
    out
}

/// Whether a sentence is too long, or holds too many numbers, to be one.
fn is_run_on(sentence: &str) -> bool {
    if sentence.len() > MAX_SENTENCE_BYTES {
        return true;
    }
    let bytes = sentence.as_bytes();
    let starts = (0..bytes.len())
        .filter(|&i| bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit()));
    starts.count() > MAX_SENTENCE_NUMBERS
}

/// Pushes `span` of `text` onto `out`, in pieces of at most `max` bytes.
fn cut_long(
    text: &str,
    span: std::ops::Range<usize>,
    max: usize,
    out: &mut Vec<std::ops::Range<usize>>,
) {
    let mut start = span.start;
    while span.end - start > max {
        let mut limit = start + max;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[start..limit];
        let half = window.len() / 2;
        let after_mark = [";", ","]
            .iter()
            .filter_map(|mark| window.rfind(mark))
            .filter(|&i| i >= half)
            .max()
            .map(|i| i + 1);
        let at_space = || window.rfind(char::is_whitespace).filter(|&i| i > 0);
        let cut = after_mark.or_else(at_space).unwrap_or(window.len()).max(1);
        let mut end = start + cut;
        while !text.is_char_boundary(end) {
            end += 1;
        }
        out.push(start..end);
        start = end;
        let rest = &text[start..span.end];
        start += rest.len() - rest.trim_start().len();
    }
    if start < span.end {
        out.push(start..span.end);
    }
}

/// True when the text before a period ends with an abbreviation or an initial.
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '-')
        .next()
        .unwrap_or("");
    let lower = word.to_ascii_lowercase();
    let single_letter = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    single_letter || ABBREVIATIONS.contains(&lower.as_str())
}

/// `text` without what round brackets enclose (`(2023), turnover ` →
/// `, turnover `), nested brackets included. Text after an unmatched `)`
/// counts as enclosed until a `(` balances it: it closes a bracket opened
/// before `text` began.
pub fn outside_brackets(text: &str) -> String {
    let mut plain = String::new();
    let mut depth = 0i32;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    plain
}

/// `Valid invention patents / 有效发明专利` → `Valid invention patents`:
/// a label's translation after a slash, in a script other than Latin
/// (a bilingual fact sheet's), says nothing the label does not.
pub fn drop_translation(label: &str) -> String {
    let mut out = label.to_string();
    while let Some(at) = out.find(" / ").filter(|&at| {
        out[at + 3..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() && !c.is_ascii() && !is_latin(c))
    }) {
        let rest = &out[at + 3..];
        let end = rest
            .char_indices()
            .find(|(_, c)| c.is_ascii() && *c != ' ')
            .map_or(rest.len(), |(i, _)| i);
        let tail = rest[end..].to_string();
        out.truncate(at);
        if !tail.is_empty() {
            out.push(' ');
            out.push_str(&tail);
        }
    }
    out
}

/// Latin letters with diacritics (`é`, `ü`), which a translation's script is not.
fn is_latin(c: char) -> bool {
    ('\u{00C0}'..='\u{024F}').contains(&c)
}

/// `body` with every line that `rewrite` returns a new text for replaced
/// by it, line for line.
pub fn each_line_rewritten(body: &str, rewrite: impl Fn(&str) -> Option<String>) -> String {
    let lines: Vec<String> = body
        .lines()
        .map(|l| rewrite(l).unwrap_or_else(|| l.to_string()))
        .collect();
    lines_like(&lines, body)
}

/// Appends a line to a paragraph, joining a word hyphenated at the line
/// end (`socie-` and `ties`); any other line is set off by a space.
pub fn join_line(text: &mut String, line: &str) {
    let hyphenated = text.ends_with('-')
        && text[..text.len() - 1].ends_with(char::is_alphabetic)
        && line.starts_with(char::is_lowercase);
    if hyphenated {
        text.pop();
    } else if !text.is_empty() {
        text.push(' ');
    }
    text.push_str(line);
}

/// Rewritten lines joined back into a body, ending in a newline when the
/// original `body` did: the line-for-line rewrites' last step.
pub fn lines_like(lines: &[String], body: &str) -> String {
    let mut text = lines.join("\n");
    if body.ends_with('\n') {
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_numbered_paragraphs_number_is_told_from_a_figure() {
        assert_eq!(paragraph_number_len("3.2 We accepted 744."), 4);
        assert_eq!(paragraph_number_len("4.12.1 The Registry"), 7);
        assert_eq!(paragraph_number_len("3.2 million patents"), 0);
        assert_eq!(paragraph_number_len("2023 was a year."), 0);
        assert_eq!(paragraph_number_len("120.5 Hectares"), 0);
        assert_eq!(paragraph_number_len("3.2"), 0);
        assert_eq!(paragraph_number_len("[12] The claimant sought"), 5);
        assert_eq!(paragraph_number_len("[1] The March tables"), 4);
        assert_eq!(paragraph_number_len("[2024] figures"), 0);
    }

    fn sentences(text: &str) -> Vec<&str> {
        sentence_spans(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn sentences_split_at_terminal_punctuation() {
        assert_eq!(
            sentences("It rose. Then it fell! Why? 5 left."),
            ["It rose.", "Then it fell!", "Why?", "5 left."]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        assert_eq!(
            sentences("Mr. Wu met the U.S. team on Nov. 30. It went well."),
            ["Mr. Wu met the U.S. team on Nov. 30.", "It went well."]
        );
        assert_eq!(
            sentences("Pendency fell to avg. 14 months, incl. 40 appeals (see Fig. 3). Staff: est. 2,000."),
            ["Pendency fell to avg. 14 months, incl. 40 appeals (see Fig. 3).", "Staff: est. 2,000."]
        );
    }

    #[test]
    fn decimals_and_domains_stay_inside_a_sentence() {
        assert_eq!(
            sentences("It reached 5.761 million on example.cn today."),
            ["It reached 5.761 million on example.cn today."]
        );
    }

    #[test]
    fn quotes_close_the_sentence() {
        assert_eq!(
            sentences("He said \"done.\" Next one."),
            ["He said \"done.\"", "Next one."]
        );
    }

    #[test]
    fn a_run_on_sentence_is_cut_into_bounded_pieces_that_cover_it() {
        let clause = "patents rose 12% to 345 million in 2021, ";
        let text = format!("Intro. Then {}end", clause.repeat(500));
        let spans = bounded_sentence_spans(&text);
        assert_eq!(&text[spans[0].clone()], "Intro.");
        assert!(spans.len() > 50, "{}", spans.len());
        let mut joined = String::new();
        for span in &spans {
            assert!(span.len() <= RUN_ON_PIECE_BYTES, "{}", span.len());
            assert!(
                text[span.clone()].ends_with([',', '.', 'd']),
                "{:?}",
                &text[span.clone()]
            );
            joined.push_str(&text[span.clone()]);
            joined.push(' ');
        }
        assert_eq!(joined.trim_end(), text);
        // One unbroken word of multi-byte characters is cut at char boundaries.
        let word = "专利".repeat(2_000);
        let pieces: Vec<&str> = bounded_sentence_spans(&word)
            .into_iter()
            .map(|r| &word[r])
            .collect();
        assert_eq!(pieces.concat(), word);
        assert!(pieces.iter().all(|p| p.len() <= RUN_ON_PIECE_BYTES));
        // Short sentences are as `sentence_spans` gives them.
        assert_eq!(
            bounded_sentence_spans("It rose. Then it fell!"),
            sentence_spans("It rose. Then it fell!")
        );
    }

    #[test]
    fn terminal_and_function_word_checks() {
        assert!(ends_terminal("Thank you.”"));
        assert!(ends_terminal("Speakers:"));
        assert!(!ends_terminal("delivered a"));
        assert!(is_function_word("The"));
        assert_eq!(last_word("held on the"), "the");
        assert_eq!(squash_spaces(" a\u{a0} b\t c "), "a b c");
    }

    #[test]
    fn a_translation_after_a_slash_is_dropped_but_a_latin_alternative_kept() {
        assert_eq!(
            drop_translation("Valid invention patents / 有效发明专利"),
            "Valid invention patents"
        );
        assert_eq!(
            drop_translation("patents per 10,000 people / 每万人口发明专利拥有量"),
            "patents per 10,000 people"
        );
        assert_eq!(drop_translation("imports / exports"), "imports / exports");
        assert_eq!(drop_translation("brevets / Patente"), "brevets / Patente");
    }

    #[test]
    fn bracketed_asides_are_left_out() {
        assert_eq!(outside_brackets(" (2023), turnover "), " , turnover ");
        assert_eq!(outside_brackets("a (b (c) d) e"), "a  e");
        assert_eq!(outside_brackets("a) b (c"), "ac");
    }

    #[test]
    fn the_last_clause_is_not_cut_at_a_digit_group() {
        assert_eq!(
            last_clause("the supplier will translate 12,000 documents and carry out"),
            "the supplier will translate 12,000 documents and carry out"
        );
        assert_eq!(last_clause("in 2020, the office had"), " the office had");
        assert_eq!(last_clause("a; b: c"), " c");
        assert_eq!(last_clause("in 2020,"), "");
    }
}
