//! `#[thread_safe]` in an edition 2021 crate.

use thread_safe::thread_safe;

include!("../../shared/std_types.rs");
