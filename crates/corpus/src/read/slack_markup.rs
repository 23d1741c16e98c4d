//! Slack's message markup read back into plain text: the `text` of a
//! message (Slack's "mrkdwn") and, for a message that has only them, its
//! rich-text `blocks`.
//!
//! - `<https://x.example/a|the sheet>` is its label, `<https://x.example>`
//!   its address, `<mailto:a@x.example|Ana>` its label;
//! - `<@U05B2KD19A>` is the name the export gives that user (else its
//!   label, `<@U05B2KD19A|tomas>`, else the id), `<#C01|general>` is
//!   `#general`, `<!channel>` is `@channel`, `<!date^…|9 Sep>` its label;
//! - `&amp;`, `&lt;` and `&gt;` are `&`, `<` and `>`;
//! - `*bold*`, `_italic_` and `~struck~` lose their marks, and `:wave:`
//!   emoji codes go;
//! - a `•` bullet is a `- ` item.
//!
//! Invariant: only markup is removed; the words and figures of the message
//! stay in their order, and every step is linear in the text.

use std::collections::BTreeMap;

use serde_json::Value;

/// A message's `text` as plain text (see the module doc).
pub fn plain_text(text: &str, names: &BTreeMap<String, String>) -> String {
    let linked = links(text, names);
    let decoded = linked
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    let lines: Vec<String> = decoded
        .lines()
        .map(|line| {
            let line = without_emphasis(&without_emoji(line));
            let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
            match line.strip_prefix("• ").or_else(|| line.strip_prefix("◦ ")) {
                Some(item) => format!("- {item}"),
                None => line,
            }
        })
        .collect();
    lines.join("\n")
}

/// The text of a message's rich-text and section blocks, a line a
/// paragraph or list item.
pub fn block_text(blocks: &Value, names: &BTreeMap<String, String>) -> String {
    let mut lines: Vec<String> = Vec::new();
    for block in blocks.as_array().into_iter().flatten() {
        match block.get("type").and_then(Value::as_str) {
            Some("rich_text") => {
                for part in children(block) {
                    let list = part.get("type").and_then(Value::as_str) == Some("rich_text_list");
                    if list {
                        lines.extend(
                            children(part).map(|item| format!("- {}", inline(item, names))),
                        );
                    } else {
                        lines.push(inline(part, names));
                    }
                }
            }
            Some("section" | "header") => {
                let texts = block.get("text").into_iter().chain(
                    (block.get("fields").and_then(Value::as_array))
                        .into_iter()
                        .flatten(),
                );
                for text in texts.filter_map(|t| t.get("text")?.as_str()) {
                    lines.push(plain_text(text, names));
                }
            }
            _ => {}
        }
    }
    lines.retain(|l| !l.trim().is_empty());
    lines.join("\n")
}

/// The `elements` of a block or element.
fn children(value: &Value) -> impl Iterator<Item = &Value> {
    (value.get("elements").and_then(Value::as_array))
        .into_iter()
        .flatten()
}

/// The text of a rich-text section's elements, on one line.
fn inline(section: &Value, names: &BTreeMap<String, String>) -> String {
    let mut text = String::new();
    for element in children(section) {
        let field = |key: &str| element.get(key).and_then(Value::as_str);
        let part = match field("type") {
            Some("text") => field("text").map(str::to_string),
            Some("link") => field("text").or(field("url")).map(str::to_string),
            Some("user") => field("user_id").map(|id| names.get(id).map_or(id, |n| n).to_string()),
            Some("broadcast") => field("range").map(|r| format!("@{r}")),
            Some("date") => field("fallback").map(str::to_string),
            _ => None,
        };
        text.push_str(&part.unwrap_or_default());
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text with each `<…>` span of Slack's markup written as its label,
/// name or address.
fn links(text: &str, names: &BTreeMap<String, String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after
            .find(['>', '<'])
            .filter(|&c| after[c..].starts_with('>'))
        else {
            out.push('<');
            rest = after;
            continue;
        };
        let span = &after[..close];
        let (target, label) = match span.split_once('|') {
            Some((target, label)) => (target, Some(label)),
            None => (span, None),
        };
        let written = match target.chars().next() {
            Some('@') => names
                .get(&target[1..])
                .map(String::as_str)
                .or(label)
                .unwrap_or(&target[1..])
                .to_string(),
            Some('#') => format!("#{}", label.unwrap_or(&target[1..])),
            Some('!') => label.map_or_else(
                || format!("@{}", target[1..].split('^').next().unwrap_or_default()),
                str::to_string,
            ),
            _ => label
                .unwrap_or_else(|| target.strip_prefix("mailto:").unwrap_or(target))
                .to_string(),
        };
        out.push_str(&written);
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The line without `:emoji_codes:` (letters, digits, `_`, `+`, `-`, at
/// least one letter, or `:+1:`, standing apart from the words before).
fn without_emoji(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find(':') {
        let before = rest[..open].chars().next_back();
        let after = &rest[open + 1..];
        let len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '+' | '-')))
            .unwrap_or(after.len());
        let code = &after[..len];
        let closed = after[len..].starts_with(':');
        let apart = before.is_none_or(|c| !c.is_alphanumeric());
        let emoji = code.chars().any(|c| c.is_ascii_alphabetic()) || matches!(code, "+1" | "-1");
        if closed && apart && emoji {
            out.push_str(&rest[..open]);
            rest = &after[len + 1..];
        } else {
            out.push_str(&rest[..=open]);
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// The line without the marks of `*bold*`, `_italic_` and `~struck~`
/// spans: a mark that opens at a word's start and one that closes at a
/// word's end, on the same line (`snake_case` keeps its underscore).
fn without_emphasis(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut drop = vec![false; chars.len()];
    for mark in ['*', '_', '~'] {
        let mut opened: Option<usize> = None;
        for (at, &c) in chars.iter().enumerate() {
            if c != mark {
                continue;
            }
            let before = at.checked_sub(1).map(|p| chars[p]);
            let after = chars.get(at + 1).copied();
            let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
            let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
            match opened {
                Some(start) if !space(before) && !word(after) => {
                    drop[start] = true;
                    drop[at] = true;
                    opened = None;
                }
                None if !word(before) && !space(after) => opened = Some(at),
                _ => {}
            }
        }
    }
    (chars.iter().zip(&drop))
        .filter(|(_, &d)| !d)
        .map(|(c, _)| c)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> BTreeMap<String, String> {
        BTreeMap::from([("U05B2KD19A".to_string(), "Tomas Kell".to_string())])
    }

    #[test]
    fn links_mentions_and_entities_are_read_back() {
        let text = "<@U05B2KD19A> see <https://x.example/r/2024.xlsx|the 2024 sheet> &amp; <https://x.example/a>, ask <@U09|ana> or <!here> in <#C01|stats> &lt;3";
        assert_eq!(
            plain_text(text, &names()),
            "Tomas Kell see the 2024 sheet & https://x.example/a, ask ana or @here in #stats <3"
        );
        assert_eq!(plain_text("<@U77> a < b", &names()), "U77 a < b");
    }

    #[test]
    fn emphasis_and_emoji_marks_go_but_names_and_times_stay() {
        assert_eq!(
            plain_text(
                "*Final:* _1,146_ filings :tada: ~1,100~ at 10:30:15, see file_name_v2 :+1::skin-tone-2:",
                &names()
            ),
            "Final: 1,146 filings 1,100 at 10:30:15, see file_name_v2"
        );
        assert_eq!(
            plain_text("• Grants: 86\n◦ of which 9", &names()),
            "- Grants: 86\n- of which 9"
        );
    }

    #[test]
    fn blocks_give_sections_lists_and_mentions() {
        let blocks: Value = serde_json::from_str(
            r#"[{"type": "rich_text", "elements": [
                {"type": "rich_text_section", "elements": [
                    {"type": "user", "user_id": "U05B2KD19A"},
                    {"type": "text", "text": " queue is at "},
                    {"type": "text", "text": "612", "style": {"bold": true}},
                    {"type": "emoji", "name": "chart"}]},
                {"type": "rich_text_list", "elements": [
                    {"type": "rich_text_section", "elements": [{"type": "text", "text": "Grants: 86"}]},
                    {"type": "rich_text_section", "elements": [{"type": "link", "url": "https://x.example", "text": "report"}]}]}]},
              {"type": "section", "text": {"type": "mrkdwn", "text": "*Fees:* 4.35m"}},
              {"type": "divider"}]"#,
        )
        .unwrap();
        assert_eq!(
            block_text(&blocks, &names()),
            "Tomas Kell queue is at 612\n- Grants: 86\n- report\nFees: 4.35m"
        );
    }

    #[test]
    fn broken_markup_is_kept_as_text_without_a_panic() {
        assert_eq!(
            plain_text("a <b <@U05B2KD19A> c", &names()),
            "a <b Tomas Kell c"
        );
        assert_eq!(
            plain_text("<|> <!date^1^{date}|> ::: *_~ é:ü:", &names()),
            "::: *_~ é:ü:"
        );
        let markup = "*Fé*: <@U05B2KD19A|x> <#C1|g> <!here> _é_ ~1~ :+1: <https://x|ç> &amp;";
        for (at, _) in markup.char_indices() {
            let _ = plain_text(&markup[..at], &names());
        }
    }
}
