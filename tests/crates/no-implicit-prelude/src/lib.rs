//! `#[thread_safe]` under `#![no_implicit_prelude]`: generated code that leans on a prelude name
//! (`Send`, `PhantomData`, `Option`, an unqualified crate) fails to resolve here.
#![no_implicit_prelude]

use ::thread_safe::thread_safe;

include!("../../shared/std_types.rs");
