//! Collects independent spanned errors so that the user sees every mistake of one attribute at once.

use proc_macro2::Span;
use std::fmt::Display;

#[derive(Default)]
pub(crate) struct Errors(Option<syn::Error>);

impl Errors {
    pub(crate) fn push(&mut self, error: syn::Error) {
        match &mut self.0 {
            Some(all) => all.combine(error),
            None => self.0 = Some(error),
        }
    }

    pub(crate) fn at(&mut self, span: Span, message: impl Display) {
        self.push(syn::Error::new(span, message));
    }

    pub(crate) fn finish(self) -> syn::Result<()> {
        self.0.map_or(Ok(()), Err)
    }
}

/// `compile_error!` invocations for `error`, spanned at the offending tokens. Unlike
/// `syn::Error::to_compile_error` the macro is named without `::core::`: a path spanned in the
/// user's code resolves with the user's edition, and in edition 2015 `::core` means a module of
/// the crate root. `compile_error!` is a builtin macro, in scope even under `no_implicit_prelude`.
pub(crate) fn to_compile_error(error: syn::Error) -> proc_macro2::TokenStream {
    use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, TokenStream, TokenTree};
    let mut out = TokenStream::new();
    for error in error {
        let span = error.span();
        let mut message = Literal::string(&error.to_string());
        message.set_span(span);
        let mut body = Group::new(Delimiter::Brace, TokenTree::Literal(message).into());
        body.set_span(span);
        let mut bang = Punct::new('!', Spacing::Alone);
        bang.set_span(span);
        out.extend([
            TokenTree::Ident(Ident::new("compile_error", span)),
            TokenTree::Punct(bang),
            TokenTree::Group(body),
        ]);
    }
    out
}
