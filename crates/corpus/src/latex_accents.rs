//! LaTeX accents: the letter an accent command puts its mark on (`\'e`,
//! `\"{o}`, `\c{c}`, `\v s`) written as the one accented character it
//! stands for (`é`, `ö`, `ç`, `š`), for [`super::latex_scan`].
//!
//! Invariant: an accent and letter this small table does not know give
//! the bare letter, never nothing, so a name keeps every letter it has.

/// Each accent with the letters it is known on and, in the same order,
/// the accented characters.
const ACCENTED: &[(char, &str, &str)] = &[
    ('\'', "aeiouyAEIOUYcnszlrCNSZLR", "áéíóúýÁÉÍÓÚÝćńśźĺŕĆŃŚŹĹŔ"),
    ('`', "aeiouAEIOU", "àèìòùÀÈÌÒÙ"),
    ('^', "aeiouAEIOU", "âêîôûÂÊÎÔÛ"),
    ('"', "aeiouyAEIOUY", "äëïöüÿÄËÏÖÜŸ"),
    ('~', "anoANO", "ãñõÃÑÕ"),
    ('=', "aeiouAEIOU", "āēīōūĀĒĪŌŪ"),
    ('.', "zZeEcCgGI", "żŻėĖċĊġĠİ"),
    ('c', "cCsStT", "çÇşŞţŢ"),
    ('v', "cCsSzZrReEnNdDtT", "čČšŠžŽřŘěĚňŇďĎťŤ"),
    ('r', "aAuU", "åÅůŮ"),
    ('u', "aAgGuU", "ăĂğĞŭŬ"),
    ('H', "oOuU", "őŐűŰ"),
    ('k', "aAeEiIuU", "ąĄęĘįĮųŲ"),
];

/// `base` with the accent `mark` on it (`accented('\'', 'e')` is `é`), or
/// `base` itself when the table does not know the pair.
pub fn accented(mark: char, base: char) -> char {
    ACCENTED
        .iter()
        .filter(|(m, _, _)| *m == mark)
        .find_map(|(_, bases, marked)| {
            let at = bases.chars().position(|c| c == base)?;
            marked.chars().nth(at)
        })
        .unwrap_or(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_pairs_each_letter_with_one_accented_character() {
        for (mark, bases, marked) in ACCENTED {
            assert_eq!(bases.chars().count(), marked.chars().count(), "{mark}");
        }
    }

    #[test]
    fn known_pairs_compose_and_unknown_ones_keep_the_letter() {
        assert_eq!(accented('\'', 'e'), 'é');
        assert_eq!(accented('"', 'U'), 'Ü');
        assert_eq!(accented('v', 'z'), 'ž');
        assert_eq!(accented('c', 'c'), 'ç');
        assert_eq!(accented('^', 'w'), 'w');
        assert_eq!(accented('d', 'a'), 'a');
    }
}
