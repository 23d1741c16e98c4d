//! The `facts` target; what it checks is `checks::facts` in `fuzz/checks.rs`,
//! which `tests/fuzz_replay.rs` also runs over this target's corpus.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| checks::facts(bytes));
