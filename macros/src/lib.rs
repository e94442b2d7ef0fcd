//! The `#[thread_safe]` attribute. Use it through the `thread-safe` crate.

use proc_macro::TokenStream;

/// Checks or vouches for the thread safety of a type. See the `thread-safe` crate.
#[proc_macro_attribute]
pub fn thread_safe(_args: TokenStream, input: TokenStream) -> TokenStream {
    input
}
