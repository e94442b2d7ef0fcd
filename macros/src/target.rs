//! What the attribute was put on, when it is not a struct, enum or union.

use proc_macro2::{TokenStream, TokenTree};

/// A spanned error naming the kind of item (`fn`, `impl`, `trait`, ...) if `item` is one.
pub(crate) fn not_a_type(item: &TokenStream) -> Option<syn::Error> {
    let mut previous: Option<String> = None;
    for token in item.clone() {
        let TokenTree::Ident(ident) = token else { continue };
        let word = ident.to_string();
        let kind = match word.as_str() {
            "fn" => "a function",
            "impl" => "an impl block",
            "trait" => "a trait",
            "mod" => "a module",
            "static" => "a static",
            "type" => "a type alias",
            "use" => "a `use` declaration",
            "macro_rules" => "a macro",
            "crate" if previous.as_deref() == Some("extern") => "an `extern crate`",
            "const" | "unsafe" | "async" | "extern" | "pub" | "default" | "safe" | "auto" => {
                previous = Some(word);
                continue;
            }
            _ if previous.as_deref() == Some("const") => "a constant",
            _ if previous.as_deref() == Some("extern") => "an `extern` block",
            _ => return None,
        };
        return Some(syn::Error::new(
            ident.span(),
            format_args!("`#[thread_safe]` applies to a struct, enum or union, not to {kind}; to check that a type used here is thread-safe, use `assert_send_sync!`"),
        ));
    }
    None
}
