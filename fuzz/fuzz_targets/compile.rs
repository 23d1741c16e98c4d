//! The whole corpus compiler over one file of arbitrary bytes: never panics,
//! and the result encodes and decodes to itself.
#![no_main]

use ip_explorer::corpus::{compile, decode, encode, SourceFile};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let files = [SourceFile { name: "fuzz.txt".into(), bytes: bytes.to_vec() }];
    let (corpus, _issues) = compile(&files);
    let encoded = encode(&corpus);
    assert_eq!(decode(&encoded).ok().as_ref(), Some(&corpus));
});
