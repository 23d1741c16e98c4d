//! Document metadata: title, date (with precision), source and kind, read from
//! the cleaned blocks. Datelines, source lines and the headline are taken out
//! of the blocks so they do not come back as passages.
//!
//! Invariant: front matter wins over everything inferred; an inferred date
//! comes from a dateline when there is one, else from a dated line of the
//! page's head (a meeting line, a masthead, a byline), else from the text (a
//! month and day mentioned, plus the year the text talks about most).

use super::clean::{is_numbered_heading, Block};
use super::datelines::{
    foot_issued_date, head_date, infer_date, strip_lead_dateline, take_datelines, take_source,
};
use super::dates::{parse_date, years};
use super::frontmatter::FrontMatter;
use super::masthead::take_masthead;
use super::model::{Date, DocKind, Issue, Severity};
use super::said_today::said_today;
use super::text::{is_function_word, word_count};
use super::turns::{inline_label, qa_turn, turn_label, QaRole};

/// What the metadata step found.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    /// The headline, or a short title made from the lead.
    pub title: String,
    /// Publication or event date.
    pub date: Option<Date>,
    /// Publisher or source.
    pub source: Option<String>,
    /// The kind of document.
    pub kind: DocKind,
}

/// Words in a title that mark an official notice.
#[rustfmt::skip]
const NOTICE_WORDS: &[&str] = &["Notice", "Announcement", "Circular", "Regulations", "Provisions", "Measures for"];

/// Reads the metadata and removes the blocks that carried it.
pub fn extract_meta(
    file: &str,
    blocks: &mut Vec<Block>,
    front: &FrontMatter,
) -> (Meta, Vec<Issue>) {
    let mut issues = Vec::new();
    let source = take_source(blocks);
    let dateline = take_datelines(blocks);
    let masthead = front
        .title
        .is_none()
        .then(|| take_masthead(blocks))
        .flatten();
    let kind = front.kind.unwrap_or_else(|| detect_kind(blocks));
    // `DRAFT v3 — circulated to the Board 12 March 2025`: a banner's full date.
    let banner_date = (blocks.first())
        .filter(|b| is_banner(&b.text))
        .and_then(|b| title_year(&b.text))
        .filter(|d| d.day.is_some());
    let title = match &front.title {
        Some(title) => {
            // A page that repeats the stated title as its headline keeps it only once.
            if blocks
                .first()
                .is_some_and(|b| b.text.eq_ignore_ascii_case(title))
            {
                blocks.remove(0);
            }
            title.clone()
        }
        None => take_title(blocks).unwrap_or_else(|| {
            let lead = blocks.first().map(|b| b.text.as_str()).unwrap_or("");
            issues.push(Issue {
                file: file.to_string(),
                line: blocks.first().map(|b| b.line),
                severity: Severity::Warning,
                message: "no headline; the title is made from the lead".into(),
            });
            title_from_lead(lead)
        }),
    };
    let title = match masthead {
        Some(issuer) => format!("{issuer}: {title}"),
        None => title,
    };
    let lead_date = strip_lead_dateline(blocks);
    let date = front
        .date
        .or(dateline)
        .or(lead_date)
        .or_else(|| head_date(blocks))
        .or(banner_date)
        .or_else(|| foot_issued_date(blocks))
        .or_else(|| said_today(blocks))
        .or_else(|| {
            match (title_year(&title), infer_date(blocks)) {
                (Some(title), _) if title.day.is_some() => Some(title),
                // The text's date of the title's year says more (`April 20`).
                (Some(year), Some(text)) if text.year == year.year => Some(text),
                (year, text) => year.or(text),
            }
        });
    let source = front.source.clone().or(source);
    (
        Meta {
            title,
            date,
            source,
            kind,
        },
        issues,
    )
}

/// A short title from the first sentence of the lead: an opening time phrase
/// dropped, at most ten words, cut after a content word.
pub fn title_from_lead(lead: &str) -> String {
    let sentence = lead
        .split(". ")
        .next()
        .unwrap_or(lead)
        .trim_end_matches('.');
    let opener = [
        "As of ",
        "By ",
        "In ",
        "On ",
        "Since ",
        "Recently",
        "Currently",
        "Last ",
        "This ",
    ];
    let body = match sentence.split_once(", ") {
        Some((head, rest))
            if word_count(head) <= 8 && opener.iter().any(|o| head.starts_with(o)) =>
        {
            rest
        }
        _ => sentence,
    };
    let words: Vec<&str> = body.split_whitespace().collect();
    let mut n = words.len().min(10);
    while n > 1 && (is_function_word(words[n - 1]) || words[n - 1].ends_with(',')) {
        n -= 1;
    }
    let mut title = words[..n].join(" ");
    if let Some(first) = title.chars().next() {
        title.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
    }
    if n < words.len() {
        title.push('…');
    }
    title
}

/// The one year a title names as its own (`Jiangsu IP Protection 2023
/// Annual Report`), when the page states no date: it says which year the
/// document is, where the years of its text may be deadlines (`by 2025`).
/// A deadline (`by 2035`), a range (`2025-2027`) or two years name no one
/// year.
fn title_year(title: &str) -> Option<Date> {
    let found = years(title);
    let [(year, range)] = &found[..] else {
        return None;
    };
    let before = title[..range.start].to_ascii_lowercase();
    let deadline = ["by ", "to ", "until ", "towards ", "toward ", "through "]
        .iter()
        .any(|w| before.ends_with(w));
    if deadline {
        return None;
    }
    // `Corvid Labs on LinkedIn · posted 8 January 2026`: a title that
    // gives the day gives the document's date in full.
    let full = parse_date(title).filter(|(d, span)| d.year == *year && span.contains(&range.start));
    Some(full.map_or(
        Date {
            year: *year,
            month: None,
            day: None,
        },
        |(date, _)| date,
    ))
}

/// Header lines an e-mail opens with; its `Subject:` is its headline.
const MAIL_HEADERS: &[&str] = &[
    "From:",
    "To:",
    "Cc:",
    "Bcc:",
    "Sent:",
    "Subject:",
    "Date:",
    "Reply-To:",
    "List-Id:",
    "Message-ID:",
    "In-Reply-To:",
];

/// First words, in capitals, of a status banner over a page.
const BANNER_WORDS: &[&str] = &[
    "DRAFT",
    "CONFIDENTIAL",
    "EMBARGOED",
    "EMBARGO",
    "RESTRICTED",
    "PROVISIONAL",
];
/// Words of a banner anywhere in it.
const BANNER_PHRASES: &[&str] = &[
    "not for publication",
    "not for circulation",
    "for internal use only",
    "do not distribute",
];
/// The blocks after a banner in which its page's heading is looked for.
const BANNER_REACH: usize = 3;

/// `DRAFT v3 — circulated to the Board 12 March 2025 — not for publication`:
/// a status banner over a page, not its headline.
fn is_banner(text: &str) -> bool {
    let first = text
        .split(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty());
    let lower = text.to_lowercase();
    first.is_some_and(|w| BANNER_WORDS.contains(&w))
        || BANNER_PHRASES.iter().any(|p| lower.contains(p))
}

/// Takes the first block as the title when it reads like a headline, or
/// the heading under a status banner (which stays as text).
fn take_title(blocks: &mut Vec<Block>) -> Option<String> {
    if blocks.first().is_some_and(|b| is_banner(&b.text)) {
        let heading = (blocks.iter().enumerate().skip(1).take(BANNER_REACH))
            .find_map(|(i, b)| b.heading.then_some(i));
        if let Some(i) = heading {
            return Some(blocks.remove(i).text);
        }
    }
    // `From: …`, `Subject: Caseload figures`: an e-mail's headers go, and
    // its subject is the title.
    let headers = (blocks.iter())
        .take_while(|b| MAIL_HEADERS.iter().any(|h| b.text.starts_with(h)))
        .count();
    let subject = (blocks[..headers].iter())
        .find_map(|b| b.text.strip_prefix("Subject:"))
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty());
    if let Some(subject) = subject.filter(|_| headers >= 2) {
        blocks.drain(..headers);
        return Some(subject);
    }
    let first = blocks.first()?;
    let headline = !first.text.ends_with('.')
        && !first.text.ends_with(':')
        && !first.text.starts_with("- ")
        && word_count(&first.text) <= 30;
    headline.then(|| blocks.remove(0).text)
}

fn detect_kind(blocks: &[Block]) -> DocKind {
    let mut labels: Vec<&str> = blocks.iter().filter_map(|b| turn_label(&b.text)).collect();
    let inline: Vec<&str> = blocks
        .iter()
        .filter_map(|b| inline_label(&b.text).map(|(n, _)| n))
        .collect();
    let inline_turns = inline.len();
    labels.extend(inline);
    labels.sort_unstable();
    labels.dedup();
    let title = blocks.first().map(|b| b.text.as_str()).unwrap_or("");
    let numbered = blocks
        .iter()
        .filter(|b| {
            is_numbered_heading(&b.text)
                && b.text.split(' ').next().is_some_and(|n| n.contains('.'))
        })
        .count();
    let chapter = title.starts_with("Chapter ")
        || title
            .split(' ')
            .next()
            .is_some_and(|w| w.len() <= 5 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X')));
    let qa: Vec<QaRole> = blocks
        .iter()
        .filter_map(|b| qa_turn(&b.text).map(|(r, _)| r))
        .collect();
    let interview = qa.len() >= 3 && qa.contains(&QaRole::Question) && qa.contains(&QaRole::Answer);
    if interview || labels.len() >= 2 && (inline_turns == 0 || inline_turns >= 3) {
        DocKind::Transcript
    } else if chapter || numbered >= 2 {
        DocKind::Report
    } else if NOTICE_WORDS.iter().any(|w| title.contains(w)) {
        DocKind::Notice
    } else {
        DocKind::News
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One block per line, numbered from 1.
    pub(super) fn blocks(lines: &[&str]) -> Vec<Block> {
        lines
            .iter()
            .enumerate()
            .map(|(idx, text)| Block {
                text: text.to_string(),
                line: idx + 1,
                heading: false,
            })
            .collect()
    }

    fn check(lines: &[&str], expect: expect_test::Expect) {
        let mut blocks = blocks(lines);
        let (meta, issues) = extract_meta("f.txt", &mut blocks, &FrontMatter::default());
        let left: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        let shown = format!(
            "title: {}\ndate: {:?}\nsource: {:?}\nkind: {}\nleft: {:?}\nissues: {}",
            meta.title,
            meta.date
                .map(|d| format!("{} ({})", d.iso(), d.precision())),
            meta.source,
            meta.kind.as_str(),
            left,
            issues.len()
        );
        expect.assert_eq(&shown);
    }

    #[test]
    fn a_status_banner_is_no_headline_but_its_date_dates_the_page() {
        let mut blocks = blocks(&[
            "CONFIDENTIAL draft 2, sent to the Council on 3 June 2024",
            "Prepared by the secretariat",
            "Seed Registry Board",
            "In 2023 the Registry examined 1,200 designs.",
        ]);
        blocks[2].heading = true;
        let (meta, _) = extract_meta("f.txt", &mut blocks, &FrontMatter::default());
        assert_eq!(meta.title, "Seed Registry Board");
        assert_eq!(meta.date.map(|d| d.iso()), Some("2024-06-03".into()));
        assert!(blocks[0].text.starts_with("CONFIDENTIAL"));
        assert!(!is_banner("Draft guidance on design fees"));
        assert!(is_banner(
            "Embargoed copy - not for publication before 10:00"
        ));
    }

    #[test]
    fn updated_line_with_source_and_no_headline() {
        check(
            &["Updated: Jul 03,2024 Source:Some IP News", "As of the end of 2023, the number of patent agents has grown to 9,000 nationwide. More text.", "Body."],
            expect_test::expect![[r#"
                title: The number of patent agents has grown to 9,000 nationwide
                date: Some("2024-07-03 (day)")
                source: Some("Some IP News")
                kind: news
                left: ["As of the end of 2023, the number of patent agents has grown to 9,000 nationwide. More text.", "Body."]
                issues: 1"#]],
        );
    }

    #[test]
    fn a_month_between_a_mastheads_separators_dates_it() {
        check(
            &[
                "INSIDE THE REGISTRY",
                "The staff magazine",
                "Issue 112 · December 2025",
                "She joined in September 1992.",
                "A reception is on Friday 19 December.",
            ],
            expect_test::expect![[r#"
                title: INSIDE THE REGISTRY
                date: Some("2025-12 (month)")
                source: None
                kind: news
                left: ["The staff magazine", "Issue 112 · December 2025", "She joined in September 1992.", "A reception is on Friday 19 December."]
                issues: 0"#]],
        );
    }

    #[test]
    fn place_and_time_dateline_and_transcript_kind() {
        check(
            &[
                "Briefing on patents",
                "Beijing | 10 a.m. April 25, 2021",
                "Wang Wu:",
                "Hello.",
                "Daily News:",
                "A question?",
                "Date:",
                "April 25, 2021",
            ],
            expect_test::expect![[r#"
                title: Briefing on patents
                date: Some("2021-04-25 (day)")
                source: None
                kind: transcript
                left: ["Wang Wu:", "Hello.", "Daily News:", "A question?"]
                issues: 0"#]],
        );
    }

    #[test]
    fn release_time_and_translated_from_source() {
        check(
            &[
                "Notice on Trademark Fees",
                "Release time:2023-04-19",
                "The fees change. (Translated from Office Website Chinese Version)",
            ],
            expect_test::expect![[r#"
                title: Notice on Trademark Fees
                date: Some("2023-04-19 (day)")
                source: Some("Office Website")
                kind: notice
                left: ["The fees change."]
                issues: 0"#]],
        );
    }

    #[test]
    fn date_inferred_from_month_day_and_main_year() {
        check(
            &[
                "VII Patent Work",
                "1.1 Filing",
                "On May 8, the office met about the 2019 week. The 2019 week runs in 2019.",
                "1.2 Fees",
                "Since 2009 (2021-2035) fees fell.",
            ],
            expect_test::expect![[r#"
                title: VII Patent Work
                date: Some("2019-05-08 (day)")
                source: None
                kind: report
                left: ["1.1 Filing", "On May 8, the office met about the 2019 week. The 2019 week runs in 2019.", "1.2 Fees", "Since 2009 (2021-2035) fees fell."]
                issues: 0"#]],
        );
    }

    #[test]
    fn front_matter_overrides_inference() {
        let mut blocks = blocks(&["Headline", "Body on May 8, 2019."]);
        let front = FrontMatter {
            title: Some("Given".into()),
            date: Some(Date {
                year: 2020,
                month: None,
                day: None,
            }),
            source: Some("Given Source".into()),
            kind: Some(DocKind::Report),
        };
        let (meta, _) = extract_meta("f.txt", &mut blocks, &front);
        assert_eq!(meta.title, "Given");
        assert_eq!(meta.date.map(|d| d.iso()).as_deref(), Some("2020"));
        assert_eq!(meta.source.as_deref(), Some("Given Source"));
        assert_eq!(meta.kind, DocKind::Report);
    }
}

#[cfg(test)]
mod publication_date_tests {
    use super::tests::blocks;
    use super::*;

    fn date_of(lines: &[&str]) -> String {
        let mut blocks = blocks(lines);
        let (meta, _) = extract_meta("f.txt", &mut blocks, &FrontMatter::default());
        meta.date
            .map(|d| format!("{} ({})", d.iso(), d.precision()))
            .unwrap_or_default()
    }

    #[test]
    fn publication_lines_win_over_dates_in_the_text() {
        let body = "Applications close on June 30, 2025, and the plan runs to 2027. In 2027 the target is met.";
        for (line, want) in [
            ("Updated: 2024-05-20 14:35", "2024-05-20 (day)"),
            ("Updated: 2024-05-20 14:35:07", "2024-05-20 (day)"),
            ("Release time: 2024/05/20 09:00", "2024-05-20 (day)"),
            ("Release time:2024-05-20", "2024-05-20 (day)"),
            ("Published: 20 May 2024", "2024-05-20 (day)"),
            ("Date: May 2024", "2024-05 (month)"),
        ] {
            assert_eq!(date_of(&["A Headline", line, body]), want, "{line}");
        }
    }

    #[test]
    fn an_e_mail_is_titled_by_its_subject() {
        let lines = [
            "From: Jonas Adeyemi <j.adeyemi@court.example>",
            "Subject: Caseload figures for the annual report",
            "Date: 12 January 2026",
            "List-Id: Court statistics <stats.lists.example>",
            "Hi all, the caseload table is below.",
        ];
        let mut blocks = blocks(&lines);
        let (meta, _) = extract_meta("f.txt", &mut blocks, &FrontMatter::default());
        assert_eq!(meta.title, "Caseload figures for the annual report");
        assert_eq!(meta.date.map(|d| d.iso()).as_deref(), Some("2026-01-12"));
        assert_eq!(blocks[0].text, "Hi all, the caseload table is below.");
    }

    #[test]
    fn a_dated_line_that_states_a_figure_is_no_dateline() {
        let lines = [
            "OFFICE MILESTONES",
            "2019-05-20  Office opens with 18 staff.",
            "2020-11-02  First 1,000 requests answered.",
            "2021-03-01  Second floor opens.",
            "Updated 3 October 2025.",
        ];
        let mut blocks = blocks(&lines);
        let (meta, _) = extract_meta("f.txt", &mut blocks, &FrontMatter::default());
        assert_eq!(meta.date.map(|d| d.iso()).as_deref(), Some("2025-10-03"));
        assert!(blocks
            .iter()
            .any(|b| b.text.contains("First 1,000 requests")));
        // A time of day is no figure.
        for line in [
            "Beijing | 10 a.m. April 25, 2021",
            "Geneva, 9am, 3 May 2024",
            "3 May 2024 14:30",
        ] {
            let date = date_of(&["A Headline", line, "Body text here."]);
            assert!(date.starts_with("202"), "{line}: {date}");
        }
    }

    #[test]
    fn a_month_on_a_line_of_its_own_under_the_title_dates_a_report() {
        let body = "The number of patents granted in the whole year was 78,213, up 4.6 percent over the previous year, and 2024 was a good year.";
        let lines = [
            "Statistical Bulletin of the Province in 2024",
            "Provincial Bureau of Statistics",
            "March 2025",
            body,
        ];
        assert_eq!(date_of(&lines), "2025-03 (month)");
    }

    #[test]
    fn a_signature_date_at_the_foot_wins_over_deadlines() {
        let body = "Applications must reach the office by June 30, 2025. The plan runs to 2027.";
        for (foot, want) in [
            (
                vec!["The Patent Office", "April 26, 2024"],
                "2024-04-26 (day)",
            ),
            (
                vec!["The Patent Office", "26 April 2024"],
                "2024-04-26 (day)",
            ),
            (vec!["The Patent Office", "2024-04-26"], "2024-04-26 (day)"),
            (vec!["The Patent Office April 26, 2024"], "2024-04-26 (day)"),
        ] {
            let mut lines = vec!["Notice on Fees", body];
            lines.extend(foot.iter().copied());
            assert_eq!(date_of(&lines), want, "{foot:?}");
        }
    }

    #[test]
    fn a_dated_line_of_the_head_wins_over_the_years_of_the_body() {
        // The body names later years more often than the page's own year.
        let body = "The working group expects 2,000 reviews in 2026 and 2,400 in 2027; the 2026 budget and the 2027 budget follow.";
        for (head, want) in [
            (
                vec!["Report of the Working Group on Examination Quality, adopted at its meeting of 14 May 2025"],
                "2025-05-14 (day)",
            ),
            (
                vec!["Prepared by the Statistics Unit for the Planning Committee | 2 June 2024"],
                "2024-06-02 (day)",
            ),
            (
                vec!["Written by Anna Li on 2 June 2024 · 4 min read", "Filed under: policy"],
                "2024-06-02 (day)",
            ),
            (
                vec!["Quarterly bulletin", "Vol. 3 — No. 7 — 1 July 2024"],
                "2024-07-01 (day)",
            ),
            (
                vec!["Convened on Tuesday 4 March 2025 in Room 2"],
                "2025-03-04 (day)",
            ),
        ] {
            let mut lines = vec!["Examination Quality"];
            lines.extend(head.iter().copied());
            lines.push(body);
            assert_eq!(date_of(&lines), want, "{head:?}");
        }
    }

    #[test]
    fn a_deadline_or_a_body_sentence_in_the_head_does_not_date_the_page() {
        let body = "Firms may apply for grants of up to 2 million yuan; in 2026 the scheme widens, and in 2026 it doubles.";
        // A deadline in the head says when something closes, not when the
        // page is from: the year comes from the body, as without the line.
        for head in [
            "Applications close on 30 June 2025 at noon",
            "Open from 1 May 2025 to the end of the year",
        ] {
            let date = date_of(&["Grant call", head, body]);
            assert!(date.starts_with("2026"), "{head}: {date}");
        }
        // A date three paragraphs into the body is not the head's.
        let long = "The scheme, first announced by the provincial office, has since been extended to cover trademarks, designs and software copyrights held by small firms across the province and in the two free-trade zones.";
        let date = date_of(&[
            "Grant call",
            long,
            long,
            "Signed on 3 March 2024 by the director",
            body,
        ]);
        assert!(date.starts_with("2026"), "{date}");
    }

    #[test]
    fn a_wire_dateline_after_a_byline_dates_the_page_and_leaves_the_lead() {
        let mut blocks = blocks(&[
            "Filings climb in the north",
            "By Chen Yu, science correspondent",
            "SILVERTON, 14 Jan 2025 (Staff) — Filings rose in 2024 and should rise again in 2026 and 2026.",
        ]);
        let (meta, _) = extract_meta("f.txt", &mut blocks, &FrontMatter::default());
        assert_eq!(meta.date.map(|d| d.iso()).as_deref(), Some("2025-01-14"));
        assert_eq!(
            blocks.last().map(|b| b.text.as_str()),
            Some("Filings rose in 2024 and should rise again in 2026 and 2026.")
        );
    }

    #[test]
    fn a_title_naming_one_year_dates_an_undated_page_before_its_deadlines() {
        assert_eq!(
            date_of(&[
                "Seed Protection 2023 Annual Report",
                "1. Overview",
                "By 2025, 25 farms should open.",
                "2. Targets",
                "By 2025, 30 more by 2025."
            ]),
            "2023 (year)"
        );
        assert_eq!(
            date_of(&[
                "The 2021 Seed Week Opens",
                "The week runs from April 20 to 26, 2021; 2021 is its tenth year and 2025 is next."
            ]),
            "2021-04-20 (day)"
        );
        assert_eq!(title_year("Outline for a Strong Seed Nation by 2035"), None);
        assert_eq!(title_year("Seed Plan (2025-2027)"), None);
        assert_eq!(title_year("Seeds in 2022 and 2023"), None);
    }

    #[test]
    fn a_title_that_gives_the_day_dates_the_page_to_the_day() {
        assert_eq!(
            date_of(&[
                "Seed Growers' Guild on Mastodon · posted 3 March 2026",
                "We certified 40 growers in 2025, up from 31 in March 2025."
            ]),
            "2026-03-03 (day)"
        );
    }
}
