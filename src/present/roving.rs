//! Arrow-key movement through a list of links (the search results), as in
//! the WAI-ARIA practice of moving focus with the arrow keys: Down and Up step
//! one link, Home and End jump to the ends, Down from the search box enters
//! the list and Up from its first link returns to the search box.
//!
//! Invariant: a move never points past the list; an empty list never moves.

/// Where focus goes after a key press.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FocusMove {
    /// The link at this index.
    To(usize),
    /// Back to the search box.
    SearchBox,
}

/// The move for `key` when focus is on link `current` of `len` links, or in
/// the search box when `current` is `None`; `None` when the key does nothing
/// here (so the browser keeps its own behaviour, such as moving the caret).
pub fn focus_move(key: &str, current: Option<usize>, len: usize) -> Option<FocusMove> {
    if len == 0 {
        return None;
    }
    let last = len - 1;
    match (key, current) {
        ("ArrowDown", None) => Some(FocusMove::To(0)),
        ("ArrowDown", Some(i)) => Some(FocusMove::To((i + 1).min(last))),
        ("ArrowUp", Some(0)) => Some(FocusMove::SearchBox),
        ("ArrowUp", Some(i)) => Some(FocusMove::To(i.min(len) - 1)),
        ("Home", Some(_)) => Some(FocusMove::To(0)),
        ("End", Some(_)) => Some(FocusMove::To(last)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use FocusMove::{SearchBox, To};

    #[test]
    fn down_enters_the_list_and_stops_at_its_end() {
        assert_eq!(focus_move("ArrowDown", None, 3), Some(To(0)));
        assert_eq!(focus_move("ArrowDown", Some(0), 3), Some(To(1)));
        assert_eq!(focus_move("ArrowDown", Some(2), 3), Some(To(2)));
    }

    #[test]
    fn up_steps_back_and_leaves_for_the_search_box() {
        assert_eq!(focus_move("ArrowUp", Some(2), 3), Some(To(1)));
        assert_eq!(focus_move("ArrowUp", Some(0), 3), Some(SearchBox));
        // Up in the search box is the caret's business.
        assert_eq!(focus_move("ArrowUp", None, 3), None);
    }

    #[test]
    fn home_and_end_jump_only_inside_the_list() {
        assert_eq!(focus_move("Home", Some(2), 3), Some(To(0)));
        assert_eq!(focus_move("End", Some(0), 3), Some(To(2)));
        assert_eq!(focus_move("Home", None, 3), None);
        assert_eq!(focus_move("End", None, 3), None);
    }

    #[test]
    fn other_keys_and_empty_lists_do_nothing() {
        assert_eq!(focus_move("Enter", Some(1), 3), None);
        assert_eq!(focus_move("ArrowDown", None, 0), None);
        assert_eq!(focus_move("ArrowUp", Some(5), 0), None);
    }
}
