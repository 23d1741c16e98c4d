//! Query understanding: what a question asks for, read from its words
//! without a language model, for ranking the figures that answer it
//! ([`super::answers`]).
//!
//! A query is read word by word (compounds as their parts: `five-year` is
//! `five year`) against short general lists:
//! - **question and filler words** ([`FILLER`] and the stop words of
//!   [`super::fold`]: "how", "does", "there", "tell me"...) are recognised and
//!   never content;
//! - **the kind asked** ([`Asked`]): an amount ("how many", "how much",
//!   "number of", "value of"), a change ("grow", "rise", "fall", "by how
//!   much", "how fast", "year on year"), or a target ("target", "goal", "aim",
//!   "plan", "should", "will"; "by 2025" too, unless the question is in the
//!   past tense: "did ... by the end of 2021" asks for an actual). When
//!   several are present, target beats change beats amount ("the target for
//!   the number of", "how many months faster");
//! - **when** ([`When`]): the latest figure ("now", "currently", "so far") or
//!   an earlier one ("before", "previously", "used to");
//! - **the period** ([`Period`]): a year ("in 2020"), its end or start ("at
//!   the end of 2023"), a range ("between 2018 and 2020", "2015 to 2020"), an
//!   open range ("since 2021"), a Five-Year Plan (the Nth plan runs from
//!   1966 + 5·(N−3), so the 13th is 2016–2020 and the 14th 2021–2025; the
//!   1st and 2nd, 1953–57 and 1958–62, come before the 1963–65 gap), or a
//!   year relative to a document ("last year", "this year"). Relative years
//!   are resolved against each figure's own document date, since that is
//!   what "last year" meant to the text that stated the figure, and the
//!   corpus has no "today";
//! - **the unit hinted** ([`UnitHint`]): a duration ("how long", "how many
//!   months"), money ("how much money", "worth", "earn") or a share
//!   ("what share", "what proportion", "by what percentage"; not "the share
//!   of ...", which names the measure), or a count ("how many" with none of
//!   these).
//!
//! Everything else is a content word, kept as its stem mapped through the
//! synonym registry ([`super::synonyms`]). A content word after "in",
//! "at", "by", "through", "among" or "within" (or "for", unless it follows
//! a goal word: "the target for X" names X) up to the next cue or verb is a
//! **scope** word ([`ContentWord::scope`]): where or among whom the figure
//! holds ("at the fast-track centre", "in Guangdong", "by universities").
//!
//! Invariant: reading never fails and never looks at the corpus; the same
//! query always gives the same intent.

use ipx_corpus::dates::MONTHS;
use ipx_corpus::lower::Lowercase;
use std::ops::Range;

use super::abbreviations::spelled_out;
use super::fold::is_stop_word;
use super::negated::negated_as_un;
use super::query::ParsedQuery;
use super::subject::subject_run;
use super::synonyms::answer_term;
use super::tokenize::{tokenize, TokenKind};

/// The kind of figure a question asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asked {
    /// A count or sum that was reached.
    Amount,
    /// A rise, fall or growth rate.
    Change,
    /// A goal or plan.
    Target,
}

/// Whether the question asks for the newest figure or an earlier one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum When {
    /// No word says.
    #[default]
    Any,
    /// "now", "currently", "latest", "so far".
    Latest,
    /// "before", "previously", "used to".
    Earlier,
}

/// Which part of a period the question asks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    /// The whole period.
    Whole,
    /// Its start ("at the start of", "the beginning of").
    Start,
    /// Its end ("at the end of", "by").
    End,
}

/// The period a question names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// The years `from..=to` (one year when equal), or an edge of them.
    Years {
        /// First year.
        from: u16,
        /// Last year.
        to: u16,
        /// The part asked about.
        edge: Edge,
    },
    /// From a year on: "since 2021".
    Since(u16),
    /// So many years before the stating document's own year: 1 for "last
    /// year", 0 for "this year", -1 for "next year".
    Relative(i16),
}

impl Period {
    /// A period a question asked for, in the words a reader would use:
    /// `2019`, `2016–2020`, `the end of 2023`, `the start of 2021`, `since
    /// 2019`, `last year`, `this year`, `next year`, `3 years before`.
    pub fn words(self) -> String {
        match self {
            Period::Years { from, to, edge } => {
                let years = if from == to {
                    from.to_string()
                } else {
                    format!("{from}–{to}")
                };
                match edge {
                    Edge::Whole => years,
                    Edge::End => format!("the end of {years}"),
                    Edge::Start => format!("the start of {years}"),
                }
            }
            Period::Since(year) => format!("since {year}"),
            Period::Relative(0) => "this year".into(),
            Period::Relative(1) => "last year".into(),
            Period::Relative(-1) => "next year".into(),
            Period::Relative(back) if back > 0 => format!("{back} years before"),
            Period::Relative(ahead) => format!("{} years ahead", ahead.unsigned_abs()),
        }
    }
}

/// The kind of unit a question hints at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitHint {
    /// Months, days, years, weeks.
    Duration,
    /// A currency.
    Money,
    /// A percentage or share.
    Share,
    /// A number of things: "how many" with no unit of time, money or share
    /// ("how many patent agencies"), so neither yuan nor a percentage.
    Count,
}

/// A content word of the query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentWord {
    /// The stem, mapped to its synonym group's canonical stem.
    pub term: String,
    /// The folded word as typed.
    pub word: String,
    /// Whether the word is in a scope phrase of the question ("at the
    /// fast-track centre", "in Guangdong", "by universities"): where or
    /// among whom the figure holds, rather than what it counts.
    pub scope: bool,
    /// Whether the word is in the subject of the question's auxiliary
    /// ("does the Marlow bureau register"): whose figure is asked, which a
    /// measure need not name (see [`super::subject`]).
    pub whose: bool,
}

/// What a query asks for.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Intent {
    /// The kind asked for, when a word says.
    pub asked: Option<Asked>,
    /// Latest, earlier, or either.
    pub when: When,
    /// The period named, if any.
    pub period: Option<Period>,
    /// The months of a year the question names (`(7, 9)` for "the third
    /// quarter" or "Q3", `(8, 8)` for "in August", `(1, 6)` for "the
    /// first half" or "January to June"), whatever year it names.
    pub months: Option<(u8, u8)>,
    /// The unit hinted, if any.
    pub unit: Option<UnitHint>,
    /// The content words, in query order, without repeats.
    pub words: Vec<ContentWord>,
    /// Whether the query reads as a question: it starts with a question
    /// word or names a kind, a time or a period.
    pub question: bool,
    /// The term of the noun "how many" counts ("how many retired judges"
    /// → `judg`), when the question asks for a count.
    pub counted: Option<String>,
    /// Whether the question asks who or why ("who spoke about trademark
    /// squatting", "why did filings fall"): a person or a reason, which
    /// no figure answers.
    pub asks_who_or_why: bool,
    /// Whether the question asks for a running total ("so far this year",
    /// "to date"): a period from the year's start.
    pub to_date: bool,
}

/// Verbs whose `up` or `down` makes another verb, no rise or fall: "turn
/// down" (reject), "set up" (establish), "take down" (remove), "sign up"
/// (join), "shut down" (close), "crack down" (enforce), "make up" (form).
#[rustfmt::skip]
const PARTICLE_VERBS: &[&str] = &["turn", "turns", "turned", "turning", "set", "sets", "setting", "take", "takes", "took", "taken", "taking", "sign", "signs", "signed", "signing", "shut", "shuts", "shutting", "close", "closes", "closed", "closing", "crack", "cracks", "cracked", "cracking", "make", "makes", "made", "making", "break", "breaks", "broke", "broken", "pick", "picks", "picked", "put", "puts", "hand", "handed", "write", "written", "wrote", "back", "backed", "start", "started", "call", "called", "clamp", "clamped", "knock", "knocked", "tear", "torn", "pull", "pulled", "bring", "brought"];

/// Question, auxiliary and filler words that are never content (besides
/// the stop words). Sorted (checked by a test).
pub const FILLER: &[&str] = &[
    "against",
    "also",
    "any",
    "approximately",
    "around",
    "belong",
    "belonged",
    "belongs",
    "can",
    "compare",
    "compared",
    "comparison",
    "could",
    "currently",
    "does",
    "doing",
    "done",
    "entire",
    "ever",
    "exactly",
    "figure",
    "figures",
    "find",
    "get",
    "gets",
    "getting",
    "give",
    "go",
    "goes",
    "gone",
    "got",
    "he",
    "her",
    "here",
    "his",
    "hold",
    "holds",
    "i",
    "know",
    "let",
    "look",
    "me",
    "might",
    "my",
    "now",
    "our",
    "over",
    "own",
    "owns",
    "please",
    "possess",
    "roughly",
    "she",
    "show",
    "so",
    "some",
    "still",
    "take",
    "takes",
    "tell",
    "than",
    "them",
    "then",
    "they",
    "throughout",
    "today",
    "us",
    "versus",
    "vs",
    "we",
    "went",
    "whole",
    "would",
    "year",
    "years",
    "you",
    "your",
];

/// Words that start a question.
const QUESTION_WORDS: &[&str] = &[
    "are", "can", "could", "did", "do", "does", "has", "have", "how", "is", "was", "were", "what",
    "when", "where", "which", "who", "why", "will",
];

/// Words that put a question in the past tense, so "by 2021" asks for an actual.
const PAST: &[&str] = &["did", "had", "was", "were"];

/// Stems of words that ask for a change.
const CHANGE: &[&str] = &[
    "chang", "climb", "cut", "declin", "decreas", "drop", "fall", "fallen", "faster", "fell",
    "gain", "grew", "grow", "grown", "growth", "improv", "increas", "jump", "quicker", "reduc",
    "rise", "risen", "rose", "shorten", "shorter", "slower", // other verbs of change
    "boost", "expand", "lower", "narrow", "plung", "rais", "shrank", "shrink", "shrunk", "slash",
    "slump", "soar", "swell", "trim", "widen", "worsen",
];

/// Stems of words that ask for a target.
const TARGET: &[&str] = &[
    "aim", "expect", "goal", "intend", "object", "plan", "project", "should", "target", "will",
    "must", "shall", "want", "seek", "hope", "wish",
];

/// Verbs of getting to a goal, which say no more than the goal's cue
/// before them ("want to reach").
const REACH: &[&str] = &["reach", "hit", "achieve", "attain", "meet"];

/// Words that, followed by `to`, ask for a duty or commitment ("does the
/// contractor have to scan", "is the provider committed to", "is the
/// office going to open"); "to date" asks for what was reached.
const DUTY_BEFORE_TO: &[&str] = &[
    "bound",
    "committed",
    "going",
    "has",
    "have",
    "need",
    "needs",
    "obliged",
    "pledged",
    "promised",
    "required",
    "supposed",
    "undertaken",
];

/// Words that ask for the latest figure.
const LATEST: &[&str] = &[
    "current",
    "currently",
    "latest",
    "now",
    "nowadays",
    "present",
    // "How many are still waiting?": the state as it stands now.
    "still",
    "today",
];

/// Words that ask for an earlier figure.
const EARLIER: &[&str] = &["before", "earlier", "formerly", "originally", "previously"];

/// Words of a duration unit.
/// Forms of "be" after "how long" that ask what a thing measures.
const BE: &[&str] = &["is", "are", "was", "were"];
/// Things whose length is how many are in them: a queue of applications.
const QUEUES: &[&str] = &[
    "queue", "queues", "backlog", "backlogs", "list", "lists", "line", "pipeline",
];
/// Words that make a queue's length a time: its wait, what it takes.
#[rustfmt::skip]
const TIMED: &[&str] = &["wait", "waits", "time", "times", "take", "takes", "took", "last", "lasts", "clear", "delay", "delays", "pendency"];
const DURATION_UNITS: &[&str] = &["day", "days", "month", "months", "week", "weeks", "years"];

/// Words that hint at money.
const MONEY: &[&str] = &[
    "dollar", "dollars", "earn", "earned", "earns", "money", "rmb", "usd", "worth", "yuan", "euro",
    "euros", "pound", "pounds", "sterling", "gbp", "eur",
];

/// Words of paying, costing or funding: money is asked for, unless "how
/// many" asks for a count ("how many students did it pay to train").
#[rustfmt::skip]
const PAYING: &[&str] = &["fee", "fees", "cost", "costs", "costing", "price", "prices", "priced", "spent", "spend", "spending", "paid", "pay", "pays", "budget", "budgets", "budgeted", "funding", "funds", "income", "revenue", "revenues", "valued", "invested", "invest", "investment", "lent", "lend", "loaned", "grant", "awarded", "prize", "salary", "capital", "compensation", "damages", "raise", "raised", "raising", "sum", "sums"];

/// Words after "how many" that end the counted noun phrase.
#[rustfmt::skip]
const COUNT_STOPS: &[&str] = &["do", "does", "did", "are", "is", "was", "were", "have", "has", "had", "will", "would", "can", "could", "should", "must", "there"];

/// Words that hint at a share.
const SHARE: &[&str] = &["percent", "percentage", "proportion", "ratio", "share"];

/// Spelled ordinals, for "the thirteenth Five-Year Plan".
const ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// A phrase that asks for something, and what it sets.
type Cue = (&'static [&'static str], fn(&mut Reader));

/// One word of the query: folded surface and stem.
struct Word {
    word: String,
    term: String,
    /// A possessive `'s` followed it ("the office's fees").
    possessive: bool,
}

/// Reads the intent of a parsed query (its plain words and quoted phrases;
/// exclusions and field filters are not part of the question).
pub fn read(parsed: &ParsedQuery) -> Intent {
    let mut words: Vec<(Word, Range<usize>)> = Vec::new();
    let word = |t: &crate::tokenize::Token| {
        let word = Word {
            word: t.word.clone(),
            term: t.term.clone(),
            possessive: false,
        };
        (word, t.span.clone())
    };
    for w in &parsed.words {
        if w.parts.is_empty() || w.token.kind == TokenKind::Cjk {
            words.push(word(&w.token));
        } else {
            words.extend(w.parts.iter().map(word));
        }
        if let Some((last, _)) = words.last_mut() {
            last.possessive = w.possessive;
        }
    }
    for phrase in &parsed.phrases {
        words.extend(phrase.iter().map(word));
    }
    read_words(split_years_as_financial(words))
}

/// Reads the intent of query text (for tests and tools).
pub fn read_text(query: &str) -> Intent {
    let words = (tokenize(query).into_iter())
        .filter(|t| t.kind != TokenKind::Compound)
        .map(|t| {
            let word = Word {
                word: t.word,
                term: t.term,
                possessive: crate::query::is_possessive(&query[t.span.end..]),
            };
            (word, t.span)
        })
        .collect();
    read_words(split_years_as_financial(words))
}

/// `2024-25`, `2022/23`: a year and the next one's last two digits joined
/// by one character name a financial year, read as `FY2024/25` is. Two
/// numbers apart (`in 2024, 25 examiners`) are a year and a count.
fn split_years_as_financial(mut words: Vec<(Word, Range<usize>)>) -> Vec<Word> {
    for i in 1..words.len() {
        let (year, next) = (&words[i - 1], &words[i]);
        let first = (year.0.word.len() == 4)
            .then(|| year.0.word.parse::<u16>().ok())
            .flatten();
        let second = (next.0.word.len() == 2)
            .then(|| next.0.word.parse::<u16>().ok())
            .flatten();
        let joined = next.1.start == year.1.end + 1;
        if let (Some(first), Some(second), true) = (first, second, joined) {
            if (first + 1) % 100 == second {
                words[i - 1].0.word = format!("fy{first}");
            }
        }
    }
    words.into_iter().map(|(word, _)| word).collect()
}

/// Reads the intent of a question's words, its abbreviations spelled out.
fn read_words(words: Vec<Word>) -> Intent {
    let words = spelled_out(
        words,
        |w: &Word| w.word.as_str(),
        |long| Word {
            word: long.to_string(),
            term: crate::fold::stem(long),
            possessive: false,
        },
    );
    let words = negated_as_un(
        words,
        |w: &Word| w.word.as_str(),
        |un| Word {
            word: un.to_string(),
            term: crate::fold::stem(un),
            possessive: false,
        },
    );
    Reader::new(words).read()
}

struct Reader {
    words: Vec<Word>,
    at: usize,
    intent: Intent,
    amount: bool,
    change: bool,
    target: bool,
    /// "by 2025": a target unless the question is in the past tense.
    by_year: bool,
    /// "how many": a count, unless a unit word says otherwise.
    many: bool,
    /// Where the words after "how many" start.
    many_at: Option<usize>,
    /// A word of paying or costing ("fee", "spent", "budget"): money,
    /// unless "how many" asks for a count.
    money_word: bool,
    past: bool,
    /// An edge read just before the period it applies to.
    edge: Edge,
    /// Inside a scope phrase: after "in", "at", "by", "through", "among"
    /// (or "for" after no goal word), to the next cue.
    scope: bool,
    /// After a word of comparison ("compared with the year before",
    /// "versus"): the period after it is the comparison's, so "before"
    /// asks for no earlier figure.
    comparing: bool,
}

impl Reader {
    fn new(words: Vec<Word>) -> Reader {
        Reader {
            words,
            at: 0,
            intent: Intent::default(),
            amount: false,
            change: false,
            target: false,
            by_year: false,
            many: false,
            many_at: None,
            money_word: false,
            past: false,
            edge: Edge::Whole,
            scope: false,
            comparing: false,
        }
    }

    /// The folded word `ahead` words from the cursor, or "".
    fn peek(&self, ahead: usize) -> &str {
        self.words
            .get(self.at + ahead)
            .map_or("", |w| w.word.as_str())
    }

    /// "How quickly did filings grow?" asks for a change; "how quickly are
    /// translations turned around?" for a length of time.
    fn speed(&mut self) {
        let grows =
            (self.words[self.at..].iter()).any(|w| CHANGE.iter().any(|c| w.term.starts_with(c)));
        if grows {
            self.change = true;
        } else {
            self.amount = true;
            self.intent.unit = Some(UnitHint::Duration);
        }
    }

    /// "How long is the examination queue?" asks how many wait in it; "how
    /// long does examination take?" and "how long is the wait?" for a
    /// length of time.
    fn length(&mut self) {
        self.amount = true;
        let rest = &self.words[(self.at + 2).min(self.words.len())..];
        let be = rest.first().is_some_and(|w| BE.contains(&w.word.as_str()));
        let queue = rest.iter().any(|w| QUEUES.contains(&w.word.as_str()));
        let timed = rest.iter().any(|w| TIMED.contains(&w.word.as_str()));
        self.intent.unit = Some(if be && queue && !timed {
            UnitHint::Count
        } else {
            UnitHint::Duration
        });
    }

    /// Whether the words from the cursor are `phrase`.
    fn at_phrase(&self, phrase: &[&str]) -> bool {
        phrase.iter().enumerate().all(|(i, p)| self.peek(i) == *p)
    }

    fn read(mut self) -> Intent {
        if let Some(first) = self.words.first() {
            self.intent.question = QUESTION_WORDS.contains(&first.word.as_str());
            self.intent.asks_who_or_why = matches!(
                first.word.lowercase().as_str(),
                "who" | "whom" | "whose" | "why"
            );
        }
        let mut cued = vec![false; self.words.len()];
        while self.at < self.words.len() {
            let n = self.cue();
            if n > 0 {
                let end = (self.at + n).min(cued.len());
                cued[self.at..end].fill(true);
                self.at += n;
                self.scope = false;
                continue;
            }
            self.content();
            self.at += 1;
        }
        self.mark_subject(&cued);
        self.intent.asked = if self.target || (self.by_year && !self.past && !self.change) {
            Some(Asked::Target)
        } else if self.change {
            Some(Asked::Change)
        } else if self.amount {
            Some(Asked::Amount)
        } else {
            None
        };
        // "By how much did licensing income drop?" asks for a change,
        // which may be a percentage.
        // "What average time to grant …": a question about a length of
        // time asks for no sum, whatever paying word it holds.
        let timed = (self.intent.words.iter())
            .any(|w| matches!(w.word.as_str(), "time" | "wait" | "pendency" | "duration"));
        if self.money_word && !self.many && !self.change && !timed && self.intent.unit.is_none() {
            self.intent.unit = Some(UnitHint::Money);
        }
        if self.many && self.intent.unit.is_none() {
            self.intent.unit = Some(UnitHint::Count);
            self.intent.counted = self.counted_noun();
            // "How many hours were the cutters used?": units of time
            // counted are a length of time.
            let time_unit = |c: &str| {
                ["second", "minute", "hour", "day", "week", "month", "year"]
                    .iter()
                    .any(|u| c.starts_with(u) && c.len() <= u.len() + 1)
            };
            if self.intent.counted.as_deref().is_some_and(time_unit) {
                self.intent.unit = Some(UnitHint::Duration);
            }
        }
        let cued = self.intent.asked.is_some()
            || self.intent.when != When::Any
            || self.intent.period.is_some();
        self.intent.question |= cued;
        self.intent
    }

    /// Reads a cue at the cursor; the number of words it takes (0: none).
    fn cue(&mut self) -> usize {
        if let Some(n) = self.period() {
            return n;
        }
        // "List the licences …": a command, no content; "the time to list
        // a patent" is.
        let commands = self.at == 0
            || (self.at.checked_sub(1)).is_some_and(|i| self.words[i].word == "please");
        if self.peek(0) == "list" && commands {
            return 1;
        }
        // "compared with the same quarter of 2024", "up on the same period
        // last year": the base's period; "same" is no word of what is
        // counted (the span may be: `received in the quarter`).
        if self.comparing && self.peek(0) == "same" && SAME_SPANS.contains(&self.peek(1)) {
            return 1;
        }
        let word = self.peek(0).to_string();
        let term = self.words[self.at].term.clone();
        let phrases: &[Cue] = &[
            (&["by", "how", "much"], |r| r.change = true),
            (&["by", "how", "many"], |r| r.change = true),
            (&["how", "fast"], Reader::speed),
            (&["how", "quickly"], Reader::speed),
            (&["how", "soon"], Reader::speed),
            (&["how", "long"], Reader::length),
            (&["how", "much", "money"], |r| {
                r.amount = true;
                r.intent.unit = Some(UnitHint::Money);
            }),
            // "How many more disclosures … than the year before?": the
            // difference, a change, counted in disclosures.
            (&["how", "many", "more"], |r| {
                r.change = true;
                r.many = true;
                r.many_at = Some(r.at + 3);
            }),
            (&["how", "many", "fewer"], |r| {
                r.change = true;
                r.many = true;
                r.many_at = Some(r.at + 3);
            }),
            (&["how", "much", "more"], |r| r.change = true),
            (&["how", "much", "less"], |r| r.change = true),
            (&["how", "many"], |r| {
                r.amount = true;
                r.many = true;
                r.many_at = Some(r.at + 2);
            }),
            (&["how", "much"], |r| r.amount = true),
            // "How big is the loan book?", "how high is the fee?": the size
            // asked, not a word of the measure.
            (&["how", "big"], |r| r.amount = true),
            (&["how", "large"], |r| r.amount = true),
            (&["how", "high"], |r| r.amount = true),
            (&["number", "of"], |r| r.amount = true),
            // "the value of the disputes settled" asks for a sum.
            (&["value", "of"], |r| {
                r.amount = true;
                r.money_word = true;
            }),
            (&["amount", "of"], |r| r.amount = true),
            (&["total", "of"], |r| r.amount = true),
            (&["year", "on", "year"], |r| r.change = true),
            (&["percentage", "points"], |r| r.change = true),
            (&["percentage", "point"], |r| r.change = true),
            (&["so", "far"], |r| {
                r.intent.when = When::Latest;
                r.intent.to_date = true;
            }),
            (&["to", "date"], |r| {
                r.intent.when = When::Latest;
                r.intent.to_date = true;
            }),
            (&["up", "to", "now"], |r| r.intent.when = When::Latest),
            (&["right", "now"], |r| r.intent.when = When::Latest),
            (&["as", "of", "now"], |r| r.intent.when = When::Latest),
            (&["at", "the", "moment"], |r| r.intent.when = When::Latest),
            (&["at", "present"], |r| r.intent.when = When::Latest),
            (&["these", "days"], |r| r.intent.when = When::Latest),
            (&["used", "to"], |r| r.intent.when = When::Earlier),
            (&["in", "the", "past"], |r| r.intent.when = When::Earlier),
            (&["per", "year"], |_| {}),
            (&["each", "year"], |_| {}),
            (&["every", "year"], |_| {}),
            (&["a", "year"], |_| {}),
        ];
        for (phrase, effect) in phrases {
            if self.at_phrase(phrase) {
                effect(self);
                return phrase.len();
            }
        }
        // "How long does a valuation need to …" asks what a thing takes,
        // no duty: a length of time asked is needed whatever is done.
        let takes = matches!(word.as_str(), "need" | "needs")
            && self.intent.unit == Some(UnitHint::Duration);
        if DUTY_BEFORE_TO.contains(&word.as_str())
            && self.peek(1) == "to"
            && self.peek(2) != "date"
            && !takes
        {
            self.target = true;
            return 2;
        }
        if let Some(taken) = self.months() {
            return taken;
        }
        // "how many months": the unit word is a hint, not content.
        if self.at > 0
            && self.words[self.at - 1].word == "many"
            && DURATION_UNITS.contains(&word.as_str())
        {
            self.intent.unit = Some(UnitHint::Duration);
            return 1;
        }
        if PAST.contains(&word.as_str()) {
            self.past = true;
        }
        if LATEST.contains(&word.as_str()) {
            self.intent.when = When::Latest;
            return 1;
        }
        // A question that asks for both ("how many now, and how many
        // before?") leads with the latest: the answer's series shows the
        // earlier figures beside it.
        // "held before they are destroyed", "before being released": a
        // conjunction opening a clause asks for no earlier figure, unless
        // the clause is the change ("before it doubled").
        let next = self.peek(1).to_string();
        let changed = (self.words.get(self.at + 2)).is_some_and(|w| {
            CHANGE.contains(&w.term.as_str())
                || ["doubl", "tripl", "halv"]
                    .iter()
                    .any(|m| w.term.starts_with(m))
        });
        let clause = word == "before"
            && !changed
            && (matches!(
                next.as_str(),
                "they" | "it" | "he" | "she" | "we" | "you" | "i" | "being" | "its" | "their"
            ) || (next.len() > 5 && next.ends_with("ing")));
        // "cases brought before the court": before a body, a place.
        let place = word == "before"
            && matches!(next.as_str(), "the" | "a" | "an" | "its" | "their")
            && (self.at.checked_sub(1))
                .is_some_and(|i| BROUGHT_BEFORE.contains(&self.words[i].word.as_str()));
        if EARLIER.contains(&word.as_str()) && !clause && !place {
            if self.intent.when != When::Latest && !self.comparing {
                self.intent.when = When::Earlier;
            }
            return 1;
        }
        // "up" asks for a change ("go up"), "up to" does not, nor does the
        // particle of a verb that means something else ("turn down" is
        // reject, "set up" is establish, "take down" is remove).
        let particle = (self.at.checked_sub(1))
            .is_some_and(|i| PARTICLE_VERBS.contains(&self.words[i].word.lowercase().as_str()));
        if (word == "up" || word == "down") && self.peek(1) != "to" && !particle {
            self.change = true;
            return 1;
        }
        if CHANGE.contains(&term.as_str()) {
            self.change = true;
            return 1;
        }
        // "want to reach", "should it hit", "aims to achieve": once a goal
        // is asked, the verb of getting there names no measure.
        if self.target && REACH.contains(&word.as_str()) {
            return 1;
        }
        // "seek to" and "does the board seek" aim; "did it seek in
        // damages" asks what was claimed.
        let claimed = term == "seek" && self.past && self.peek(1) != "to";
        if TARGET.contains(&term.as_str()) && !claimed {
            self.target = true;
            return 1;
        }
        if word == "money" {
            self.intent.unit = Some(UnitHint::Money);
            return 1;
        }
        if MONEY.contains(&word.as_str()) {
            self.intent.unit = Some(UnitHint::Money);
        }
        // "the grant rate", "the fee count": a paying word that qualifies a
        // rate or a count asks for no sum; nor does one of the two terms
        // of a ratio ("the cost-to-income ratio").
        let measure_of = |w: &str| {
            matches!(
                w,
                "rate"
                    | "rates"
                    | "ratio"
                    | "share"
                    | "percentage"
                    | "proportion"
                    | "count"
                    | "number"
            )
        };
        let qualifies = measure_of(self.peek(1)) || self.peek(1) == "to" && self.peek(3) == "ratio";
        // "the time to grant": a paying word after `to` is a verb of
        // another deed.
        let infinitive = self.at > 0 && self.words[self.at - 1].word == "to";
        self.money_word |= PAYING.contains(&word.as_str()) && !qualifies && !infinitive;
        // "what share", "by what percentage": a share asked for; "the share
        // of talent" names the measure, and "percentage points" a change.
        let asked_share =
            self.at > 0 && matches!(self.words[self.at - 1].word.as_str(), "what" | "which");
        let percentage =
            (word == "percent" || word == "percentage") && !self.peek(1).starts_with("point");
        if SHARE.contains(&word.as_str()) && (asked_share || percentage) {
            self.intent.unit = Some(UnitHint::Share);
            // "the percentage rise", "by what percentage": the unit asked,
            // which no label or sentence spells out beside its `%`.
            if percentage {
                return 1;
            }
        }
        if (word == "end" || word == "start" || word == "beginning" || word == "close")
            && self.peek(1) == "of"
        {
            self.edge = if word == "end" || word == "close" {
                Edge::End
            } else {
                Edge::Start
            };
            return 2;
        }
        0
    }

    /// The term of the noun "how many" counts: the first plural among the
    /// four words after it, before a verb or function word ("how many
    /// faculty members volunteer" → `member`, "how many people work");
    /// `None` when none is plural.
    fn counted_noun(&self) -> Option<String> {
        let from = self.many_at?;
        let taken: Vec<&Word> = (self.words.get(from..)?.iter())
            .take(4)
            .take_while(|w| {
                !is_stop_word(&w.word)
                    && !COUNT_STOPS.contains(&w.word.as_str())
                    && FILLER.binary_search(&w.word.as_str()).is_err()
                    && !w.term.is_empty()
            })
            .collect();
        let plural = |w: &&&Word| {
            // `Chinese`, `overseas`, `famous` end in `s` but count nothing.
            let adjective = ["ss", "us", "is", "ese", "eas"]
                .iter()
                .any(|e| w.word.ends_with(e));
            (w.word.len() > 3 && w.word.ends_with('s') && !adjective)
                || matches!(
                    w.word.as_str(),
                    "people" | "staff" | "personnel" | "children"
                )
        };
        let noun = taken.iter().find(plural)?;
        Some(answer_term(&noun.word, &noun.term))
    }

    /// Reads a period at the cursor: the words it takes.
    fn period(&mut self) -> Option<usize> {
        let year = |w: &str| -> Option<u16> {
            (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
                .then(|| w.parse().ok())
                .flatten()
                .filter(|y| (1900..=2100).contains(y))
        };
        let w0 = self.peek(0).to_string();
        // "last year", "this year", "the previous year"
        if self.peek(1) == "year" {
            let back = match w0.as_str() {
                "last" | "previous" | "past" => Some(1),
                "this" | "current" => Some(0),
                "next" | "coming" | "following" => Some(-1),
                _ => None,
            };
            if let Some(back) = back {
                self.set_period(Period::Relative(back));
                return Some(2);
            }
        }
        // "a year ago", "two years ago", "5 years ago"
        if self.peek(2) == "ago" {
            let n = match (w0.as_str(), self.peek(1)) {
                ("a" | "one", "year") => Some(1),
                (count, "years") => {
                    (count.parse::<i16>().ok()).or_else(|| number_word(count).map(i16::from))
                }
                _ => None,
            };
            if let Some(back) = n.filter(|n| (1..=100).contains(n)) {
                self.set_period(Period::Relative(back));
                return Some(3);
            }
        }
        // "between 2018 and 2020", "from 2015 to 2020"
        if (w0 == "between" || w0 == "from") && year(self.peek(1)).is_some() {
            if let (Some(a), Some(b)) = (year(self.peek(1)), year(self.peek(3))) {
                if matches!(self.peek(2), "and" | "to" | "through" | "until") {
                    self.set_period(Period::Years {
                        from: a.min(b),
                        to: a.max(b),
                        edge: Edge::Whole,
                    });
                    return Some(4);
                }
            }
        }
        if w0 == "since" {
            if let Some(y) = year(self.peek(1)) {
                self.set_period(Period::Since(y));
                return Some(2);
            }
        }
        if w0 == "by" {
            if let Some(y) = year(self.peek(1)) {
                self.by_year = true;
                self.edge = Edge::End;
                self.year_range(y, y);
                return Some(2);
            }
            if self.peek(1) == "the" && self.peek(2) == "end" {
                // "by the end of ...": the edge, then the period.
                self.by_year = true;
                return Some(1);
            }
        }
        if let Some((from, to, taken)) = self.financial_year() {
            self.year_range(from, to);
            return Some(taken);
        }
        if let Some(a) = year(&w0) {
            // "2018 to 2020", "2018-2020"
            if let Some(b) = year(self.peek(2)).filter(|_| matches!(self.peek(1), "to" | "and")) {
                self.year_range(a.min(b), a.max(b));
                return Some(3);
            }
            if let Some(b) = year(self.peek(1)).filter(|&b| b > a) {
                self.year_range(a, b);
                return Some(2);
            }
            self.year_range(a, a);
            return Some(1);
        }
        // "the 13th Five-Year Plan (period)"
        if let Some(n) = ordinal(&w0) {
            if self.at_phrase(&[&w0, "five", "year", "plan"]) {
                let start = match n {
                    1 => 1953,
                    2 => 1958,
                    n => 1966 + 5 * (n - 3),
                };
                self.year_range(start, start + 4);
                let mut taken = 4;
                if self.peek(4) == "period" {
                    taken += 1;
                }
                return Some(taken);
            }
        }
        None
    }

    /// A financial year at the cursor, as the corpus dates one: "FY2024",
    /// "FY 2024" and "FY24" are 2024; "FY2024/25" and "FY24-25" span
    /// 2024 to 2025. The years and the words they take.
    fn financial_year(&self) -> Option<(u16, u16, usize)> {
        let w0 = self.peek(0);
        let (digits, mut taken) = match w0.strip_prefix("fy") {
            Some("") => (self.peek(1), 2),
            Some(rest) => (rest, 1),
            None => return None,
        };
        let full = |d: &str| -> Option<u16> {
            if !d.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            match d.len() {
                4 => d.parse().ok().filter(|y| (1900..=2100).contains(y)),
                2 => d.parse::<u16>().ok().map(|y| 2000 + y),
                _ => None,
            }
        };
        let from = full(digits)?;
        let next = self.peek(taken);
        let to = (next.len() == 2)
            .then(|| next.parse::<u16>().ok())
            .flatten()
            .map(|y| from / 100 * 100 + y)
            .map(|y| if y < from { y + 100 } else { y })
            .filter(|&y| y == from + 1);
        if to.is_some() {
            taken += 1;
        }
        Some((from, to.unwrap_or(from), taken))
    }

    /// Reads months of a year at the cursor: "Q3", "H1", "the third
    /// quarter", "the first half", "the first nine months", "January to
    /// June", or a month after "in", "of", "by", "since", "during", "for",
    /// "until" or before a year ("in October 2024": the month is part of the
    /// period the year starts, not a word of what is counted). The words
    /// it takes; a year after them is read as the period.
    fn months(&mut self) -> Option<usize> {
        let word = self.peek(0).to_string();
        let month = |w: &str| MONTHS.iter().position(|m| *m == w).map(|i| i as u8 + 1);
        let mut found: Option<((u8, u8), usize)> = None;
        let bytes = word.as_bytes();
        if bytes.len() == 2 {
            found = match (bytes[0], bytes[1]) {
                (b'q', n @ b'1'..=b'4') => Some((((n - b'0') * 3 - 2, (n - b'0') * 3), 1)),
                (b'h', n @ b'1'..=b'2') => Some((((n - b'0') * 6 - 5, (n - b'0') * 6), 1)),
                _ => None,
            };
        }
        let part = |n: u16| -> Option<u8> { u8::try_from(n).ok().filter(|n| (1..=4).contains(n)) };
        if found.is_none() {
            if let Some(n) = ordinal(&word).and_then(part) {
                found = match self.peek(1) {
                    "quarter" => Some(((n * 3 - 2, n * 3), 2)),
                    "half" if n <= 2 => Some(((n * 6 - 5, n * 6), 2)),
                    _ => None,
                };
            }
        }
        if found.is_none() && word == "first" {
            let count = number_word(self.peek(1));
            if let Some(n) = count.filter(|n| (2..=11).contains(n)) {
                found = match self.peek(2) {
                    "months" => Some(((1, n), 3)),
                    "quarters" if n <= 4 => Some(((1, n * 3), 3)),
                    _ => None,
                };
            }
        }
        if found.is_none() {
            if let Some(first) = month(&word) {
                let range = (matches!(self.peek(1), "to" | "through" | "until"))
                    .then(|| month(self.peek(2)))
                    .flatten()
                    .filter(|last| *last > first);
                let year_next =
                    self.peek(1).len() == 4 && self.peek(1).bytes().all(|b| b.is_ascii_digit());
                let led = self.at > 0
                    && matches!(
                        self.words[self.at - 1].word.as_str(),
                        "in" | "of" | "by" | "since" | "during" | "for" | "until"
                    );
                // "Stellmoor's September auction": a month before a noun
                // names when, unless it may be a verb ("may", "march").
                let verb = matches!(word.as_str(), "may" | "march");
                let before_noun = !verb && self.at + 1 < self.words.len();
                found = match range {
                    Some(last) => Some(((first, last), 3)),
                    None if year_next || (led && word != "may") || before_noun => {
                        Some(((first, first), 1))
                    }
                    None => None,
                };
            }
        }
        let (months, taken) = found?;
        self.intent.months.get_or_insert(months);
        Some(taken)
    }

    fn year_range(&mut self, from: u16, to: u16) {
        let edge = std::mem::replace(&mut self.edge, Edge::Whole);
        self.set_period(Period::Years { from, to, edge });
    }

    /// Keeps the first period named (a second one is usually a comparison:
    /// "in 2023 compared with 2022"), and none named after a word of
    /// comparison, which names the base ("compared with 2022").
    fn set_period(&mut self, period: Period) {
        if !self.comparing {
            self.intent.period.get_or_insert(period);
        }
    }

    /// Marks the subject of the question's auxiliary ("did the Marlow
    /// bureau register") as whose words: see [`super::subject`].
    fn mark_subject(&mut self, cued: &[bool]) {
        let folded: Vec<&str> = self.words.iter().map(|w| w.word.as_str()).collect();
        let is_content = |i: usize| {
            let Word { word, term, .. } = &self.words[i];
            !cued[i]
                && !term.is_empty()
                && !is_stop_word(word)
                && FILLER.binary_search(&word.as_str()).is_err()
                && !SCOPE_OPENERS.contains(&word.as_str())
        };
        let is_verb_cue = |i: usize| {
            let term = self.words[i].term.as_str();
            cued[i] && (TARGET.contains(&term) || CHANGE.contains(&term))
        };
        let mut run = subject_run(&folded, is_content, is_verb_cue);
        // "the Kestrian utility model office's fee income": the words up to
        // a possessive say whose the figure is, not what it counts.
        for end in (0..self.words.len()).filter(|&i| self.words[i].possessive) {
            let start = (0..=end)
                .rev()
                .take_while(|&i| is_content(i))
                .last()
                .unwrap_or(end + 1);
            run.extend(start..=end);
        }
        let terms: Vec<String> = (run.iter())
            .map(|&i| answer_term(&self.words[i].word, &self.words[i].term))
            .collect();
        for w in &mut self.intent.words {
            if terms.contains(&w.term) {
                w.whose = true;
            }
        }
    }

    fn content(&mut self) {
        let Word { word, term, .. } = &self.words[self.at];
        if SCOPE_OPENERS.contains(&word.as_str()) {
            // "the target for X" names the measure, not a scope; nor does
            // "the rise in X" ("the percentage rise in patents granted").
            let prev = (self.at.checked_sub(1)).map_or("", |i| self.words[i].term.as_str());
            let after_goal = TARGET.contains(&prev);
            let after_change = CHANGE.contains(&prev) && word == "in";
            self.scope = (word != "for" || !after_goal) && !after_change;
            return;
        }
        // "belong to the alliance": whose the things counted are, as "does
        // the alliance have".
        let belong = self.at > 0 && self.words[self.at - 1].word.starts_with("belong");
        if word == "to" && belong {
            self.scope = true;
            return;
        }
        // "rise on the same period last year", "up on 2024": after a
        // change, `on` names the base compared with.
        if COMPARING.contains(&word.as_str()) || word == "on" && self.change {
            self.comparing = true;
        }
        if is_stop_word(word) || FILLER.binary_search(&word.as_str()).is_ok() || term.is_empty() {
            // A verb or a question word ends the scope phrase; an article
            // does not.
            if !matches!(word.as_str(), "the" | "a" | "an" | "its" | "their") {
                self.scope = false;
            }
            return;
        }
        // "How many examiners work at the office?": a verb of being
        // employed says where the things counted are, not what they are.
        let employed = self.many
            && matches!(word.as_str(), "work" | "works" | "worked" | "working")
            && SCOPE_OPENERS.contains(&self.peek(1));
        if employed {
            return;
        }
        // "How many applications are still waiting?": things waiting are
        // counted as pending, not a length of time.
        let waiting = self.many && matches!(word.as_str(), "wait" | "waiting");
        let word = if waiting { "pending" } else { word };
        let term = if waiting {
            answer_term(word, &crate::fold::stem(word))
        } else {
            answer_term(word, term)
        };
        let compound = phrasal_compound(word, self.peek(1));
        if !self.intent.words.iter().any(|w| w.term == term) {
            self.intent.words.push(ContentWord {
                term,
                word: word.to_string(),
                scope: self.scope,
                whose: false,
            });
        }
        // "turned around" is named by `turnaround`, "taken down" by
        // `takedown`: the noun the verb and its particle make.
        if let Some(compound) = compound {
            let term = answer_term(&compound, &crate::fold::stem(&compound));
            if !self.intent.words.iter().any(|w| w.term == term) {
                self.intent.words.push(ContentWord {
                    term,
                    word: compound,
                    scope: self.scope,
                    whose: false,
                });
            }
        }
    }
}

/// Particles that make a noun with the verb before them (`turnaround`,
/// `takedown`, `shutdown`, `signup`).
const COMPOUND_PARTICLES: &[&str] = &["around", "down", "up", "out", "over", "off", "back"];

/// Irregular forms of verbs that make such nouns, with their base.
#[rustfmt::skip]
const IRREGULAR_BASES: &[(&str, &str)] = &[("took", "take"), ("taken", "take"), ("taking", "take"), ("made", "make"), ("making", "make"), ("broke", "break"), ("broken", "break"), ("wrote", "write"), ("written", "write"), ("shutting", "shut"), ("setting", "set"), ("putting", "put"), ("brought", "bring"), ("torn", "tear")];

/// The noun a verb and its particle make (`turned around` → `turnaround`),
/// when the next word is such a particle.
fn phrasal_compound(verb: &str, next: &str) -> Option<String> {
    let particle = next.lowercase();
    // Only a verb whose particle makes it mean something else: "paid out"
    // is paid, and `payout` would also name what was distributed for any
    // other purpose ("paid out on defaulted loans").
    let lower = verb.lowercase();
    if !COMPOUND_PARTICLES.contains(&particle.as_str()) || !PARTICLE_VERBS.contains(&lower.as_str())
    {
        return None;
    }
    let base = match IRREGULAR_BASES.iter().find(|(form, _)| *form == lower) {
        Some((_, base)) => base.to_string(),
        None => crate::fold::stem(&lower),
    };
    Some(format!("{base}{particle}"))
}

/// Words that compare with another figure ("compared with 2023", "versus
/// the year before", "than before").
const COMPARING: &[&str] = &["compare", "compared", "comparison", "than", "versus", "vs"];

/// Verbs that bring a matter before a body ("brought before the court").
#[rustfmt::skip]
const BROUGHT_BEFORE: &[&str] = &["brought", "bring", "come", "came", "appear", "appeared", "pending", "heard", "argued", "lodged", "filed", "taken", "put", "laid"];

/// Spans of time a comparison's base is "the same" of ("the same period
/// last year").
const SAME_SPANS: &[&str] = &[
    "period", "quarter", "month", "week", "half", "months", "weeks", "time", "day",
];

/// Prepositions that open a scope phrase.
const SCOPE_OPENERS: &[&str] = &["in", "at", "by", "through", "via", "among", "within", "for"];

/// `13` for `13th` or `thirteenth`.
fn ordinal(word: &str) -> Option<u16> {
    let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
    let suffix = &word[digits.len()..];
    if !digits.is_empty() && matches!(suffix, "st" | "nd" | "rd" | "th") {
        return digits.parse().ok().filter(|&n| n >= 1);
    }
    (ORDINALS.iter().position(|o| *o == word)).map(|i| i as u16 + 1)
}

/// A count in digits or words, `2` to `12` ("nine", "9").
fn number_word(word: &str) -> Option<u8> {
    const WORDS: [&str; 11] = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ];
    (WORDS.iter().position(|w| *w == word).map(|i| i as u8 + 2))
        .or_else(|| word.parse().ok().filter(|n| (2..=12).contains(n)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::stem;

    #[test]
    fn how_quickly_asks_a_length_of_time_unless_a_change_is_named() {
        let unit = |q: &str| read_text(q).unit;
        assert_eq!(
            unit("How quickly are appeals decided now?"),
            Some(UnitHint::Duration)
        );
        assert_eq!(
            unit("How soon is a licence granted?"),
            Some(UnitHint::Duration)
        );
        let change = read_text("How fast did design filings grow in 2024?");
        assert_eq!(change.asked, Some(Asked::Change));
    }

    #[test]
    fn how_long_a_queue_is_asks_how_many_wait_in_it() {
        let unit = |q: &str| read_text(q).unit;
        assert_eq!(
            unit("How long is the opposition backlog at the moment?"),
            Some(UnitHint::Count)
        );
        assert_eq!(
            unit("how long was the waiting list for hearings"),
            Some(UnitHint::Count)
        );
        let times = [
            "How long is the wait in the examination queue?",
            "How long does the backlog take to clear?",
            "How long is an appeal?",
            "How long did examination take in 2024?",
        ];
        for q in times {
            assert_eq!(unit(q), Some(UnitHint::Duration), "{q}");
        }
    }

    #[test]
    fn a_verb_and_its_particle_also_ask_for_the_noun_they_make() {
        let terms =
            |q: &str| -> Vec<String> { read_text(q).words.into_iter().map(|w| w.word).collect() };
        assert!(terms("How fast are complaints turned around?").contains(&"turnaround".to_string()));
        assert!(terms("How many listings were taken down?").contains(&"takedown".to_string()));
        assert!(!terms("How many were handled in 2024?")
            .iter()
            .any(|w| w.ends_with("in")));
    }

    #[test]
    fn a_verb_s_particle_is_no_rise_or_fall() {
        let asked = |q: &str| read_text(q).asked;
        assert_eq!(
            asked("How many applications did the office turn down in 2025?"),
            Some(Asked::Amount)
        );
        assert_eq!(asked("How many centres were set up?"), Some(Asked::Amount));
        assert_eq!(
            asked("How many listings were taken down?"),
            Some(Asked::Amount)
        );
        assert_eq!(
            asked("By how much did filings go down?"),
            Some(Asked::Change)
        );
        assert_eq!(asked("Did the backlog come down?"), Some(Asked::Change));
    }

    #[test]
    fn before_opening_a_clause_asks_for_no_earlier_figure() {
        let when = |q: &str| read_text(q).when;
        assert_eq!(
            when("How long are goods held before they are destroyed?"),
            When::Any
        );
        assert_eq!(
            when("How long are goods held before being released?"),
            When::Any
        );
        assert_eq!(
            when("How many examiners did the office have before?"),
            When::Earlier
        );
        assert_eq!(
            when("What was the fee before the 2024 reform?"),
            When::Earlier
        );
    }

    #[test]
    fn a_common_abbreviation_is_read_as_its_words() {
        let terms: Vec<String> = (read_text("How much did Halvorsen spend on R&D in 2023?").words)
            .into_iter()
            .map(|w| w.word)
            .collect();
        assert!(terms.contains(&"research".to_string()), "{terms:?}");
        assert!(terms.contains(&"development".to_string()), "{terms:?}");
        assert!(!terms.contains(&"r".to_string()), "{terms:?}");
        let sme: Vec<String> = (read_text("How many design applications came from SMEs?").words)
            .into_iter()
            .map(|w| w.word)
            .collect();
        assert!(sme.contains(&"medium".to_string()), "{sme:?}");
    }

    #[test]
    fn how_many_more_asks_for_the_difference() {
        let read = |q: &str| read_text(q);
        let more = read("How many more invention disclosures were made than the year before?");
        assert_eq!(more.asked, Some(Asked::Change));
        assert_eq!(more.counted.as_deref(), Some(stem("disclosures").as_str()));
        assert_eq!(
            read("How many fewer appeals were lodged in 2025?").asked,
            Some(Asked::Change)
        );
        assert_eq!(
            read("How many invention disclosures were made?").asked,
            Some(Asked::Amount)
        );
    }

    #[test]
    fn who_and_why_ask_for_no_figure() {
        assert!(read_text("Who spoke about trademark squatting?").asks_who_or_why);
        assert!(read_text("why did filings fall in 2024").asks_who_or_why);
        assert!(!read_text("How many people work in IP services?").asks_who_or_why);
        assert!(read_text("Whose staff numbered 61?").asks_who_or_why);
    }

    #[test]
    fn words_the_periods_a_question_asks_for() {
        let years = |from, to, edge| Period::Years { from, to, edge };
        let cases = [
            (years(2019, 2019, Edge::Whole), "2019"),
            (years(2016, 2020, Edge::Whole), "2016–2020"),
            (years(2023, 2023, Edge::End), "the end of 2023"),
            (years(2021, 2021, Edge::Start), "the start of 2021"),
            (Period::Since(2019), "since 2019"),
            (Period::Relative(1), "last year"),
            (Period::Relative(0), "this year"),
            (Period::Relative(-1), "next year"),
            (Period::Relative(3), "3 years before"),
            (Period::Relative(-2), "2 years ahead"),
        ];
        for (period, words) in cases {
            assert_eq!(period.words(), words, "{period:?}");
        }
    }

    /// The intent of `query` in one line: kind, when, period, unit, words.
    fn show(query: &str) -> String {
        let intent = read_text(query);
        let words: Vec<&str> = intent.words.iter().map(|w| w.term.as_str()).collect();
        let mut out = vec![format!("{:?}", intent.asked), format!("{:?}", intent.when)];
        match intent.period {
            Some(Period::Years { from, to, edge }) => out.push(format!("{from}..{to}/{edge:?}")),
            Some(p) => out.push(format!("{p:?}")),
            None => {}
        }
        if let Some(unit) = intent.unit {
            out.push(format!("{unit:?}"));
        }
        out.push(format!("[{}]", words.join(" ")));
        if !intent.question {
            out.push("keywords".into());
        }
        out.join(" ")
    }

    #[test]
    fn a_question_for_now_and_before_wants_the_latest_first() {
        for query in [
            "how many IP professionals does China have now, and how many did it have before?",
            "how many did it have before, and how many now",
            "how many seed patents does it hold right now",
            "how many seed farms are there at the moment",
        ] {
            assert_eq!(read_text(query).when, When::Latest, "{query}");
        }
        assert_eq!(
            read_text("how many IP professionals were there before?").when,
            When::Earlier
        );
    }

    #[test]
    fn a_month_before_a_year_is_part_of_the_period_not_a_word_counted() {
        assert_eq!(
            show("How many trademarks were registered in October 2024?"),
            "Some(Amount) Any 2024..2024/Whole Count [trademark regist]"
        );
        assert_eq!(
            show("How many trademarks were registered at the end of March 2023 nowadays?"),
            show("How many trademarks were registered at the end of 2023 nowadays?")
        );
    }

    #[test]
    fn a_verb_of_holding_right_now_and_against_are_no_content() {
        assert!(show("How many seed patents does Lumen hold right now?")
            .ends_with("[seed patent lumen]"));
        assert!(show("How many seed farms does it own at the moment").ends_with("[seed farm]"));
        assert!(show("What was the total seed award against Lumen?")
            .ends_with("[total seed award lumen]"));
    }

    #[test]
    fn working_at_a_place_is_no_word_of_what_is_counted() {
        assert!(
            show("How many seed examiners work at the Lumen office now?")
                .ends_with("[seed examiner lumen offic]")
        );
        assert!(show("How many works were registered in 2024?").contains("work"));
    }

    #[test]
    fn filler_list_is_sorted() {
        assert!(FILLER.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn amounts_in_many_phrasings() {
        for q in [
            "How many IP professionals does China have?",
            "how much pledge financing is there",
            "What is the number of trademarks registered in a year?",
            "the value of IP pledge loans",
            "total of copyright registrations",
            "Tell me how many patent examiners there are",
        ] {
            assert!(show(q).starts_with("Some(Amount) Any"), "{q}: {}", show(q));
        }
        assert_eq!(
            show("How many IP professionals does China have?"),
            "Some(Amount) Any Count [ip profession china]"
        );
    }

    #[test]
    fn changes_in_many_phrasings() {
        for q in [
            "By how much did IP pledge loans increase in 2020?",
            "How fast did exports of royalties grow",
            "did trademark applications fall",
            "growth of copyright registrations",
            "How many months faster is examination",
            "How much did the satisfaction score go up?",
            "how quickly did lending rise year on year",
            "by how many percentage points did the share rise",
            "has the wait been cut",
            "How much did the pool of mediators expand in 2024?",
            "By how many were vacant posts lowered?",
            "How far has the backlog been trimmed?",
        ] {
            assert!(show(q).starts_with("Some(Change)"), "{q}: {}", show(q));
        }
    }

    #[test]
    fn how_long_a_thing_needs_is_no_duty() {
        for q in [
            "How long does the bureau usually need to register a design?",
            "How many days does an examiner need to answer a query?",
        ] {
            assert!(show(q).starts_with("Some(Amount)"), "{q}: {}", show(q));
        }
        assert!(show("How many staff does the bureau need to hire?").starts_with("Some(Target)"));
    }

    #[test]
    fn targets_in_many_phrasings() {
        for q in [
            "What is the target for the number of IP professionals by 2025?",
            "goal for high-value patents per 10,000 people",
            "What does Zhejiang aim to issue this year?",
            "How many professionals are planned by the end of the 14th Five-Year Plan?",
            "How many patents should there be by 2027",
            "how many examiners will be hired",
            "high-value patents by 2025",
            // Duties and commitments.
            "How many archive files does the contractor have to scan?",
            "How many translators must the supplier provide?",
            "What monthly output is the provider committed to?",
            "How many reading rooms is the registry going to open?",
            "How many audits is the agency required to carry out?",
            "How many interpreters shall the bidder provide?",
        ] {
            assert!(show(q).starts_with("Some(Target)"), "{q}: {}", show(q));
        }
        // Past tense: "by the end of 2021" asks for what was reached.
        assert_eq!(
            show("How many interactions did the account get by the end of 2021?"),
            "Some(Amount) Any 2021..2021/End Count [interact account]"
        );
        // "to date" asks for what was reached.
        assert_eq!(
            show("How many files has the registry scanned to date?"),
            "Some(Amount) Latest Count [applic registri scan]"
        );
    }

    #[test]
    fn latest_and_earlier() {
        assert_eq!(
            show("How many IP talents are there in China now?"),
            "Some(Amount) Latest Count [ip profession china]"
        );
        for q in [
            "current examination period",
            "latest pledge financing figure",
            "patent examiners so far",
            "How many patents up to now",
            "at present how many agents",
        ] {
            assert!(show(q).contains("Latest"), "{q}: {}", show(q));
        }
        for q in [
            "What was the pledge financing before it doubled?",
            "how many professionals did it have previously",
            "how long did examination used to take",
        ] {
            assert!(show(q).contains("Earlier"), "{q}: {}", show(q));
        }
    }

    #[test]
    fn months_of_a_year_by_quarter_half_count_range_or_name() {
        let months = |q: &str| {
            let intent = read_text(q);
            let words: Vec<String> = intent.words.iter().map(|w| w.term.clone()).collect();
            (intent.months, intent.period, words.join(" "))
        };
        let year = |y| {
            Some(Period::Years {
                from: y,
                to: y,
                edge: Edge::Whole,
            })
        };
        let (m, p, w) = months("software copyrights registered in the third quarter of 2025");
        assert_eq!((m, p), (Some((7, 9)), year(2025)));
        assert!(!w.contains("quarter") && !w.contains("third"), "{w}");
        assert_eq!(months("processing time in Q1 2025").0, Some((1, 3)));
        assert_eq!(months("fees in 2024 Q2").0, Some((4, 6)));
        assert_eq!(
            months("applications in the first half of 2025").0,
            Some((1, 6))
        );
        assert_eq!(months("H2 filings").0, Some((7, 12)));
        assert_eq!(months("exams in the first nine months").0, Some((1, 9)));
        assert_eq!(months("filings from January to June 2025").0, Some((1, 6)));
        assert_eq!(months("suits filed in August 2025").0, Some((8, 8)));
        let (m, p, _) = months("firms at the end of April");
        assert_eq!((m, p), (Some((4, 4)), None));
        // "may" is a verb unless a year follows it.
        assert_eq!(months("how many firms may apply").0, None);
        assert_eq!(months("filings in May 2024").0, Some((5, 5)));
        assert_eq!(months("the first applications").0, None);
        assert_eq!(
            months("patents sold at the September auction").0,
            Some((9, 9))
        );
        assert_eq!(months("how many marchers were there").0, None);
    }

    #[test]
    fn periods_years_edges_ranges_and_plans() {
        let period = |q: &str| read_text(q).period;
        let years = |from, to, edge| Some(Period::Years { from, to, edge });
        assert_eq!(
            period("patents granted in 2020"),
            years(2020, 2020, Edge::Whole)
        );
        assert_eq!(
            period("talent at the end of 2023"),
            years(2023, 2023, Edge::End)
        );
        assert_eq!(
            period("applications rejected between 2018 and 2020"),
            years(2018, 2020, Edge::Whole)
        );
        assert_eq!(
            period("rank from 2015 to 2020"),
            years(2015, 2020, Edge::Whole)
        );
        assert_eq!(period("rank 2015-2020"), years(2015, 2020, Edge::Whole));
        assert_eq!(period("cut since 2019"), Some(Period::Since(2019)));
        assert_eq!(period("approved last year"), Some(Period::Relative(1)));
        assert_eq!(period("take a year ago"), Some(Period::Relative(1)));
        assert_eq!(period("filed three years ago"), Some(Period::Relative(3)));
        assert_eq!(period("filed 5 years ago"), Some(Period::Relative(5)));
        assert_eq!(period("to issue this year"), Some(Period::Relative(0)));
        assert_eq!(period("to complete next year"), Some(Period::Relative(-1)));
        assert_eq!(
            read_text("how many examiners does it want").asked,
            Some(Asked::Target)
        );
        assert_eq!(
            read_text("what rate does the board seek").asked,
            Some(Asked::Target)
        );
        assert_eq!(
            period("at the end of the 13th Five-Year Plan"),
            years(2016, 2020, Edge::End)
        );
        assert_eq!(
            period("during the 14th Five-Year Plan period"),
            years(2021, 2025, Edge::Whole)
        );
        assert_eq!(
            period("at the start of the thirteenth five-year plan"),
            years(2016, 2020, Edge::Start)
        );
        assert_eq!(
            period("in the 12th Five-Year Plan"),
            years(2011, 2015, Edge::Whole)
        );
        assert_eq!(
            period("the 1st five-year plan"),
            years(1953, 1957, Edge::Whole)
        );
        assert_eq!(period("patents granted"), None);
        assert_eq!(
            period("agreements in FY2025/26"),
            years(2025, 2026, Edge::Whole)
        );
        assert_eq!(
            period("agreements in FY24-25"),
            years(2024, 2025, Edge::Whole)
        );
        assert_eq!(
            period("grants in the 2022/23 financial year"),
            years(2022, 2023, Edge::Whole)
        );
        assert_eq!(period("grants in 2024-25"), years(2024, 2025, Edge::Whole));
        assert_eq!(period("in 2024, 25 grants"), years(2024, 2024, Edge::Whole));
        assert_eq!(period("income in FY 2023"), years(2023, 2023, Edge::Whole));
        assert_eq!(period("income for FY24"), years(2024, 2024, Edge::Whole));
        assert_eq!(
            period("spend in FY2024 26 days"),
            years(2024, 2024, Edge::Whole)
        );
        // Numbers that are not years are content.
        assert_eq!(
            show("patents per 10,000 people"),
            "None Any [patent per 10000 peopl] keywords"
        );
    }

    #[test]
    fn plan_words_of_a_five_year_plan_are_not_a_target() {
        assert_eq!(
            show("IP professionals at the end of the 13th Five-Year Plan"),
            "None Any 2016..2020/End [ip profession]"
        );
    }

    #[test]
    fn unit_hints() {
        assert_eq!(
            show("How long does invention patent examination take now?"),
            "Some(Amount) Latest Duration [invent patent review]"
        );
        assert_eq!(
            show("How many days does it take to get a patent"),
            "Some(Amount) Any Duration [patent]"
        );
        assert!(show("How much money was involved in crime cases").contains("Money"));
        assert!(show("what share of talent holds a degree").contains("Share"));
        assert!(show("by what percentage did lending grow").contains("Share"));
        assert!(!show("the share of talent with a degree").contains("Share"));
        assert!(!show("by how many percentage points did it rise").contains("Share"));
        // "How many" asks for a count unless a unit word says otherwise.
        assert!(show("How many patent agencies are there?").contains("Count"));
        assert!(show("how many percentage points did it rise").contains("Count"));
        assert!(show("how many yuan were lent").contains("Money"));
        assert!(show("how many percent of firms").contains("Share"));
        assert!(!show("how much was lent").contains("Count"));
    }

    #[test]
    fn words_of_paying_ask_for_money_unless_a_count_or_a_change_is_asked() {
        let unit = |q: &str| read_text(q).unit;
        assert_eq!(
            unit("What is the entry fee for the award?"),
            Some(UnitHint::Money)
        );
        assert_eq!(
            unit("How much did the university spend on patents?"),
            Some(UnitHint::Money)
        );
        assert_eq!(
            unit("What does a registration cost?"),
            Some(UnitHint::Money)
        );
        assert_eq!(
            unit("What is the 2025 budget for enforcement?"),
            Some(UnitHint::Money)
        );
        assert_eq!(unit("How much was paid in rewards?"), Some(UnitHint::Money));
        assert_eq!(
            unit("What was the total sum in dispute?"),
            Some(UnitHint::Money)
        );
        // "how many" counts; "by how much" may be a percentage.
        assert_eq!(
            unit("How many students did the programme pay to train?"),
            Some(UnitHint::Count)
        );
        assert_eq!(
            unit("How many hours were the laser cutters used?"),
            Some(UnitHint::Duration)
        );
        assert_eq!(unit("By how much did licensing income drop?"), None);
        assert_eq!(unit("What cost-to-income ratio does it want?"), None);
        assert_eq!(unit("What was the value added of the industries?"), None);
        assert_eq!(
            unit("What was the value of the disputes the hub settled?"),
            Some(UnitHint::Money)
        );
        // A claim sought is no goal; what a body seeks to do is.
        let asked = |q: &str| read_text(q).asked;
        assert_eq!(
            asked("How much did the plaintiff seek in damages?"),
            Some(Asked::Amount)
        );
        assert_eq!(
            asked("How many firms does the fund seek to reach?"),
            Some(Asked::Target)
        );
    }

    #[test]
    fn how_many_names_the_counted_noun() {
        let counted = |q: &str| read_text(q).counted;
        let term = |w: &str| Some(answer_term(w, &stem(w)));
        assert_eq!(
            counted("How many retired judges sit on the board?"),
            term("judges")
        );
        assert_eq!(
            counted("How many people work in the export unit?"),
            term("people")
        );
        assert_eq!(
            counted("How many faculty members volunteer as scouts?"),
            term("members")
        );
        assert_eq!(
            counted("How many national IP pilot schools are there?"),
            term("schools")
        );
        assert_eq!(
            counted("How many Chinese overseas patents are there?"),
            term("patents")
        );
        // No plural noun: nothing is required of the measure.
        assert_eq!(
            counted("How many intellectual property talent are there?"),
            None
        );
        assert_eq!(counted("How much was lent?"), None);
        assert_eq!(counted("How many days does it take?"), None);
    }

    #[test]
    fn keyword_queries_have_no_intent() {
        assert_eq!(show("trademark"), "None Any [trademark] keywords");
        assert_eq!(
            show("pledge financing bad loan ratio"),
            "None Any [pledg loan bad ratio] keywords"
        );
        assert_eq!(show(""), "None Any [] keywords");
        assert_eq!(show("?!"), "None Any [] keywords");
    }

    #[test]
    fn ordinals_in_digits_and_words() {
        assert_eq!(ordinal("13th"), Some(13));
        assert_eq!(ordinal("fourteenth"), Some(14));
        assert_eq!(ordinal("2nd"), Some(2));
        assert_eq!(ordinal("th"), None);
        assert_eq!(ordinal("13"), None);
    }

    #[test]
    fn a_paying_word_before_a_rate_asks_for_no_sum() {
        assert_eq!(
            read_text("What is the grant rate at the seed office?").unit,
            None
        );
        assert_eq!(
            read_text("How much grant money did the seed office pay?").unit,
            Some(UnitHint::Money)
        );
    }

    #[test]
    fn scope_phrases_mark_their_words() {
        let scope = |q: &str| -> Vec<String> {
            (read_text(q).words.into_iter())
                .filter(|w| w.scope)
                .map(|w| w.word)
                .collect()
        };
        assert_eq!(
            scope("How many patent examiners work in Guangdong?"),
            ["guangdong"]
        );
        assert_eq!(
            scope("How long does a grant take at the fast-track centre?"),
            ["fast", "track", "centre"]
        );
        assert_eq!(
            scope("How many patent applications were filed by universities in 2023?"),
            ["universities"]
        );
        assert!(scope("What is the target for IP professionals?").is_empty());
        assert_eq!(
            scope("What was the percentage rise in patents granted in Westvale?"),
            ["westvale"]
        );
        assert!(scope("How many IP professionals does China have now?").is_empty());
        let whose = |q: &str| -> Vec<String> {
            (read_text(q).words.into_iter())
                .filter(|w| w.whose)
                .map(|w| w.word)
                .collect()
        };
        assert_eq!(
            whose("How many IP professionals does China have now?"),
            ["china"]
        );
        assert_eq!(
            whose("How many works did the Marlow bureau register last year?"),
            ["marlow", "bureau"]
        );
        assert!(whose("How long does a grant take at the fast-track centre?").is_empty());
        assert_eq!(
            whose("What was the Kestrian utility model office's fee income in 2024?"),
            ["kestrian", "utility", "model", "office"]
        );
        assert_eq!(
            whose("What were Valdoria’s collections in 2024?"),
            ["valdoria"]
        );
        assert!(whose("What is the fee income of the office's branch?") == ["office"]);
        assert!(whose("What were the Lions' royalties?").is_empty());
        assert_eq!(
            scope("How many firms belong to the Harbour pledge network?"),
            ["harbour", "pledge", "network"]
        );
    }

    #[test]
    fn how_big_asks_for_an_amount_and_names_nothing() {
        let big = read_text("How big is the bank's IP loan book now?");
        assert_eq!(big.asked, Some(Asked::Amount));
        let words: Vec<String> = big.words.into_iter().map(|w| w.word).collect();
        assert_eq!(words, ["bank", "ip", "loan", "book"]);
    }

    #[test]
    fn a_comparison_asks_for_no_earlier_figure_and_its_words_are_no_content() {
        let compared =
            read_text("By how much did appeals rise in 2025 compared with the year before?");
        assert_ne!(compared.when, When::Earlier);
        assert_eq!(compared.asked, Some(Asked::Change));
        let words: Vec<String> = compared.words.into_iter().map(|w| w.word).collect();
        assert_eq!(words, ["appeals"]);
        let gone = read_text("By what percentage did design filings go up versus 2023?");
        assert_eq!(gone.asked, Some(Asked::Change));
        assert_eq!(gone.period, None);
        let words: Vec<String> = gone.words.into_iter().map(|w| w.word).collect();
        assert_eq!(words, ["design", "filings"]);
        // After a change, `on` names the base, and the base's period is no
        // period asked.
        let on = read_text("By how much did seizures climb on the same month last year?");
        assert_eq!(on.asked, Some(Asked::Change));
        assert_eq!(on.period, None);
        let words: Vec<String> = on.words.into_iter().map(|w| w.word).collect();
        assert_eq!(words, ["seizures", "month"]);
        let asked = read_text("How much did seizures climb in 2024 on the year before?");
        assert!(asked.period.is_some());
        assert_eq!(
            read_text("How many judges were there before?").when,
            When::Earlier
        );
        let place = read_text("How many appeals came before the tribunal in 2024?");
        assert_ne!(place.when, When::Earlier);
        let words =
            |q: &str| -> Vec<String> { read_text(q).words.into_iter().map(|w| w.word).collect() };
        assert_eq!(words("List the appeals heard"), ["appeals", "heard"]);
        assert_eq!(
            words("What is the time to list a seed variety?"),
            ["time", "list", "seed", "variety"]
        );
    }
}
