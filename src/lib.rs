//! Checked `Send`/`Sync` for your types.
#![no_std]

pub use thread_safe_macros::thread_safe;

#[doc(inline)]
pub use thread_safe_core::{
    assert_not_send, assert_not_sync, assert_send, assert_send_sync, assert_sync,
};

// The README's examples run as doctests of this crate.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
mod readme {}

#[doc(hidden)]
pub mod __private {
    pub use thread_safe_core::__private::*;
}
