//! Log machinery: most messages of a program's log say what the program
//! did (`connected to db at 10.0.0.7:5432`, `wrote report.csv (42 rows)`,
//! `finished in 14.0 s, exit code 0`, `run_id=20251101 mode=DAILY`), and
//! their numbers (pids, ports, row counts, run times, retries) count no
//! thing a reader asks about. [`is_machinery`] tells such a message from
//! one that states a figure (`Applications received in October: 5,214`).
//!
//! Invariant: a message that states a figure under a label (`Label: 12`)
//! is never machinery, whatever else it holds; a message is machinery only
//! by a mark of the program's own work (a verb of its run, a path, an
//! address, a `key=value` setting, a run time, a pid, an exit code).

use super::text::squash_spaces;

/// First words of a message that tell what the program itself did.
#[rustfmt::skip]
const RUN_VERBS: &[&str] = &["starting", "started", "start", "stopping", "stopped", "shutting", "shutdown", "connected", "connecting", "disconnected", "reconnecting", "listening", "loaded", "loading", "using", "wrote", "writing", "written", "read", "reading", "sent", "sending", "mailed", "finished", "done", "completed", "exiting", "exited", "retry", "retrying", "opened", "opening", "closed", "closing", "launching", "initialising", "initializing", "initialised", "initialized", "uploaded", "uploading", "downloaded", "downloading", "fetched", "fetching", "committed", "flushed", "heartbeat"];
/// Words anywhere in a message that belong to a program's run.
#[rustfmt::skip]
const RUN_WORDS: &[&str] = &["pid", "exit code", "exit status", "retry", "retrying", "finished in", "elapsed", "connection refused", "refused connection", "timed out", "stack trace", "traceback"];
/// Extensions of the files a program reads and writes.
#[rustfmt::skip]
const FILE_EXTENSIONS: &[&str] = &[".json", ".csv", ".yaml", ".yml", ".xml", ".log", ".txt", ".gz", ".zip", ".sql", ".conf", ".ini", ".py", ".jar", ".parquet", ".xlsx", ".tsv", ".pdf", ".html"];
/// Units of a run time after `in` (`in 10.6 s`, `in 320ms`).
const TIME_UNITS: &[&str] = &[
    "s", "ms", "sec", "secs", "seconds", "min", "mins", "µs", "us",
];

/// True when `message` reports the program's own work and states no figure
/// under a label.
pub fn is_machinery(message: &str) -> bool {
    let text = message.trim();
    if states_figure(text) {
        return false;
    }
    let lower = text.to_lowercase();
    let first = lower
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let padded = format!(" {} ", squash_spaces(&lower));
    RUN_VERBS.contains(&first)
        || RUN_WORDS.iter().any(|w| {
            padded.contains(&format!(" {w} "))
                || padded.contains(&format!(" {w},"))
                || padded.contains(&format!("({w} "))
        })
        || text.split_whitespace().any(is_machine_token)
        || run_time(&lower)
}

/// `Applications received in October: 5,214`, `KPI sheet: 9 indicators`:
/// a label of words, a colon and a space, then a figure (a host's
/// `mail2:25` or a clock's `02:00` is none).
pub fn states_figure(message: &str) -> bool {
    message.match_indices(": ").any(|(at, _)| {
        let label = &message[..at];
        let after = message[at + 2..].trim_start_matches(['+', '-', '−', '~', '≈']);
        let figure = after
            .chars()
            .find(|c| !c.is_ascii_punctuation() || c.is_ascii_digit())
            .is_some_and(|c| c.is_ascii_digit())
            && after.chars().take(4).any(|c| c.is_ascii_digit());
        let worded = label
            .split_whitespace()
            .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !w.contains('='));
        figure && worded
    })
}

/// A token only a program writes: `key=value`, a path, a file name, an
/// address (IP, e-mail, URL, `host:port`).
fn is_machine_token(token: &str) -> bool {
    let token = token.trim_matches(|c: char| "()[]{},;\"'".contains(c));
    let lower = token.to_lowercase();
    let key_value = token.split_once('=').is_some_and(|(k, v)| {
        !k.is_empty()
            && !v.is_empty()
            && k.chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
    });
    let path = token.starts_with('/') && token.len() > 1
        || token.contains("://")
        || token.starts_with("./");
    let file = FILE_EXTENSIONS
        .iter()
        .any(|e| lower.ends_with(e) && lower.len() > e.len());
    let email = token
        .split_once('@')
        .is_some_and(|(a, b)| !a.is_empty() && b.contains('.'));
    key_value || path || file || email || is_address(token)
}

/// `10.40.2.17`, `10.40.2.17:5432`, `db01:5432`.
fn is_address(token: &str) -> bool {
    let (host, port) = token.rsplit_once(':').unwrap_or((token, ""));
    let port_ok = port.is_empty() || port.chars().all(|c| c.is_ascii_digit());
    let parts: Vec<&str> = host.split('.').collect();
    let ip = parts.len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 3 && p.chars().all(|c| c.is_ascii_digit()));
    let host_port = !port.is_empty()
        && port_ok
        && host.chars().any(|c| c.is_alphabetic())
        && !host.contains(char::is_whitespace);
    port_ok
        && (ip
            || host_port
                && host
                    .chars()
                    .all(|c| c.is_alphanumeric() || ".-_".contains(c)))
}

/// `in 10.6 s`, `took 320ms`: how long a step of the run took.
fn run_time(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.windows(2).enumerate().any(|(i, pair)| {
        let [word, amount] = pair else { return false };
        if !["in", "took", "after"].contains(word) {
            return false;
        }
        let amount = amount.trim_end_matches([',', '.', ')', ';']);
        let digits = amount.trim_end_matches(|c: char| c.is_alphabetic() || c == 'µ');
        let unit = &amount[digits.len()..];
        let number = !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit() || c == '.');
        let unit = if unit.is_empty() {
            words
                .get(i + 2)
                .map(|w| w.trim_end_matches([',', '.', ')', ';']))
                .unwrap_or("")
        } else {
            unit
        };
        number && TIME_UNITS.contains(&unit)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_programs_own_work_is_machinery() {
        for message in [
            "Worker 3 connected to postgres at 192.168.0.4:5432",
            "loaded settings from ./conf/stats.toml",
            "Saved designs_weekly.xlsx (310 rows)",
            "batch finished in 4.2s, exit code 0",
            "step=extract rows=1200 status=ok",
            "report sent to analysts@office.example.org",
            "starting designs-digest v2.3 (pid 4410)",
            "upstream refused connection; retry 2/5 in 30 s",
            "Pulled 88,120 rows in 320ms",
        ] {
            assert!(is_machinery(message), "{message}");
        }
    }

    #[test]
    fn a_labelled_figure_or_plain_text_is_no_machinery() {
        for message in [
            "Design applications lodged in week 9: 310 (week 8: 288, +7.6%)",
            "Median days to first action, March 2024: 64 (target: 50 days) status=RED",
            "Grants issued: 1,204 written to grants.csv",
            "17 records with no owner skipped",
            "register figures unchanged since 31 March",
            "Utility models in force in 2024 rose to 9,300",
            "",
            "ü",
            ":",
            "a: ",
        ] {
            assert!(!is_machinery(message), "{message}");
        }
    }

    #[test]
    fn a_label_needs_words_and_the_value_a_figure() {
        assert!(states_figure("Renewals in May: 2,118"));
        assert!(states_figure("Change on last year: +4.5%"));
        assert!(!states_figure("relay mail2.example.org:25 down"));
        assert!(!states_figure("status: GREEN"));
        assert!(!states_figure("id: 7"));
    }
}
