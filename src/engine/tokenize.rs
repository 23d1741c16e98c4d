//! Splits text into lower-cased word tokens with their byte offsets. Index and
//! query use this same function, so both sides always agree.

/// A word of the text, lower-cased, with where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The normalised word.
    pub text: String,
    /// Byte range in the original text.
    pub span: std::ops::Range<usize>,
}

/// Tokens of `text` in order. A token is a run of alphanumeric characters.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                tokens.push(token(text, s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        tokens.push(token(text, s, text.len()));
    }
    tokens
}

fn token(text: &str, start: usize, end: usize) -> Token {
    Token {
        text: text[start..end].to_lowercase(),
        span: start..end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lowercased_with_offsets() {
        let tokens = tokenize("IP News, Beijing");
        let words: Vec<_> = tokens.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(words, ["ip", "news", "beijing"]);
        assert_eq!(tokens[2].span, 9..16);
    }

    #[test]
    fn empty_and_punctuation_give_no_tokens() {
        assert!(tokenize("").is_empty());
        assert!(tokenize("-- ... !!").is_empty());
    }
}
