//! Currencies: the signs and codes written before an amount (`£3.4m`,
//! `NZ$50,000`, `GBP 41.2mn`, `EUR 3.9 million`), the words written after
//! one (`830 million CNY`, `12 pounds`), and which units are money.
//!
//! Invariant: a currency's unit is a plural name (`pounds`, `euros`, `US
//! dollars`) that [`is_money`] recognises, so the compiler and the answers
//! agree on what a sum is.

use crate::lower::Lowercase;

/// Currency signs and codes written before an amount (`US$5`, `CNY 15.7
/// billion`, `RMB3 billion`), longest first so `US$` and `NZ$` win over `$`.
/// Codes are upper case, as ISO 4217 writes them; a code needs a word
/// boundary before it, and may touch the number (`RMB3`).
const BEFORE: &[(&str, &str)] = &[
    ("US$", "US dollars"),
    ("HK$", "Hong Kong dollars"),
    ("NZ$", "NZ dollars"),
    ("A$", "Australian dollars"),
    ("AU$", "Australian dollars"),
    ("C$", "Canadian dollars"),
    ("CA$", "Canadian dollars"),
    ("S$", "Singapore dollars"),
    ("USD", "US dollars"),
    ("HKD", "Hong Kong dollars"),
    ("NZD", "NZ dollars"),
    ("AUD", "Australian dollars"),
    ("CAD", "Canadian dollars"),
    ("SGD", "Singapore dollars"),
    ("CNY", "yuan"),
    ("RMB", "yuan"),
    ("EUR", "euros"),
    ("GBP", "pounds"),
    ("JPY", "yen"),
    ("CHF", "Swiss francs"),
    ("$", "US dollars"),
    ("¥", "yuan"),
    ("€", "euros"),
    ("£", "pounds"),
];

/// Currency words and codes written after an amount, with a space.
pub const AFTER: &[(&str, &str)] = &[
    (" yuan", "yuan"),
    (" RMB", "yuan"),
    (" CNY", "yuan"),
    (" USD", "US dollars"),
    (" US dollars", "US dollars"),
    (" dollars", "US dollars"),
    (" euros", "euros"),
    (" EUR", "euros"),
    (" pounds sterling", "pounds"),
    (" pounds", "pounds"),
    (" GBP", "pounds"),
    (" sterling", "pounds"),
    // Currencies whose name is the same in the singular and the plural
    // (`89.6 million lira`), or is no word of anything else (`florins`),
    // are named after the amount.
    (" lira", "lira"),
    (" lire", "lira"),
    (" florins", "florins"),
    (" guilders", "guilders"),
    (" francs", "francs"),
    (" kronor", "kronor"),
    (" kroner", "kroner"),
    (" rupees", "rupees"),
    (" pesos", "pesos"),
];

/// The currency written just before an amount that starts at the end of
/// `before`: the bytes it takes (with one space after a code) and its unit.
pub fn currency_before(before: &str) -> Option<(usize, &'static str)> {
    BEFORE.iter().find_map(|(sign, name)| {
        let is_code = sign.chars().all(|c| c.is_ascii_uppercase());
        let head = before.strip_suffix(' ').unwrap_or(before);
        let rest = head.strip_suffix(sign)?;
        // `NZ$` and `A$` are signs that start with letters: like a code,
        // they need a word boundary before them (`NZ$`, not `ANZ$`).
        let lettered = sign.starts_with(|c: char| c.is_ascii_uppercase());
        let bounded = !(is_code || lettered) || !rest.ends_with(|c: char| c.is_alphanumeric());
        bounded.then_some((before.len() - rest.len(), *name))
    })
}

/// The money a currency code stands for: its name when it is a known code
/// (`EUR` → `euros`), else the word a text names it by in brackets
/// (`Amounts are in Marrish krona (MRK)` → `krona`); `None` when neither.
pub(crate) fn currency_named(code: &str, texts: &[&str]) -> Option<String> {
    if let Some((len, name)) = currency_before(code) {
        if len == code.len() {
            return Some(name.to_string());
        }
    }
    texts.iter().find_map(|text| {
        let (before, _) = text.split_once(&format!(" ({code})"))?;
        let word = before.rsplit(' ').next()?;
        (word.len() > 2 && word.chars().all(|c| c.is_lowercase())).then(|| word.to_string())
    })
}

/// Names of money units: a unit is a currency when one of its words
/// starts with one of these (`US dollars`, `pounds`, `Swiss francs`).
#[rustfmt::skip]
const MONEY_WORDS: &[&str] = &[
    "yuan", "dollar", "euro", "pound", "yen", "rmb", "won", "rupee", "franc", "crown", "krona",
    "krone", "kronor", "peso", "dinar", "dirham", "zloty", "shilling", "rouble", "ruble", "forint",
    "lira", "lire", "florin", "guilder", "riyal", "rial", "ringgit", "baht", "koruna", "kuna",
    "manat", "tenge", "hryvnia", "shekel", "naira", "kwacha", "thaler", "ducat", "scudi", "scudo",
    "escudo", "lats", "litas", "reais", "rupiah", "rand",
];

/// Whether a unit is a currency.
pub fn is_money(unit: &str) -> bool {
    let unit = unit.lowercase();
    MONEY_WORDS
        .iter()
        .any(|c| unit.split(' ').any(|w| w.starts_with(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn before(text: &str) -> Option<(usize, &'static str)> {
        currency_before(text)
    }

    #[test]
    fn a_code_is_named_by_its_known_name_or_by_the_text() {
        let texts = ["Sums are in Tarnish florins (TFL).", "Other (XYZ) things"];
        assert_eq!(currency_named("EUR", &texts).as_deref(), Some("euros"));
        assert_eq!(currency_named("TFL", &texts).as_deref(), Some("florins"));
        assert_eq!(currency_named("XYZ", &texts), None);
        assert_eq!(currency_named("QQQ", &texts), None);
    }

    #[test]
    fn signs_and_codes_before_an_amount() {
        assert_eq!(before("rose to £"), Some((2, "pounds")));
        assert_eq!(before("grants of up to NZ$"), Some((3, "NZ dollars")));
        assert_eq!(before("budget was GBP "), Some((4, "pounds")));
        assert_eq!(before("worth HK$"), Some((3, "Hong Kong dollars")));
        assert_eq!(before("a fund of A$"), Some((2, "Australian dollars")));
        assert_eq!(before("paid $"), Some((1, "US dollars")));
        assert_eq!(before("fees of JPY "), Some((4, "yen")));
    }

    #[test]
    fn a_code_or_lettered_sign_inside_a_word_is_no_currency() {
        assert_eq!(before("XGBP "), None);
        assert_eq!(before("BNZ$"), Some((1, "US dollars")));
        assert_eq!(before("MCHF"), None);
    }

    #[test]
    fn money_units() {
        assert!(is_money("pounds"));
        assert!(is_money("NZ dollars"));
        assert!(is_money("Swiss francs"));
        assert!(is_money("crowns"));
        assert!(!is_money("patents"));
        assert!(!is_money("%"));
    }
}
