//! Subtitles: a video's SRT or WebVTT file gives its speech as numbered
//! cues, each a timestamp line (`00:00:18,330 --> 00:00:21,870`) over one or
//! two short lines, with sentences running on from cue to cue:
//!
//! ```text
//! 6
//! 00:00:18,330 --> 00:00:21,870
//! In 2025 our officers detained 3,412 shipments
//!
//! 7
//! 00:00:22,120 --> 00:00:26,500
//! suspected of infringing trade marks.
//! ```
//!
//! The cues are read back into paragraphs of speech: a paragraph runs on
//! until a sentence ends and then the speaker pauses, another voice speaks,
//! or it holds [`MAX_SENTENCES`] sentences. Sound cues (`[upbeat music]`,
//! `♪`) are dropped, a caption cue (`[on screen: Average days to decision,
//! 2023-2025]`) stands as a line of its own, and markup (`<i>`, `<v Name>`,
//! `{\an8}`) is removed, a voice tag becoming a `Name:` turn.
//!
//! Invariant: the line count never changes (a paragraph is written on its
//! first cue's first text line, every other line of the file becomes blank),
//! and a body with fewer than [`MIN_CUES`] timestamp lines is returned as it is.

use std::borrow::Cow;

use super::text::{ends_terminal, lines_like, squash_spaces};

/// The fewest timestamp lines that make a body a subtitle file.
const MIN_CUES: usize = 3;
/// A silence this long (milliseconds) after a finished sentence ends a paragraph.
const PAUSE_MS: u64 = 1500;
/// Sentences a paragraph holds at most before the next finished one ends it.
const MAX_SENTENCES: usize = 3;
/// First words of a sentence that points back to the one before.
#[rustfmt::skip]
const POINTING_BACK: &[&str] = &["That", "That's", "That’s", "This", "This's", "It", "It's", "It’s", "Those", "These", "They", "They're", "Which", "And", "But", "So"];
/// Most words of a caption's label (`on screen:`, `graphic:`).
const CAPTION_LABEL_WORDS: usize = 3;

/// The body with subtitle cues read as paragraphs, or as it is when it is
/// not a subtitle file.
pub fn subtitles_as_prose(body: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = body.lines().collect();
    let times: Vec<Option<(u64, u64)>> = lines.iter().map(|l| cue_times(l)).collect();
    if times.iter().flatten().count() < MIN_CUES {
        return Cow::Borrowed(body);
    }
    let mut out = vec![String::new(); lines.len()];
    let mut speech = Speech::default();
    for cue in cues(&lines, &times) {
        match read_cue(&cue.text) {
            CueText::Sound => speech.flush(&mut out),
            CueText::Caption(caption) => {
                speech.flush(&mut out);
                out[cue.line] = caption;
            }
            CueText::Said { voice, text } => speech.add(cue, voice, text, &mut out),
        }
    }
    speech.flush(&mut out);
    Cow::Owned(lines_like(&out, body))
}

/// One cue: the line its text starts on, its text lines joined, and its times.
struct Cue {
    line: usize,
    text: String,
    start: u64,
    end: u64,
}

/// The cues of a subtitle file: each timestamp line with the text lines
/// under it, up to a blank line or the next timestamp line.
fn cues(lines: &[&str], times: &[Option<(u64, u64)>]) -> Vec<Cue> {
    let mut cues = Vec::new();
    for (idx, time) in times.iter().enumerate() {
        let Some((start, end)) = *time else { continue };
        let first = idx + 1;
        let last = (first..lines.len())
            .find(|&i| lines[i].trim().is_empty() || times[i].is_some())
            .unwrap_or(lines.len());
        if first < last {
            let text = lines[first..last].join(" ");
            cues.push(Cue {
                line: first,
                text,
                start,
                end,
            });
        }
    }
    cues
}

/// What a cue's text is.
#[derive(Debug, PartialEq)]
enum CueText {
    /// Music, a sound, silence: no words of the video.
    Sound,
    /// Text shown on screen, given in brackets with a short label.
    Caption(String),
    /// Words spoken, by the voice its tag names if it has one.
    Said { voice: Option<String>, text: String },
}

fn read_cue(raw: &str) -> CueText {
    let voice = voice_tag(raw);
    let text = squash_spaces(&strip_markup(raw));
    let text = text.trim_start_matches("- ").trim();
    let bracketed = text
        .strip_prefix('[')
        .and_then(|t| t.strip_suffix(']'))
        .or_else(|| text.strip_prefix('(').and_then(|t| t.strip_suffix(')')))
        .filter(|inner| !inner.contains([']', ')']));
    if let Some(inner) = bracketed {
        return match inner.split_once(':') {
            Some((label, caption))
                if label.split_whitespace().count() <= CAPTION_LABEL_WORDS
                    && !caption.trim().is_empty() =>
            {
                CueText::Caption(caption_line(label, caption))
            }
            _ => CueText::Sound,
        };
    }
    let said = squash_spaces(&without_bracketed(text));
    if said.chars().all(|c| !c.is_alphanumeric()) {
        return CueText::Sound;
    }
    CueText::Said { voice, text: said }
}

/// A caption as a line of text of its own (`On screen: Average days to
/// decision, 2023-2025.`): labelled and ended like a sentence, so it reads
/// as what the video showed, not as a heading over the speech after it.
fn caption_line(label: &str, caption: &str) -> String {
    let label = label.trim().to_lowercase();
    let mut chars = label.chars();
    let label: String = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    let caption = caption.trim();
    let stop = if ends_terminal(caption) { "" } else { "." };
    format!("{label}: {caption}{stop}")
}

/// The speaker a WebVTT voice tag names (`<v Samira Oduya>`).
fn voice_tag(raw: &str) -> Option<String> {
    let at = raw.find("<v ").or_else(|| raw.find("<v."))?;
    let tag = &raw[at + 2..];
    let tag = &tag[..tag.find('>')?];
    // `<v.loud Samira>`: classes before the name.
    let name = tag.split_once(' ').map_or("", |(_, name)| name).trim();
    (!name.is_empty()).then(|| name.to_string())
}

/// The cue's text without tags (`<i>`, `</v>`, `<00:00:19.000>`) or
/// positioning codes (`{\an8}`).
fn strip_markup(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut closer = None;
    for c in raw.chars() {
        match closer {
            Some(end) if c == end => closer = None,
            Some(_) => {}
            None if c == '<' => closer = Some('>'),
            None if c == '{' => closer = Some('}'),
            None if c == '♪' => {}
            None => out.push(c),
        }
    }
    out
}

/// The text without bracketed sound notes inside it (`[laughs] So how…`).
fn without_bracketed(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '[' => depth += 1,
            ']' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The paragraph of speech being gathered.
#[derive(Default)]
struct Speech {
    /// Where it is written: its first cue's first text line.
    line: usize,
    text: String,
    voice: Option<String>,
    /// When its last cue ended.
    end: u64,
}

impl Speech {
    fn add(&mut self, cue: Cue, voice: Option<String>, text: String, out: &mut [String]) {
        let new_voice = voice.is_some() && voice != self.voice;
        if !self.text.is_empty() {
            let paused = cue.start.saturating_sub(self.end) >= PAUSE_MS;
            // `That's 444 more than in 2024`: a sentence that points back
            // stays with the one it points to.
            let points_back = text
                .split_whitespace()
                .next()
                .is_some_and(|w| POINTING_BACK.contains(&w.trim_end_matches(',')));
            let full = sentence_count(&self.text) >= MAX_SENTENCES && !points_back;
            if new_voice || ends_terminal(&self.text) && (paused || full) {
                self.flush(out);
            }
        }
        if self.text.is_empty() {
            self.line = cue.line;
            if let Some(name) = voice.as_deref().filter(|_| new_voice) {
                self.text = format!("{name}: ");
            }
        } else {
            self.text.push(' ');
        }
        self.text.push_str(&text);
        if voice.is_some() {
            self.voice = voice;
        }
        self.end = cue.end;
    }

    fn flush(&mut self, out: &mut [String]) {
        if !self.text.is_empty() {
            out[self.line] = std::mem::take(&mut self.text);
        }
    }
}

/// Sentences ended in the text: a `.`, `!` or `?` before a space or the end.
fn sentence_count(text: &str) -> usize {
    let bytes = text.as_bytes();
    (0..bytes.len())
        .filter(|&i| {
            matches!(bytes[i], b'.' | b'!' | b'?')
                && bytes.get(i + 1).is_none_or(|b| *b == b' ')
                && i > 0
                && !bytes[i - 1].is_ascii_digit()
        })
        .count()
}

/// The start and end (milliseconds) of a cue's timestamp line:
/// `00:00:18,330 --> 00:00:21,870` (SRT), `00:18.330 --> 00:21.870
/// align:start` (WebVTT, hours optional, settings after).
fn cue_times(line: &str) -> Option<(u64, u64)> {
    let (start, rest) = line.trim().split_once("-->")?;
    let end = rest.split_whitespace().next()?;
    Some((timestamp(start.trim())?, timestamp(end)?))
}

/// `hh:mm:ss,mmm` or `mm:ss.mmm` in milliseconds.
fn timestamp(text: &str) -> Option<u64> {
    let (clock, millis) = text.split_once([',', '.'])?;
    if millis.len() != 3 || !millis.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let parts: Vec<&str> = clock.split(':').collect();
    if !(2..=3).contains(&parts.len())
        || parts
            .iter()
            .any(|p| p.is_empty() || p.len() > 2 || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let seconds = parts
        .iter()
        .fold(0u64, |acc, p| acc * 60 + p.parse::<u64>().unwrap_or(0));
    Some(seconds * 1000 + millis.parse::<u64>().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRT: &str = "1\n00:00:01,000 --> 00:00:03,000\n(gentle piano)\n\n2\n00:00:03,200 --> 00:00:06,000\nGood evening. Our tribunal heard\n\n3\n00:00:06,100 --> 00:00:08,000\n214 appeals in the year to June,\nup from 180.\n\n4\n00:00:08,200 --> 00:00:10,000\n[GRAPHIC: Appeals heard, 2022-2025]\n\n5\n00:00:12,000 --> 00:00:14,000\nWe aim to clear them in 90 days.\n";

    #[test]
    fn cues_are_read_back_into_sentences_on_their_first_line() {
        let text = subtitles_as_prose(SRT);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), SRT.lines().count());
        assert_eq!(
            lines[6],
            "Good evening. Our tribunal heard 214 appeals in the year to June, up from 180."
        );
        assert_eq!(lines[15], "Graphic: Appeals heard, 2022-2025.");
        assert_eq!(lines[19], "We aim to clear them in 90 days.");
        let kept: Vec<&&str> = lines.iter().filter(|l| !l.is_empty()).collect();
        assert_eq!(
            kept.len(),
            3,
            "numbers, times and the music went: {lines:?}"
        );
    }

    #[test]
    fn webvtt_voices_become_turns_and_a_pause_ends_a_paragraph() {
        let vtt = "WEBVTT\n\nNOTE recorded live\n\n00:01.000 --> 00:04.000 align:start\n<v Ana Ruiz>We granted <i>1,200</i> licences.\n\n00:04.500 --> 00:06.000\n<v Ana Ruiz>That is a record.\n\n00:06.200 --> 00:08.000\n<v.loud Tom Bell>And the backlog?\n\n00:20.000 --> 00:22.000\n<v Tom Bell>It fell to 300 cases.\n";
        let text = subtitles_as_prose(vtt);
        let kept: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(
            kept,
            [
                "Ana Ruiz: We granted 1,200 licences. That is a record.",
                "Tom Bell: And the backlog?",
                "It fell to 300 cases.",
            ]
        );
    }

    #[test]
    fn a_long_run_of_speech_breaks_after_a_few_sentences() {
        let mut srt = String::new();
        for n in 0..7u64 {
            srt.push_str(&format!(
                "{}\n00:00:{:02},000 --> 00:00:{:02},900\nSentence {n} ends here.\n\n",
                n + 1,
                n * 2,
                n * 2 + 1
            ));
        }
        let text = subtitles_as_prose(&srt);
        let kept: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(kept.len(), 3, "{kept:?}");
        assert!(kept[0].starts_with("Sentence 0 ends here. Sentence 1"));
    }

    #[test]
    fn a_sentence_that_points_back_stays_with_the_one_before() {
        let mut srt = String::new();
        let lines = [
            "One is here.",
            "Two is here.",
            "We filed 90 claims.",
            "That's 12 more than before.",
        ];
        for (n, line) in lines.iter().enumerate() {
            srt.push_str(&format!(
                "{}\n00:00:0{n},000 --> 00:00:0{n},900\n{line}\n\n",
                n + 1
            ));
        }
        let text = subtitles_as_prose(&srt);
        let kept: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(kept.len(), 1, "{kept:?}");
    }

    #[test]
    fn text_with_an_arrow_or_two_is_not_a_subtitle_file() {
        let body = "Filing --> grant took 14 months.\nSee 10:00 --> 11:00 in the agenda.\n";
        assert_eq!(subtitles_as_prose(body), body);
    }

    #[test]
    fn timestamps_are_read_in_both_notations() {
        assert_eq!(
            cue_times("00:00:18,330 --> 00:00:21,870"),
            Some((18_330, 21_870))
        );
        assert_eq!(
            cue_times("01:02.500 --> 01:04.000 line:0"),
            Some((62_500, 64_000))
        );
        assert_eq!(cue_times("18:33 --> 21:87"), None);
    }
}
