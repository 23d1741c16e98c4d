//! The view's URL form over arbitrary query strings: parsing never panics,
//! and what it writes reads back as the same view.
#![no_main]

use ip_explorer::view_state::ViewState;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|search: &str| {
    let view = ViewState::from_query_string(search);
    let again = ViewState::from_query_string(&view.to_query_string());
    assert_eq!(again, view);
});
