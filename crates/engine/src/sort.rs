//! Stable sorting that shares one copy of the standard library's sort.
//!
//! Every `slice::sort_by` call with its own closure type compiles its own copy
//! of the standard sort (driftsort, 1–3 KB of wasm each); with a few dozen call
//! sites those copies were 15% of the bundle's code. Here the comparison goes
//! through `&mut dyn FnMut`, so the standard sort is compiled once, for
//! indices; each call site only adds a short wrapper and an in-place
//! permutation. The cost is an indirect call per comparison, which matters
//! only for very long lists: hot paths over every passage keep the standard
//! sort on plain integers.
//!
//! Contract: like `slice::sort_by`, the result is sorted by `compare` and
//! stable (equal items keep their order).

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stably.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = sorted_order(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    permute(items, order);
}

/// Sorts `items` by the key `key` gives each, stably.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The positions of the items in sorted order: `order[i]` is the index of the
/// item that belongs at `i`. Ties keep index order, which makes the sort stable.
fn sorted_order(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_unstable_by(|&a, &b| compare(a, b).then(a.cmp(&b)));
    order
}

/// Rearranges `items` so that the item at `order[i]` ends up at `i`, following
/// each cycle of the permutation with swaps; `order` marks finished positions.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut current = start;
        while order[current] != start && order[current] != current {
            let next = order[current];
            items.swap(current, next);
            order[current] = current;
            current = next;
        }
        order[current] = current;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let mut seed = 0x2545_f491_u32;
        for len in [0, 1, 2, 3, 7, 64, 257] {
            let items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 17;
                    seed ^= seed << 5;
                    ((seed % 5) as u8, i)
                })
                .collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |&(k, _)| k);
            let mut std = items;
            std.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, std, "length {len}");
        }
    }

    #[test]
    fn sorts_in_reverse_and_keeps_ties_in_order() {
        let mut words = vec!["b1", "a1", "c1", "a2", "b2"];
        sort_by(&mut words, |x, y| y[..1].cmp(&x[..1]));
        assert_eq!(words, ["c1", "b1", "b2", "a1", "a2"]);
    }
}
