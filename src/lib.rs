//! Checked `Send`/`Sync` for your types.
#![no_std]

pub use thread_safe_macros::thread_safe;

#[doc(hidden)]
pub mod __private {
    pub use thread_safe_core::__private::*;
}
