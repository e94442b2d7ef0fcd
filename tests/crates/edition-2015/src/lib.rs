//! `#[thread_safe]` in an edition 2015 crate: paths in the generated code must resolve where
//! `::name` means "the crate root", and the attribute comes in through `extern crate`.

extern crate thread_safe;

use thread_safe::thread_safe;

include!("../../shared/std_types.rs");
