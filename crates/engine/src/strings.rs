//! [`SortedStrings`]: a sorted list of strings stored back to back in one
//! buffer, for the index's term dictionary and word list. One allocation
//! instead of one per string keeps small dictionaries small.

use std::ops::Range;

use serde::{Deserialize, Serialize};

/// Sorted strings in one buffer; string `i` is `text[ends[i-1]..ends[i]]`.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct SortedStrings {
    text: String,
    ends: Vec<u32>,
}

impl SortedStrings {
    /// Stores `strings`, which must already be sorted.
    pub fn new<'a>(strings: impl IntoIterator<Item = &'a str>) -> SortedStrings {
        let mut list = SortedStrings::default();
        for s in strings {
            list.text.push_str(s);
            list.ends.push(list.text.len() as u32);
        }
        debug_assert!(list.is_sorted());
        list.text.shrink_to_fit();
        list.ends.shrink_to_fit();
        list
    }

    /// Number of strings.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// String number `i`.
    pub fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    /// The index of `s`, if present.
    pub fn find(&self, s: &str) -> Option<usize> {
        let at = self.partition_point(|x| x < s);
        (at < self.len() && self.get(at) == s).then_some(at)
    }

    /// The indices of the strings that start with `prefix`.
    pub fn with_prefix(&self, prefix: &str) -> Range<usize> {
        let start = self.partition_point(|x| x < prefix);
        let end = start + self.partition_from(start, |x| x.starts_with(prefix));
        start..end
    }

    /// Heap bytes held.
    pub fn heap_bytes(&self) -> usize {
        self.text.capacity() + self.ends.capacity() * 4
    }

    fn partition_point(&self, pred: impl Fn(&str) -> bool) -> usize {
        self.partition_from(0, pred)
    }

    /// Number of strings from `start` on for which `pred` holds, assuming it
    /// holds for a prefix of them.
    fn partition_from(&self, start: usize, pred: impl Fn(&str) -> bool) -> usize {
        let (mut lo, mut hi) = (start, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if pred(self.get(mid)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo - start
    }

    fn is_sorted(&self) -> bool {
        (1..self.len()).all(|i| self.get(i - 1) < self.get(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_and_prefix_ranges() {
        let list = SortedStrings::new(["ip", "ipr", "iprincn", "patent"]);
        assert_eq!(list.find("ipr"), Some(1));
        assert_eq!(list.find("ipx"), None);
        assert_eq!(list.with_prefix("ip"), 0..3);
        assert_eq!(list.with_prefix("pat"), 3..4);
        assert_eq!(list.with_prefix("z"), 4..4);
        assert_eq!(list.get(3), "patent");
    }
}
