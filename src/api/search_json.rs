//! `ipExplorer.search()`'s record written as one JSON string, which the
//! binding hands to `JSON.parse`. Converting the record field by field
//! (serde-wasm-bindgen) makes one JS call and one string decode per snippet
//! run, id and facet value, which cost more than the search itself; one string
//! and one `JSON.parse` build the same plain object in a fraction of that.
//!
//! Invariant: the text parses to exactly the value `serde_json` gives for the
//! same record (same fields, same order, same numbers), so the API's shape is
//! the serde one of [`SearchRecord`]; the tests check it against `serde_json`.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::answers::AnswerRecord;
use super::records::{HitRecord, SearchRecord};
use crate::decimal::plain;
use crate::json_text::push_string as string;

/// `record` as JSON text.
pub fn search_json(record: &SearchRecord) -> String {
    let mut out = String::with_capacity(4096);
    out.push_str("{\"query\":");
    string(&mut out, &record.query);
    let _ = write!(
        out,
        ",\"total\":{},\"documents\":{},\"hits\":",
        record.total, record.documents
    );
    hits(&mut out, &record.hits);
    out.push_str(",\"facets\":");
    facets(&mut out, &record.facets);
    out.push_str(",\"suggestion\":");
    optional(&mut out, record.suggestion.as_deref());
    out.push_str(",\"answers\":");
    answers(&mut out, &record.answers);
    if !record.fewer_words.is_empty() {
        out.push_str(",\"fewerWords\":[");
        for (i, fewer) in record.fewer_words.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str("{\"query\":");
            string(&mut out, &fewer.query);
            out.push_str(",\"without\":");
            string(&mut out, &fewer.without);
            let _ = write!(out, ",\"total\":{}}}", fewer.total);
        }
        out.push(']');
    }
    if record.partial {
        out.push_str(",\"partial\":true");
    }
    out.push_str(",\"truncated\":");
    out.push_str(if record.truncated { "true" } else { "false" });
    // Only a chunked corpus waiting for parts says so (see `SearchRecord`).
    if record.pending {
        out.push_str(",\"pending\":true");
    }
    out.push('}');
    out
}

fn hits(out: &mut String, list: &[HitRecord]) {
    out.push('[');
    for (i, hit) in list.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"doc\":");
        string(out, &hit.doc);
        out.push_str(",\"passage\":");
        string(out, &hit.passage);
        out.push_str(",\"section\":");
        optional(out, hit.section.as_deref());
        out.push_str(",\"speaker\":");
        optional(out, hit.speaker.as_deref());
        out.push_str(",\"score\":");
        score(out, hit.score);
        out.push_str(",\"text\":");
        string(out, &hit.text);
        out.push_str(",\"snippet\":[");
        for (j, segment) in hit.snippet.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            out.push_str("{\"text\":");
            string(out, &segment.text);
            out.push_str(if segment.mark {
                ",\"mark\":true}"
            } else {
                ",\"mark\":false}"
            });
        }
        out.push_str("],\"why\":[");
        for (j, why) in hit.why.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            string(out, why);
        }
        out.push_str("],\"more\":");
        hits(out, &hit.more);
        let _ = write!(out, ",\"moreTotal\":{}", hit.more_total);
        if !hit.missing.is_empty() {
            out.push_str(",\"missing\":[");
            for (j, word) in hit.missing.iter().enumerate() {
                if j > 0 {
                    out.push(',');
                }
                string(out, word);
            }
            out.push(']');
        }
        out.push('}');
    }
    out.push(']');
}

fn answers(out: &mut String, list: &[AnswerRecord]) {
    out.push('[');
    for (i, answer) in list.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"value\":");
        number(out, answer.value);
        out.push_str(",\"unit\":");
        string(out, &answer.unit);
        out.push_str(",\"measure\":");
        string(out, &answer.measure);
        out.push_str(",\"text\":");
        string(out, &answer.text);
        out.push_str(",\"date\":");
        optional(out, answer.date.as_deref());
        out.push_str(",\"kind\":");
        string(out, answer.kind);
        out.push_str(",\"sources\":[");
        for (j, source) in answer.sources.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            out.push_str("{\"doc\":");
            string(out, &source.doc);
            out.push_str(",\"passage\":");
            string(out, &source.passage);
            out.push_str(",\"sentence\":");
            string(out, &source.sentence);
            out.push('}');
        }
        out.push_str("],\"series\":[");
        for (j, other) in answer.series.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            out.push_str("{\"value\":");
            number(out, other.value);
            out.push_str(",\"unit\":");
            string(out, &other.unit);
            out.push_str(",\"date\":");
            optional(out, other.date.as_deref());
            out.push_str(",\"kind\":");
            string(out, other.kind);
            out.push_str(",\"text\":");
            string(out, &other.text);
            out.push('}');
        }
        out.push(']');
        if let Some(converted) = &answer.converted {
            out.push_str(",\"converted\":{\"value\":");
            number(out, converted.value);
            out.push_str(",\"unit\":");
            string(out, &converted.unit);
            out.push_str(",\"text\":");
            string(out, &converted.text);
            out.push('}');
        }
        if let Some(outside) = &answer.outside {
            out.push_str(",\"outside\":");
            string(out, outside);
        }
        out.push('}');
    }
    out.push(']');
}

/// A figure's value: plain decimal digits that read back as the value
/// ([`plain`], no float formatting in the bundle); not finite: `null`, as
/// serde_json writes it.
fn number(out: &mut String, value: f64) {
    if value.is_finite() {
        out.push_str(&plain(value));
    } else {
        out.push_str("null");
    }
}

fn facets(out: &mut String, facets: &BTreeMap<String, BTreeMap<String, usize>>) {
    out.push('{');
    for (i, (name, values)) in facets.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        string(out, name);
        out.push_str(":{");
        for (j, (value, count)) in values.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            string(out, value);
            let _ = write!(out, ":{count}");
        }
        out.push('}');
    }
    out.push('}');
}

fn optional(out: &mut String, text: Option<&str>) {
    match text {
        Some(text) => string(out, text),
        None => out.push_str("null"),
    }
}

/// The score's exact decimal value, so `JSON.parse` gives the very `f32`
/// (as a JS number) that a field-by-field conversion gives. Written with
/// integer arithmetic, which keeps float formatting out of the bundle; an
/// `f32` is `mantissa · 2^-shift` with a 24-bit mantissa, so its decimal
/// expansion ends.
/// Not finite: `null`, as serde_json writes it.
fn score(out: &mut String, value: f32) {
    if !value.is_finite() {
        out.push_str("null");
        return;
    }
    if value.is_sign_negative() && value != 0.0 {
        out.push('-');
    }
    let bits = value.abs().to_bits();
    let (exponent, fraction) = ((bits >> 23) as i32, u128::from(bits & 0x7f_ffff));
    // value = mantissa · 2^-shift
    let (mantissa, shift) = match exponent {
        0 => (fraction, 149),
        _ => (fraction | 0x80_0000, 150 - exponent),
    };
    if shift <= 0 {
        let _ = write!(out, "{}", mantissa << -shift);
        return;
    }
    let mut shift = shift as u32;
    let whole = mantissa.checked_shr(shift).unwrap_or(0);
    let _ = write!(out, "{whole}");
    let mut rest = mantissa - whole.checked_shl(shift).unwrap_or(0);
    if rest == 0 {
        return;
    }
    out.push('.');
    // rest · 2^-shift < 1; each step takes one decimal digit as
    // rest · 10 · 2^-shift = rest · 5 · 2^-(shift - 1). A dyadic fraction ends
    // within `shift` digits, and rest · 5 stays far below 2^128 for any f32.
    while rest != 0 {
        rest *= 5;
        shift -= 1;
        let digit = rest.checked_shr(shift).unwrap_or(0);
        out.push(char::from(b'0' + digit as u8));
        if digit > 0 {
            rest -= digit << shift;
        }
    }
}

// The tests compare with serde_json, a native-only dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::api::answers::ConvertedRecord;
    use crate::api::records::{search, FewerWordsRecord, SearchOptions, SegmentRecord};
    use crate::engine::Engine;
    use crate::fixture;

    /// Parses our text and compares it with serde_json's value of the record
    /// (numbers compared as JS sees them: `1` and `1.0` are the same number).
    /// Numbers are compared at `f32` precision: serde_json's parser does not
    /// round every long literal correctly (JS's does), and the exact value of
    /// each score is checked on its own by `scores_keep_their_exact_value`.
    fn check(record: &SearchRecord) {
        let ours: serde_json::Value = serde_json::from_str(&search_json(record))
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", search_json(record)));
        let theirs = serde_json::to_value(record).expect("serialisable");
        assert_eq!(as_js(ours), as_js(theirs));
    }

    fn as_js(value: serde_json::Value) -> serde_json::Value {
        use serde_json::Value;
        match value {
            Value::Number(n) => n
                .as_f64()
                .map_or(Value::Null, |f| Value::String((f as f32).to_string())),
            Value::Array(items) => Value::Array(items.into_iter().map(as_js).collect()),
            Value::Object(map) => {
                Value::Object(map.into_iter().map(|(k, v)| (k, as_js(v))).collect())
            }
            other => other,
        }
    }

    #[test]
    fn fixture_searches_match_serde() {
        let engine = Engine::new(fixture::corpus());
        for query in ["courts", "patent office", "", "zzzqq", "\"utility model\""] {
            check(&search(&engine, query, &SearchOptions::default()));
        }
    }

    #[test]
    fn shorter_queries_offered_when_nothing_matched_match_serde() {
        let engine = Engine::new(fixture::corpus());
        let record = search(&engine, "courts qqqzzzxxx ", &SearchOptions::default());
        assert_eq!(record.total, 0);
        assert_eq!(record.fewer_words.len(), 1, "{record:?}");
        check(&record);
        assert!(search_json(&record).contains(",\"fewerWords\":[{\"query\":"));
        let matched = search(&engine, "courts", &SearchOptions::default());
        assert!(!search_json(&matched).contains("fewerWords"));
    }

    #[test]
    fn a_partial_record_names_the_missing_words_like_serde() {
        let engine = Engine::new(fixture::corpus());
        let record = search(
            &engine,
            "how many cases did courts handle in qqqzzz?",
            &SearchOptions::default(),
        );
        assert!(record.partial && record.total > 0, "{record:?}");
        assert_eq!(record.hits[0].missing, ["qqqzzz"]);
        check(&record);
        let json = search_json(&record);
        assert!(json.contains(",\"missing\":[\"qqqzzz\"]"), "{json}");
        assert!(json.contains(",\"partial\":true"), "{json}");
        let strict = search_json(&search(&engine, "courts", &SearchOptions::default()));
        assert!(!strict.contains("missing") && !strict.contains("partial"));
        assert!(strict.contains(",\"moreTotal\":"));
    }

    #[test]
    fn a_pending_record_says_so_like_serde() {
        let engine = Engine::new(fixture::corpus());
        let mut record = search(&engine, "courts", &SearchOptions::default());
        assert!(!search_json(&record).contains("pending"));
        record.pending = true;
        record.pending_chunks = vec![3];
        check(&record);
        assert!(search_json(&record).ends_with(",\"pending\":true}"));
    }

    #[test]
    fn hostile_strings_are_escaped() {
        let engine = Engine::new(fixture::corpus());
        let mut record = search(&engine, "courts", &SearchOptions::default());
        let hostile = "quote \" back \\ nl \n cr \r tab \t nul \0 bell \u{7} del \u{7f} \u{2028} é 中 </script>";
        record.query = hostile.to_string();
        record.suggestion = Some(hostile.to_string());
        record.fewer_words.push(FewerWordsRecord {
            query: hostile.to_string(),
            without: hostile.to_string(),
            total: 2,
        });
        record.hits[0].snippet.push(SegmentRecord {
            text: hostile.to_string(),
            mark: true,
        });
        record.hits[0].section = Some(String::new());
        record
            .facets
            .entry(hostile.to_string())
            .or_default()
            .insert(hostile.to_string(), 7);
        check(&record);
    }

    #[test]
    fn answers_match_serde_even_with_hostile_strings_and_odd_values() {
        let engine = Engine::new(fixture::corpus_with_series());
        let question = "How much pledge financing is there?";
        let mut record = search(&engine, question, &SearchOptions::default());
        assert!(!record.answers.is_empty(), "{record:?}");
        assert!(!record.answers[0].series.is_empty(), "{record:?}");
        check(&record);
        let hostile =
            "quote \" back \\ nl \n cr \r tab \t nul \0 bell \u{7} \u{2028} é 中 </script>";
        let answer = &mut record.answers[0];
        answer.measure = hostile.to_string();
        answer.unit = hostile.to_string();
        answer.text = hostile.to_string();
        answer.date = Some(hostile.to_string());
        answer.sources[0].sentence = hostile.to_string();
        answer.sources[0].doc = hostile.to_string();
        answer.series[0].text = hostile.to_string();
        answer.series[0].date = None;
        answer.converted = Some(ConvertedRecord {
            value: 13.07e9,
            unit: hostile.to_string(),
            text: hostile.to_string(),
        });
        answer.outside = Some(hostile.to_string());
        check(&record);
        assert!(search_json(&record).contains(",\"converted\":{\"value\":13070000000,"));
        for value in [
            0.1,
            43.9,
            -0.42,
            0.0,
            84.85e9,
            1e21,
            f64::NAN,
            f64::INFINITY,
        ] {
            record.answers[0].value = value;
            record.answers[0].series[0].value = value;
            check(&record);
        }
    }

    #[test]
    fn a_query_nothing_answers_has_an_empty_answers_list() {
        let engine = Engine::new(fixture::corpus_with_series());
        let record = search(&engine, "welcome", &SearchOptions::default());
        assert!(record.answers.is_empty());
        assert!(search_json(&record).contains(",\"answers\":[],"));
        check(&record);
    }

    #[test]
    fn scores_keep_their_exact_value() {
        let engine = Engine::new(fixture::corpus());
        let mut record = search(&engine, "courts", &SearchOptions::default());
        let values = [
            0.0,
            -0.0,
            1.0,
            0.1,
            1.234_567_8,
            -7.5,
            3.0e-5,
            123_456.79,
            f32::MAX,
            f32::MIN_POSITIVE,
            f32::from_bits(1),
            f32::from_bits(0x7f_ffff),
            16_777_216.0,
        ];
        for value in values {
            record.hits[0].score = value;
            let text = search_json(&record);
            serde_json::from_str::<serde_json::Value>(&text).expect("JSON");
            let after = &text[text.find("\"score\":").expect("a score") + 8..];
            let literal = &after[..after.find(',').expect("more fields")];
            // Rust's own parser rounds correctly, whatever the literal's length.
            let got: f64 = literal.parse().expect("a number");
            assert_eq!(got, f64::from(value), "{value} written as {literal}");
        }
    }

    #[test]
    fn scores_that_are_not_finite_are_null() {
        let engine = Engine::new(fixture::corpus());
        let mut record = search(&engine, "courts", &SearchOptions::default());
        record.hits[0].score = f32::NAN;
        let parsed: serde_json::Value = serde_json::from_str(&search_json(&record)).expect("JSON");
        assert!(parsed["hits"][0]["score"].is_null());
    }
}
