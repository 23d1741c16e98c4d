//! The synonym registry: words that name the same counted thing in the
//! wordings of official statistics, so a question in one wording finds a
//! figure stated in another. It extends the entity alias registry (acronyms
//! and short names of one body or concept, see `ipx_corpus` entities and
//! [`super::plan::AliasTable`]) to common nouns and verbs, which have no
//! entity to hang on.
//!
//! Each group is a list of words that may stand for one another; the first
//! is the group's canonical form. Words are compared by their stem (the
//! tokenizer's term), so plural and tense forms come free (`royalty`,
//! `royalties`). Groups are few and general on purpose: every entry is a pair
//! that official English texts on statistics use interchangeably, never a
//! rewording found in one document.
//!
//! Word forms the stemmer keeps apart (`registered`, `registration`) match
//! through [`loosely_same`]: one stem is a prefix of the other and they share
//! at least [`MIN_SHARED_PREFIX`] letters.
//!
//! Invariant: [`canonical`] is idempotent and maps every member of a group,
//! and only those, to the group's first member's stem.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use super::fold::stem;

/// The groups, canonical form first. Why each group is here:
/// - professional / talent / personnel: statistics on qualified staff use all three;
/// - granted / authorized / issued: a patent is "granted", "authorized"
///   (CNIPA's English) or "issued" (US usage);
/// - review / examination: the examination period is also the review period;
/// - period / time / wait / duration: how long a procedure takes;
/// - application / filing / brought / lodge: an application is a filing,
///   and a case "brought" or an appeal "lodged" is one filed;
/// - case / dispute / lawsuit: infringement disputes handled are cases, and
///   so are the lawsuits a court hears (not `action`: an office's "first
///   action" is no lawsuit);
/// - conclude / decide: a court's cases concluded are its cases decided;
/// - company / enterprise / firm / business: the counted entity;
/// - people / population / resident / person: per-capita denominators;
/// - agent / attorney: patent agents are patent attorneys;
/// - cover / coverage: insurance cover;
/// - loan / lending / financing / lend / lent: pledge financing is lending
///   against IP, and what banks `lent` are loans;
/// - student / pupil: school pupils are students;
/// - place / slot / position: places climbed in a ranking;
/// - valid / force: patents "in force" are valid patents;
/// - royalty / royalties: the stemmer already joins them; kept as the brief's example;
/// - recruit / hire: staff recruited are staff hired;
/// - fee / charge / cost / price: what something costs is its fee ("How much
///   does it cost to register a case?" for `registration fee`);
/// - new / newly: forms the stemmer keeps apart (`newly filed` cases are new ones);
/// - agreement / deal: a licence deal is a licence agreement;
/// - amount / sum: "the total sum in dispute" is the amount in dispute;
/// - value / worth: what goods were worth is their value;
/// - detain / seize / intercept: customs statistics use all three of the
///   goods held at a border;
/// - pending / backlog / awaiting: applications awaiting a decision are the
///   pending ones, the backlog (and so are those a count question says are
///   "waiting", see `intent`);
/// - bad-faith / malicious: a "malicious" trademark filing (CNIPA's English)
///   is a "bad-faith" one (WIPO's and most offices').
/// - income / revenue / earnings / earn: what a body earns is its income;
/// - counterfeit / fake: fake goods are counterfeit ones;
/// - distribute / payout / disburse: royalties paid out are distributed.
/// - reply / answer / respond / response: the time to answer a request is
///   the time to reply to it.
/// - licence / license, and the other British and American spellings of
///   one word whose stems differ (organisation, programme, centre,
///   defence, offence, catalogue): one word, spelt two ways.
const GROUPS: &[&[&str]] = &[
    &["professional", "talent", "personnel"],
    &["granted", "authorized", "authorised", "issued"],
    &["review", "examination", "examine"],
    &["period", "time", "wait", "duration"],
    &["application", "filing", "brought", "lodge"],
    &["case", "dispute", "lawsuit"],
    &["company", "enterprise", "firm", "business"],
    &["people", "population", "resident", "person"],
    &["agent", "attorney"],
    &["cover", "coverage"],
    &["loan", "lending", "financing", "lend", "lent", "loaned"],
    &["student", "pupil"],
    &["place", "slot", "position"],
    &["valid", "force"],
    &["royalty", "royalties"],
    &["recruit", "hire"],
    &["pending", "backlog", "awaiting"],
    &["fee", "charge", "cost", "price"],
    &["amount", "sum"],
    &["value", "worth"],
    &["detain", "seize", "intercept"],
    &["new", "newly"],
    &["conclude", "decide"],
    &["agreement", "deal"],
    &["bad-faith", "malicious"],
    &["income", "revenue", "earnings", "earn"],
    &["counterfeit", "fake"],
    &["distribute", "payout", "disburse"],
    &["reply", "answer", "respond", "response"],
    &["licence", "license"],
    &["organisation", "organization"],
    &["organise", "organize"],
    &["programme", "program"],
    &["centre", "center"],
    &["defence", "defense"],
    &["offence", "offense"],
    &["catalogue", "catalog"],
    // Irregular pasts the stemmer leaves apart ("how much did it seek"
    // for `damages sought`, "waiting to be heard" for `a hearing`).
    &["seek", "sought"],
    &["hear", "heard"],
    &["uphold", "upheld"],
];

/// Fewest letters two stems must share for [`loosely_same`].
pub const MIN_SHARED_PREFIX: usize = 6;

/// `stem → canonical stem` for every member of every group.
static CANONICAL: LazyLock<BTreeMap<String, String>> = LazyLock::new(|| {
    let mut map = BTreeMap::new();
    for group in GROUPS {
        let first = stem(group[0]);
        for word in *group {
            map.entry(stem(word)).or_insert_with(|| first.clone());
        }
    }
    map
});

/// The canonical stem of a stemmed term: its group's first member, or the
/// term itself when it is in no group.
pub fn canonical(term: &str) -> &str {
    CANONICAL.get(term).map_or(term, String::as_str)
}

/// The other stems of `term`'s group (empty when it has none), for
/// widening a search word to its synonyms.
pub fn others(term: &str) -> Vec<&'static str> {
    let Some(canon) = CANONICAL.get(term) else {
        return Vec::new();
    };
    (CANONICAL.iter())
        .filter(|(t, c)| *c == canon && t.as_str() != term)
        .map(|(t, _)| t.as_str())
        .collect()
}

/// Whether two stems are forms of one word the stemmer keeps apart
/// (`regist`/`registr`, `applic`/`appli` is too short): one is a prefix of
/// the other and the shorter has at least [`MIN_SHARED_PREFIX`] letters.
/// An agent noun and its activity stay apart (`examiner`, `examin`; see
/// [`answer_term`]).
pub fn loosely_same(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let agent = long.len() == short.len() + 2 && (long.ends_with("er") || long.ends_with("or"));
    short.len() >= MIN_SHARED_PREFIX && long.starts_with(short) && short.is_ascii() && !agent
}

/// Verbs (and their nouns) ending like an agent noun that name no agent:
/// `register` is the stem of `registration`, not someone who registers.
#[rustfmt::skip]
const VERBS_ENDING_ER: &[&str] = &["register", "transfer", "deliver", "consider", "enter", "offer", "order", "cover", "recover", "discover", "render", "surrender", "gather", "answer", "alter", "suffer", "prefer", "refer", "confer", "defer", "differ", "counter", "filter", "foster", "lower", "administer", "minister", "encounter", "tender", "number", "border", "wonder"];

/// The term a measure or question word counts as: its stem mapped to its
/// synonym group, except that an agent noun the stemmer cuts down to its
/// verb (`examiners` to `examin`, the stem of `examination`) keeps its
/// ending (`examiner`): patent examiners are people, not the examination.
pub fn answer_term(word: &str, term: &str) -> String {
    let ending = ["ers", "er", "ors", "or"]
        .into_iter()
        .find(|e| word.ends_with(e) && word.len() > e.len() + 3);
    let verb = VERBS_ENDING_ER.contains(&word.strip_suffix('s').unwrap_or(word));
    match ending {
        Some(e) if !term.ends_with(&e[..2]) && word.starts_with(term) && !verb => {
            format!("{term}{}", &e[..2])
        }
        // `authors` stems to `author`, the stem of `authorized` too: a noun
        // the stemmer only took the plural from is no form of a verb in a
        // group, unless the group lists the noun itself.
        _ if is_agent_noun(word, term) => term.to_string(),
        _ => canonical(&undoubled(term)).to_string(),
    }
}

/// Whether `word` is an agent noun (`author`, `authors`) whose stem is the
/// noun itself and which no group lists: then it keeps its own term.
fn is_agent_noun(word: &str, term: &str) -> bool {
    let noun = word.strip_suffix('s').unwrap_or(word);
    (noun.ends_with("or") || noun.ends_with("er"))
        && noun == term
        && !GROUPS.iter().any(|group| group.contains(&noun))
}

/// `staff` → `staf`, the stem of `staffing`: the stemmer undoubles a final
/// consonant only after cutting `-ing` or `-ed`, so a word that ends in a
/// double consonant and its `-ing` form meet only once both are undoubled.
fn undoubled(term: &str) -> std::borrow::Cow<'_, str> {
    let bytes = term.as_bytes();
    let doubled = bytes.len() > 3
        && bytes[bytes.len() - 1] == bytes[bytes.len() - 2]
        && b"bdfgmnprt".contains(&bytes[bytes.len() - 1]);
    if doubled {
        std::borrow::Cow::Owned(term[..term.len() - 1].to_string())
    } else {
        std::borrow::Cow::Borrowed(term)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_and_its_ing_form_meet_though_the_stemmer_undoubles_only_one() {
        let term = |w: &str| answer_term(w, &stem(w));
        assert_eq!(term("staff"), term("staffing"));
        assert_eq!(term("staff"), term("staffed"));
        assert_ne!(term("staff"), term("state"));
        assert_eq!(term("class"), "class");
    }

    #[test]
    fn group_members_share_one_canonical_stem() {
        assert_eq!(
            canonical(&stem("talents")),
            canonical(&stem("professionals"))
        );
        assert_eq!(canonical(&stem("authorized")), canonical(&stem("granted")));
        assert_eq!(canonical(&stem("review")), canonical(&stem("examination")));
        assert_eq!(canonical(&stem("royalties")), canonical(&stem("royalty")));
        assert_eq!(canonical(&stem("lent")), canonical(&stem("loans")));
        assert_eq!(canonical(&stem("loaned")), canonical(&stem("lending")));
        assert_eq!(canonical(&stem("pupils")), canonical(&stem("students")));
        assert_eq!(canonical(&stem("malicious")), canonical(&stem("bad-faith")));
        assert_eq!(canonical(&stem("backlog")), canonical(&stem("pending")));
        assert_eq!(canonical(&stem("cost")), canonical(&stem("fees")));
        assert_eq!(canonical(&stem("sum")), canonical(&stem("amount")));
        assert_eq!(canonical(&stem("newly")), canonical(&stem("new")));
        assert_eq!(canonical(&stem("decided")), canonical(&stem("concluded")));
        assert_ne!(canonical(&stem("action")), canonical(&stem("case")));
        assert_eq!(canonical(&stem("deals")), canonical(&stem("agreements")));
        assert_eq!(canonical(&stem("earned")), canonical(&stem("revenue")));
        assert_eq!(canonical(&stem("fakes")), canonical(&stem("counterfeit")));
        assert_eq!(
            canonical(&stem("distributed")),
            canonical(&stem("disbursed"))
        );
        assert_eq!(canonical(&stem("heard")), canonical(&stem("hearing")));
        assert_ne!(canonical(&stem("talent")), canonical(&stem("patent")));
        assert_eq!(canonical("zhejiang"), "zhejiang");
        let term = |w: &str| answer_term(w, &stem(w));
        assert_ne!(term("authors"), term("authorized"));
        assert_eq!(term("authorised"), term("granted"));
    }

    #[test]
    fn canonical_is_idempotent() {
        for group in GROUPS {
            for word in *group {
                let once = canonical(&stem(word)).to_string();
                assert_eq!(canonical(&once), once, "{word}");
            }
        }
    }

    #[test]
    fn others_lists_the_rest_of_the_group() {
        let mut others = others(&stem("talent"));
        others.sort_unstable();
        assert_eq!(others, [stem("personnel"), stem("professional")]);
        assert!(super::others("zhejiang").is_empty());
    }

    #[test]
    fn agent_nouns_keep_their_ending() {
        let term = |w: &str| answer_term(w, &stem(w));
        assert_eq!(term("examiners"), "examiner");
        assert_eq!(term("examiner"), "examiner");
        assert_ne!(term("examiner"), term("examination"));
        assert_eq!(term("number"), "number");
        assert_eq!(term("talents"), term("professionals"));
        assert!(!loosely_same(&term("examiners"), &term("examination")));
        // A verb that only ends like one: to register is registration.
        assert!(loosely_same(&term("register"), &term("registration")));
        assert!(loosely_same(&term("transfers"), &term("transferred")));
    }

    #[test]
    fn loose_forms_need_a_long_shared_stem() {
        assert!(loosely_same(&stem("registered"), &stem("registration")));
        assert!(!loosely_same("pat", "patent"));
        assert!(!loosely_same("patent", "talent"));
    }
}
