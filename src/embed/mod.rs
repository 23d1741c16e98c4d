//! Embedding as plain data: what an embedded instance was asked to show
//! ([`options`]: the `<ip-explorer>` attributes, `mount()` options and the
//! iframe's query parameters, all read by one parser) and what an iframe says
//! to and accepts from its parent page ([`messages`]).
//!
//! Invariant: nothing here touches the DOM, so all of it is tested natively;
//! parsing never fails (unknown or malformed values fall back to defaults).

pub mod messages;
pub mod options;

pub use messages::{Command, MessageKind, StateMessage};
pub use options::{EmbedOptions, FrameParams, Layout, Panes, Theme};
