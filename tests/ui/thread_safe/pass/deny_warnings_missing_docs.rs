// Generated code is warning-free under `#![deny(warnings, missing_docs)]`.
#![deny(warnings, missing_docs)]
//! A crate.
use std::sync::Arc;
use thread_safe::thread_safe;

/// Checked.
#[thread_safe]
pub struct Checked<'a, T> {
    /// A value.
    pub value: Arc<T>,
    /// A name.
    pub name: &'a str,
}

/// Vouched.
#[thread_safe(reason = "the pointer is uniquely owned and freed in Drop, never aliased")]
pub struct Vouched<T> {
    /// A pointer.
    #[thread_safe(unchecked)]
    pub ptr: *mut T,
}

fn main() {}
