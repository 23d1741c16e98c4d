//! The LaTeX scanner's frames: the groups (`{…}`, an optional `[…]`) and
//! environments open at a point of the source, innermost last, and what
//! each does with the text inside it: passes it on, drops it, holds it to
//! be read when it closes (a heading, a `\num`, see [`super::latex_held`]),
//! or, for a table, collects it into cells. Each frame knows where its
//! text goes (its [`Sink`]) and its innermost environment from the moment
//! it opens, so neither is searched for.
//!
//! Invariant: a frame is pushed once and popped once, and at most
//! [`MAX_HELD_DEPTH`] frames hold text at once, so the work over a source
//! is linear however its groups nest.

use super::latex_commands::{ArgSpec, EnvKind, FrontKind};
use super::latex_scan::{Cell, Scanner, Table};
use super::text::squash_spaces;

/// Most groups whose text is held at once: each hands its text on to the
/// one around it when it closes, so a deeper one reads as a plain group,
/// keeping the copying linear.
pub(crate) const MAX_HELD_DEPTH: usize = 8;

/// What is done with text held inside a group until it closes.
#[derive(Debug, Clone)]
pub(crate) enum Held {
    Heading(u8),
    RunIn,
    Front(FrontKind),
    Caption,
    Number,
    QuantityValue,
    QuantityUnit(String),
    RangeLow { unit: bool },
    RangeHigh { low: String, unit: bool },
    RangeUnit { low: String, high: String },
    NumberList,
    SpanCount,
    ItemLabel { description: bool },
}

/// What a frame does with the text inside it.
#[derive(Debug, Clone)]
pub(crate) enum Role {
    /// Passes it on.
    Keep,
    /// Drops it.
    Drop,
    /// Passes it on, then writes this mark (a footnote's `)`).
    Wrap(&'static str),
    /// Passes it on as a cell over this many columns.
    Span(usize),
    /// Holds it, to be read when the group closes.
    Hold(Held),
    /// An environment.
    Env(EnvKind),
    /// A table being read.
    Table(Box<TableBuild>),
}

/// An argument still to read after a group closes.
#[derive(Debug, Clone)]
pub(crate) enum Arg {
    Opt,
    Group(Role),
    /// Any further `{…}` right after, kept (an unknown command's).
    MoreKept,
}

impl From<&ArgSpec> for Arg {
    fn from(spec: &ArgSpec) -> Arg {
        match spec {
            ArgSpec::Opt => Arg::Opt,
            ArgSpec::Drop => Arg::Group(Role::Drop),
            ArgSpec::Keep => Arg::Group(Role::Keep),
        }
    }
}

/// Where text goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sink {
    Nowhere,
    Line,
    /// The held text of this frame.
    Held(usize),
    /// The current cell of the table of this frame.
    Cell(usize),
}

/// A brace group, a `[…]` option, or an environment.
pub(crate) struct Frame {
    /// `}` or `]`; none for an environment, which `\end` closes.
    pub(crate) closer: Option<u8>,
    /// An environment's name.
    pub(crate) name: String,
    pub(crate) role: Role,
    pub(crate) held: String,
    pub(crate) sink: Sink,
    /// The innermost environment frame, this one included.
    pub(crate) env: Option<usize>,
    /// Arguments to read when this group closes.
    pub(crate) then: Vec<Arg>,
    pub(crate) line: usize,
}

/// A table's rows as they are read.
#[derive(Debug, Clone, Default)]
pub(crate) struct TableBuild {
    pub(crate) table: Table,
    pub(crate) cells: Vec<Cell>,
    pub(crate) cell: String,
    pub(crate) span: usize,
    pub(crate) ruled: bool,
}

impl TableBuild {
    pub(crate) fn next_cell(&mut self) {
        let text = squash_spaces(self.cell.trim());
        self.cell.clear();
        let span = self.span.max(1);
        self.cells.push(Cell { text, span });
        self.span = 1;
    }

    pub(crate) fn end_row(&mut self) {
        self.next_cell();
        let cells = std::mem::take(&mut self.cells);
        if cells.iter().any(|c| !c.text.is_empty()) {
            self.table.rows.push(cells);
        }
    }

    /// A rule across the table: the first under a row ends the header.
    pub(crate) fn rule(&mut self) {
        let between_rows = self.cells.is_empty() && self.cell.trim().is_empty();
        if !self.ruled && between_rows && !self.table.rows.is_empty() {
            self.ruled = true;
            self.table.header_rows = self.table.rows.len();
        }
    }

    pub(crate) fn finish(mut self, last_line: usize) -> Table {
        if !self.cells.is_empty() || !self.cell.trim().is_empty() {
            self.end_row();
        }
        self.table.last_line = last_line;
        self.table
    }
}

impl Scanner<'_> {
    pub(crate) fn sink(&self) -> Sink {
        self.frames.last().map_or(self.base, |f| f.sink)
    }

    pub(crate) fn buffer(&mut self) -> Option<&mut String> {
        match self.sink() {
            Sink::Nowhere => None,
            Sink::Line => self.out.lines.last_mut(),
            Sink::Held(idx) => Some(&mut self.frames[idx].held),
            Sink::Cell(idx) => match &mut self.frames[idx].role {
                Role::Table(build) => Some(&mut build.cell),
                _ => None,
            },
        }
    }

    /// The table whose cell the text is in, if any.
    pub(crate) fn table(&mut self) -> Option<&mut TableBuild> {
        let env = self.frames.last()?.env?;
        match &mut self.frames[env].role {
            Role::Table(build) => Some(build),
            _ => None,
        }
    }

    pub(crate) fn env_kind(&self) -> Option<EnvKind> {
        let env = self.frames.last()?.env?;
        match &self.frames[env].role {
            Role::Env(kind) => Some(*kind),
            Role::Table(_) => Some(EnvKind::Table),
            _ => None,
        }
    }

    pub(crate) fn top_closer(&self) -> Option<u8> {
        self.frames.last().and_then(|f| f.closer)
    }

    pub(crate) fn push_group(&mut self, role: Role, then: Vec<Arg>) {
        self.push(Some(b'}'), "", role, then);
    }

    pub(crate) fn push(&mut self, closer: Option<u8>, name: &str, role: Role, then: Vec<Arg>) {
        let idx = self.frames.len();
        let role = match role {
            Role::Hold(_) if self.held_open >= MAX_HELD_DEPTH => Role::Keep,
            Role::Hold(held) => {
                self.held_open += 1;
                Role::Hold(held)
            }
            role => role,
        };
        let sink = match &role {
            Role::Drop | Role::Env(EnvKind::Dropped) => Sink::Nowhere,
            Role::Hold(_) => Sink::Held(idx),
            Role::Table(_) => Sink::Cell(idx),
            Role::Env(EnvKind::Document) => Sink::Line,
            _ => self.sink(),
        };
        let env = match closer {
            None => {
                *self.open_envs.entry(name.to_string()).or_default() += 1;
                Some(idx)
            }
            Some(_) => self.frames.last().and_then(|f| f.env),
        };
        let line = self.line();
        self.frames.push(Frame {
            closer,
            name: name.to_string(),
            role,
            held: String::new(),
            sink,
            env,
            then,
            line,
        });
    }

    /// Closes the innermost frame; `normally` when its closer was read
    /// (then the arguments after it are read too).
    pub(crate) fn close_top(&mut self, normally: bool) {
        let Some(frame) = self.frames.pop() else {
            return;
        };
        if frame.closer.is_none() {
            if let Some(open) = self.open_envs.get_mut(&frame.name) {
                *open = open.saturating_sub(1);
            }
        }
        match frame.role {
            Role::Keep | Role::Drop | Role::Env(_) => {}
            Role::Wrap(mark) => {
                if normally {
                    self.emit(mark);
                }
            }
            Role::Span(span) => {
                if let Some(table) = self.table() {
                    table.span = span;
                }
            }
            Role::Hold(held) => {
                self.held_open -= 1;
                self.finish_held(held, frame.held, frame.line, normally);
            }
            Role::Table(build) => {
                self.tables_open = self.tables_open.saturating_sub(1);
                let line = self.line();
                self.out.tables.push(build.finish(line));
            }
        }
        if normally && !frame.then.is_empty() {
            self.open_args(frame.then);
        }
    }
}
