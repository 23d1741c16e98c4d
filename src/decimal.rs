//! Decimal text for `f64` values, written with integer arithmetic.
//!
//! The standard library's float formatting (`to_string()`, `{:.2}`) links
//! about 11 KB of code and tables into the wasm bundle (Grisu, Dragon4 and
//! their big-number fallback). The values shown here are figures written in
//! the corpus with a few decimals, chart coordinates and timings, so scaling
//! by a power of ten and printing an integer is exact for them.
//!
//! Invariant: every function returns finite values as plain decimal digits
//! (`-12.5`, `218000000000`) that read back as the value they describe
//! (exactly for [`plain`], to the stated places for [`fixed`]); only values
//! beyond 2^53 with a fraction or beyond 2^64 fall back to fifteen
//! significant digits with an exponent (`1.79769313486231e308`).

/// Exact powers of ten as `f64` (every one up to 10^22 is representable).
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// 2^53: every integer below it is an exact `f64`.
const EXACT_INTEGERS: f64 = 9_007_199_254_740_992.0;

/// 2^64: every integral `f64` below it converts to `u64` exactly.
const U64_LIMIT: f64 = 18_446_744_073_709_551_616.0;

/// The fewest decimals that read back as exactly `value`: `12.5`, `-0.25`,
/// `218000000000`; `NaN`, `inf` and `-inf` for the rest, as Rust writes them.
pub fn plain(value: f64) -> String {
    if !value.is_finite() {
        return non_finite(value);
    }
    let abs = value.abs();
    if abs.fract() == 0.0 && abs < U64_LIMIT {
        return signed(value, digits(abs as u64, 0));
    }
    // `n / 10^d` is correctly rounded, as is parsing the text `n·10^-d`, so
    // when the division gives back `abs` the text does too.
    for (places, &scale) in POW10.iter().enumerate().skip(1) {
        let scaled = (abs * scale).round();
        if scaled >= EXACT_INTEGERS {
            break;
        }
        if scaled / scale == abs {
            return signed(value, digits(scaled as u64, places));
        }
    }
    signed(value, scientific(abs))
}

/// `value` rounded to `places` decimals (half away from zero), trailing zeros
/// kept, like `format!("{value:.places$}")`: `0.4`, `12.50`.
pub fn fixed(value: f64, places: usize) -> String {
    let Some(&scale) = POW10.get(places) else {
        return plain(value);
    };
    let scaled = (value.abs() * scale).round();
    if !scaled.is_finite() || scaled >= U64_LIMIT {
        return plain(value);
    }
    let text = digits(scaled as u64, places);
    if scaled == 0.0 {
        text
    } else {
        signed(value, text)
    }
}

/// `value` rounded to `places` decimals without trailing zeros: `12.5`, `7`.
pub fn trimmed(value: f64, places: usize) -> String {
    let text = fixed(value, places);
    if text.contains('.') && !text.contains('e') {
        let kept = text.trim_end_matches('0').trim_end_matches('.');
        if kept == "-0" {
            return "0".to_string();
        }
        return kept.to_string();
    }
    text
}

/// `n` with a decimal point `places` digits from the right: `digits(125, 1)` is `12.5`.
fn digits(n: u64, places: usize) -> String {
    let mut text = n.to_string();
    if places > 0 {
        if text.len() <= places {
            text.insert_str(0, &"0".repeat(places + 1 - text.len()));
        }
        text.insert(text.len() - places, '.');
    }
    text
}

fn signed(value: f64, text: String) -> String {
    if value.is_sign_negative() {
        format!("-{text}")
    } else {
        text
    }
}

fn non_finite(value: f64) -> String {
    let text = if value.is_nan() {
        "NaN"
    } else if value > 0.0 {
        "inf"
    } else {
        "-inf"
    };
    text.to_string()
}

/// Fifteen significant digits (truncated) and a power of ten, for magnitudes
/// the integer paths cannot hold: `1.79769313486231e308`, `5e-324`.
fn scientific(abs: f64) -> String {
    if abs == 0.0 {
        return "0".to_string();
    }
    let (mut mantissa, mut exponent) = (abs, 0i32);
    // Steps of 10^22 and then 10 keep each multiplication exact in its factor;
    // each product is correctly rounded, so the mantissa is off by a few units
    // in the last place at most, well below the fifteenth digit.
    while mantissa >= 1e22 {
        mantissa /= 1e22;
        exponent += 22;
    }
    while mantissa < 1e-22 {
        mantissa *= 1e22;
        exponent -= 22;
    }
    while mantissa >= 10.0 {
        mantissa /= 10.0;
        exponent += 1;
    }
    while mantissa < 1.0 {
        mantissa *= 10.0;
        exponent -= 1;
    }
    // Truncated, not rounded: rounding up could carry past `f64::MAX`.
    let n = (mantissa * 1e14).floor() as u64;
    let text = digits(n, 14);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    format!("{text}e{exponent}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_matches_the_standard_shortest_form() {
        for value in [
            0.0,
            7.0,
            -7.0,
            12.5,
            -0.25,
            0.1,
            0.3,
            1.25e12,
            218e9,
            3.46e6,
            480_000.0,
            0.004,
            2_021.75,
            1e15,
            123.456_789,
            9_007_199_254_740_991.0,
            1e19,
            -0.0,
        ] {
            assert_eq!(plain(value), value.to_string(), "{value}");
        }
    }

    #[test]
    fn plain_reads_back_as_the_same_value() {
        for value in [
            0.1 + 0.2,
            1.0 / 3.0,
            2.0f64.powi(70),
            1e-20,
            f64::MAX,
            5e-324,
            1e300,
        ] {
            let text = plain(value);
            let back: f64 = text.parse().unwrap();
            let error = ((back - value) / value).abs();
            assert!(error < 1e-14, "{value} -> {text}");
        }
    }

    #[test]
    fn non_finite_values() {
        assert_eq!(plain(f64::NAN), "NaN");
        assert_eq!(plain(f64::INFINITY), "inf");
        assert_eq!(fixed(f64::NEG_INFINITY, 2), "-inf");
        assert_eq!(trimmed(f64::NAN, 1), "NaN");
    }

    #[test]
    fn fixed_places_like_the_format_precision() {
        for (value, places) in [
            (0.4, 1),
            (2.0, 1),
            (12.5, 2),
            (-1.23456, 3),
            (9.96, 1),
            (0.0, 2),
        ] {
            assert_eq!(fixed(value, places), format!("{value:.places$}"));
        }
        assert_eq!(fixed(-0.001, 2), "0.00");
        assert_eq!(fixed(1e300, 2), plain(1e300));
    }

    #[test]
    fn trimmed_drops_trailing_zeros() {
        assert_eq!(trimmed(12.50, 2), "12.5");
        assert_eq!(trimmed(7.0, 2), "7");
        assert_eq!(trimmed(-0.004, 2), "0");
        assert_eq!(trimmed(-1234.5, 2), "-1234.5");
        assert_eq!(trimmed(106.04, 1), "106");
        assert_eq!(trimmed(45.96, 1), "46");
    }
}
