//! The content hash that names a chunk file: 128-bit FNV-1a, written as 32
//! lower-case hex digits. It only has to tell different builds' files apart
//! (a cache key, not a security boundary), and a hand-written 128-bit FNV
//! keeps `build.rs` and the wasm free of a hashing crate. The page checks
//! every fetched file against the hash in its name.

const OFFSET: u128 = 0x6c62272e07bb014262b821756295c58d;
const PRIME: u128 = 0x0000000001000000000000000000013b;

/// The FNV-1a 128 hash of `bytes`.
pub fn fnv1a128(bytes: &[u8]) -> u128 {
    bytes.iter().fold(OFFSET, |hash, &b| {
        (hash ^ u128::from(b)).wrapping_mul(PRIME)
    })
}

/// The hash of `bytes` as 32 hex digits.
pub fn hex(bytes: &[u8]) -> String {
    format!("{:032x}", fnv1a128(bytes))
}

/// Whether `name` is `<kind>-<hash of bytes>.bin`, as every part file is.
pub fn names(name: &str, bytes: &[u8]) -> bool {
    name.strip_suffix(".bin")
        .and_then(|stem| stem.rsplit_once('-'))
        .is_some_and(|(_, digest)| digest == hex(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_fnv1a128_values() {
        // Reference values of the FNV-1a 128-bit hash.
        assert_eq!(hex(b""), "6c62272e07bb014262b821756295c58d");
        assert_eq!(hex(b"a"), "d228cb696f1a8caf78912b704e4a8964");
        assert_ne!(hex(b"ab"), hex(b"ba"));
        assert!(names("text-d228cb696f1a8caf78912b704e4a8964.bin", b"a"));
        assert!(!names("text-d228cb696f1a8caf78912b704e4a8964.bin", b"b"));
        assert!(!names("d228cb696f1a8caf78912b704e4a8964", b"a"));
    }
}
