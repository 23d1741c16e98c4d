//! LaTeX command words at work: what the scanner does on reading a
//! control word ([`super::latex_commands`] says which kind it is): write
//! a document macro's text, open the groups of its arguments, start a list
//! item, open or close an environment, copy verbatim text, or skip a
//! macro's definition.
//!
//! Invariant: a command whose arguments are missing reads none and writes
//! nothing, so a broken command never swallows the text after it.

use super::latex_commands::{command, environment, ArgSpec, Command, EnvKind, Special};
use super::latex_frames::{Arg, Held, Role, TableBuild};
use super::latex_scan::Scanner;

impl Scanner<'_> {
    pub(crate) fn word(&mut self, name: &str) {
        let macros = self.macros;
        if let Some(text) = macros.get(name) {
            self.emit(text);
            return;
        }
        match command(name) {
            Command::Text(text) => self.emit(text),
            Command::Money(sign) => self.money(sign),
            Command::Percent => self.percent(),
            Command::Space => self.space(),
            Command::Nothing => {}
            Command::Args(specs) => self.open_args(specs.iter().map(Arg::from).collect()),
            Command::Accent(mark) => self.accent(mark, true),
            Command::Special(special) => self.special(special),
            Command::Unknown => self.unknown(),
        }
    }

    pub(crate) fn special(&mut self, special: Special) {
        match special {
            Special::Heading(level) => self.held_arg(Held::Heading(level)),
            Special::RunIn => self.held_arg(Held::RunIn),
            Special::Front(kind) => self.held_arg(Held::Front(kind)),
            Special::Caption => self.held_arg(Held::Caption),
            Special::CaptionOf => self.open_args(vec![
                Arg::Group(Role::Drop),
                Arg::Opt,
                Arg::Group(Role::Hold(Held::Caption)),
            ]),
            Special::Footnote => {
                self.skip_opt();
                if self.next_group() {
                    self.emit(" (");
                    self.push_group(Role::Wrap(")"), Vec::new());
                }
            }
            Special::Quote => {
                if self.next_group() {
                    self.emit("“");
                    self.push_group(Role::Wrap("”"), Vec::new());
                }
            }
            Special::Number => self.held_arg(Held::Number),
            Special::Quantity => self.held_arg(Held::QuantityValue),
            Special::NumberRange => self.held_arg(Held::RangeLow { unit: false }),
            Special::QuantityRange => self.held_arg(Held::RangeLow { unit: true }),
            Special::NumberList => self.held_arg(Held::NumberList),
            Special::Item => self.item(),
            Special::Begin => self.begin(),
            Special::End => self.end(),
            Special::Verb => self.verb(),
            Special::Url => {
                if let Some(url) = self.raw_group() {
                    self.emit(url);
                }
            }
            Special::Href => {
                self.raw_group();
                self.open_args(vec![Arg::Group(Role::Keep)]);
            }
            Special::Multicolumn => self.held_arg(Held::SpanCount),
            Special::RowEnd => self.row_end(),
            Special::Rule { full, args } => {
                if let Some(table) = self.table().filter(|_| full) {
                    table.rule();
                }
                self.skip_bracketed(b'(', b')');
                self.open_args(vec![Arg::Group(Role::Drop); usize::from(args)]);
            }
            Special::Definition => self.definition(),
        }
    }

    /// `\foo{x}`, `\foo[opt]{x}{y}`: the arguments' text kept.
    pub(crate) fn unknown(&mut self) {
        let bytes = self.src.as_bytes();
        if bytes.get(self.at) == Some(&b'[') {
            let before = self.at;
            self.skip_opt();
            if bytes.get(self.at) != Some(&b'{') {
                self.at = before;
            }
        }
        if bytes.get(self.at) == Some(&b'{') {
            self.at += 1;
            self.push_group(Role::Keep, vec![Arg::MoreKept]);
        }
    }

    pub(crate) fn held_arg(&mut self, held: Held) {
        self.skip_opt();
        if self.next_group() {
            self.push_group(Role::Hold(held), Vec::new());
        }
    }

    /// Reads `args` in order, opening the first group found with the
    /// rest to follow it.
    pub(crate) fn open_args(&mut self, args: Vec<Arg>) {
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            match arg {
                Arg::Opt => self.skip_opt(),
                Arg::MoreKept => {
                    if self.src.as_bytes().get(self.at) == Some(&b'{') {
                        self.at += 1;
                        self.emit(" ");
                        self.push_group(Role::Keep, vec![Arg::MoreKept]);
                    }
                    return;
                }
                Arg::Group(role) => {
                    if self.next_group() {
                        self.push_group(role, args.collect());
                    }
                    return;
                }
            }
        }
    }

    /// `\item` or `\item[label]`: a `- ` list item.
    pub(crate) fn item(&mut self) {
        let description = self.env_kind() == Some(EnvKind::List { description: true });
        self.skip_spaces();
        if self.src.as_bytes().get(self.at) == Some(&b'[') {
            self.at += 1;
            let held = Held::ItemLabel { description };
            self.push(Some(b']'), "", Role::Hold(held), Vec::new());
        } else {
            self.emit("- ");
        }
    }

    pub(crate) fn begin(&mut self) {
        let Some(name) = self.env_name() else {
            return;
        };
        let (kind, specs) = environment(&name);
        match kind {
            EnvKind::Verbatim { keep } => {
                for spec in specs {
                    match spec {
                        ArgSpec::Opt => self.skip_opt(),
                        _ => {
                            self.raw_group();
                        }
                    }
                }
                self.verbatim(&name, keep);
                return;
            }
            EnvKind::Table if self.tables_open == 0 => {
                self.tables_open += 1;
                let mut build = TableBuild::default();
                build.table.first_line = self.line();
                self.push(None, &name, Role::Table(Box::new(build)), Vec::new());
            }
            // A table inside a table's cell is text of that cell.
            EnvKind::Table => self.push(None, &name, Role::Env(EnvKind::Markup), Vec::new()),
            _ => self.push(None, &name, Role::Env(kind), Vec::new()),
        }
        self.open_args(specs.iter().map(Arg::from).collect());
    }

    pub(crate) fn end(&mut self) {
        let Some(name) = self.env_name() else {
            return;
        };
        if self.open_envs.get(&name).copied().unwrap_or(0) == 0 {
            return;
        }
        while let Some(frame) = self.frames.last() {
            let found = frame.closer.is_none() && frame.name == name;
            self.close_top(false);
            if found {
                break;
            }
        }
    }

    /// A verbatim environment's text up to its `\end`, written as it is
    /// (`keep`) or not at all, its lines kept.
    pub(crate) fn verbatim(&mut self, name: &str, keep: bool) {
        let src = self.src;
        let rest = &src[self.at..];
        let end_tag = format!("\\end{{{name}}}");
        let (len, skip) = match rest.find(&end_tag) {
            Some(at) => (at, at + end_tag.len()),
            None => (rest.len(), rest.len()),
        };
        let first = self.line();
        for (idx, piece) in rest[..len].split('\n').enumerate() {
            if idx > 0 {
                self.push_line();
            }
            if keep {
                self.emit(piece.trim_end_matches('\r'));
            }
        }
        self.at += skip;
        let last = self.line();
        self.out.verbatim.push(first..last + 1);
    }

    /// `\verb|text|`: the text as written.
    pub(crate) fn verb(&mut self) {
        let src = self.src;
        let bytes = src.as_bytes();
        let Some(&delimiter) = bytes.get(self.at) else {
            return;
        };
        if !delimiter.is_ascii_punctuation() {
            return;
        }
        let start = self.at + 1;
        let rest = &bytes[start..];
        let end = rest.iter().position(|&b| b == delimiter || b == b'\n');
        if let Some(end) = end.filter(|&e| rest[e] == delimiter) {
            self.at = start + end + 1;
            self.emit(&src[start..start + end]);
        }
    }

    /// `\newcommand{\name}[n]{body}`, `\def\name#1{body}`: skipped (the
    /// body of one without parameters is the command's text, found before
    /// the scan).
    pub(crate) fn definition(&mut self) {
        let bytes = self.src.as_bytes();
        self.skip_opt();
        self.skip_spaces();
        match bytes.get(self.at) {
            Some(b'{') => {
                if self.raw_group().is_none() {
                    return;
                }
            }
            Some(b'\\') => {
                self.at += 1;
                let letters = (bytes[self.at..].iter()).take_while(|b| b.is_ascii_alphabetic());
                self.at += match letters.count() {
                    0 => self.src[self.at..].chars().next().map_or(0, char::len_utf8),
                    n => n,
                };
            }
            _ => return,
        }
        loop {
            let before = self.at;
            self.skip_opt();
            if self.at == before {
                break;
            }
        }
        while matches!(bytes.get(self.at), Some(b'#' | b'0'..=b'9')) {
            self.at += 1;
        }
        if self.next_group() {
            self.push_group(Role::Drop, Vec::new());
        }
    }
}
