//! LaTeX groups read when they close: the text a heading, a title line,
//! a caption, a `siunitx` number or quantity, a `\multicolumn`'s span or
//! an item's label held, written where it belongs (a `#` heading on its
//! source line, a `- (a) ` item, `3.5%`) or set aside for layout.
//!
//! Invariant: a group closed by the end of its paragraph rather than by its
//! brace reads no further arguments.

use super::latex_frames::{Arg, Held, Role, Sink};
use super::latex_scan::{Caption, FrontLine, Scanner};
use super::latex_siunitx::{list_text, number_text, quantity_text, range_text};
use super::text::{ends_terminal, squash_spaces};

/// Most columns a `\multicolumn` spans.
const MAX_SPAN: usize = 50;

impl Scanner<'_> {
    /// Reads the text a group held, now that it is closed.
    pub(crate) fn finish_held(&mut self, held: Held, text: String, line: usize, normally: bool) {
        let chained = |s: &mut Self, next: Held| {
            let open = normally && s.next_group();
            if open {
                s.push_group(Role::Hold(next), Vec::new());
            }
            open
        };
        match held {
            Held::Heading(level) => {
                let text = squash_spaces(text.trim());
                let own_line = self.sink() == Sink::Line && self.out.lines[line].trim().is_empty();
                if own_line && !text.is_empty() {
                    self.out.lines[line] = format!("{} {text}", "#".repeat(usize::from(level)));
                } else {
                    self.emit(&text);
                }
            }
            Held::RunIn => {
                let text = squash_spaces(text.trim());
                if !text.is_empty() {
                    let stop = if ends_terminal(&text) { "" } else { "." };
                    self.emit(&format!("{text}{stop} "));
                }
            }
            Held::Front(kind) => {
                let text = squash_spaces(text.trim());
                self.out.front.push(FrontLine { kind, line, text });
            }
            Held::Caption => {
                if self.sink() != Sink::Nowhere {
                    let text = squash_spaces(text.trim());
                    self.out.captions.push(Caption { line, text });
                }
            }
            Held::Number => self.emit(&number_text(&text)),
            Held::QuantityValue => {
                if !chained(self, Held::QuantityUnit(text.clone())) {
                    self.emit(&number_text(&text));
                }
            }
            Held::QuantityUnit(value) => self.emit(&quantity_text(&value, &text)),
            Held::RangeLow { unit } => {
                if !chained(
                    self,
                    Held::RangeHigh {
                        low: text.clone(),
                        unit,
                    },
                ) {
                    self.emit(&number_text(&text));
                }
            }
            Held::RangeHigh { low, unit } => {
                let next = Held::RangeUnit {
                    low: low.clone(),
                    high: text.clone(),
                };
                if !(unit && chained(self, next)) {
                    self.emit(&range_text(&low, &text, ""));
                }
            }
            Held::RangeUnit { low, high } => self.emit(&range_text(&low, &high, &text)),
            Held::NumberList => self.emit(&list_text(&text)),
            Held::SpanCount => {
                let span = text.trim().parse::<usize>().unwrap_or(1).clamp(1, MAX_SPAN);
                if normally {
                    self.open_args(vec![Arg::Group(Role::Drop), Arg::Group(Role::Span(span))]);
                }
            }
            Held::ItemLabel { description } => {
                let label = squash_spaces(text.trim());
                let item = match (label.is_empty(), description) {
                    (true, _) => "- ".to_string(),
                    (false, true) if !label.ends_with(':') => format!("- {label}: "),
                    (false, _) => format!("- {label} "),
                };
                self.emit(&item);
            }
        }
    }
}
