//! Compile-time `Send`/`Sync` assertions with no dependencies and no proc macro.
#![no_std]

#[doc(hidden)]
pub mod __private {}
