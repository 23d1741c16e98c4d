//! Query parser over arbitrary text: never panics, and the limits hold.
#![no_main]

use ip_explorer::engine::query::parse;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|query: &str| {
    let parsed = parse(query, 1_000, 32);
    assert!(parsed.words.len() <= 32, "{} words", parsed.words.len());
    let _ = parsed.is_empty();
});
