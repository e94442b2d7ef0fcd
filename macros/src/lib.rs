//! The `#[thread_safe]` attribute. Use it through the `thread-safe` crate, which documents it.
//!
//! Pipeline, one module per step: `args` (the attribute's arguments) and `model` (a view of the
//! item) → `validate` → `plan` (what to assert, what to put in a where clause) → `impls` and
//! `checks` (quote). `expand::expand` runs it and never panics.

mod arc;
mod args;
mod bounds;
mod checks;
mod docs;
mod errors;
mod expand;
mod impls;
mod model;
mod names;
mod plan;
mod reason;
#[cfg(test)]
mod snapshots;
mod standin;
mod strip;
mod syntax;
mod target;
mod validate;

use proc_macro::TokenStream;

/// Checks, or vouches for with a written reason, that a type is `Send` and/or `Sync`.
///
/// See the documentation of the `thread-safe` crate, which re-exports this attribute.
#[proc_macro_attribute]
pub fn thread_safe(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::expand(args.into(), item.into()).into()
}
