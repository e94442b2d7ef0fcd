//! `#[thread_safe]` in an edition 2018 crate.

use thread_safe::thread_safe;

include!("../../shared/std_types.rs");
