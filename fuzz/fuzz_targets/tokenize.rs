//! Tokenizer over arbitrary text: never panics, and every token's span lies
//! inside the input on character boundaries, in reading order.
#![no_main]

use ip_explorer::engine::tokenize::tokenize;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let tokens = tokenize(text);
    let mut last_start = 0;
    for token in &tokens {
        assert!(token.span.start <= token.span.end && token.span.end <= text.len());
        assert!(text.is_char_boundary(token.span.start));
        assert!(text.is_char_boundary(token.span.end));
        assert!(token.span.start >= last_start, "tokens out of order");
        last_start = token.span.start;
    }
});
