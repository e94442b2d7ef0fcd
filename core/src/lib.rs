//! Compile-time `Send`/`Sync` assertions with no dependencies and no proc macro.
#![no_std]

#[doc(hidden)]
pub mod __private {
    pub use crate::checks::*;
    pub use crate::expect::*;
    pub use crate::verdict::*;
}

mod checks;

mod assert;
mod expect;
mod forms;
mod verdict;
