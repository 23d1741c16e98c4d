//! stub
use super::model::{Fact, Series};
/// stub
pub fn group_series(_facts: &[Fact]) -> Vec<Series> { Vec::new() }
