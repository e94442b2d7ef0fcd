//! The `#[thread_safe]` pipeline of `macros/src`, compiled as a normal library so that tests and the
//! fuzzer can run it on `proc_macro2` token streams outside the compiler (proc-macro2 falls back to
//! its own token types there), and the checks every expansion must pass.
//!
//! The macro's modules refer to each other as `crate::<module>`, so they are mounted at this
//! crate's root (see `build.rs`); this crate's own code lives under `harness`.

include!(concat!(env!("OUT_DIR"), "/pipeline.rs"));

mod harness;

pub use harness::input::{join_input, split_input, Lexed};
pub use harness::invariants::{check, check_with, Outcome, Violation};
pub use harness::seeds::{annotated_items, Annotated};

/// Runs `#[thread_safe(<args>)] <item>` as the compiler would, returning the macro's output.
#[must_use]
pub fn expand(
    args: proc_macro2::TokenStream,
    item: proc_macro2::TokenStream,
) -> proc_macro2::TokenStream {
    crate::expand::expand(args, item)
}
