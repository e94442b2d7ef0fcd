//! Syntax newer than the crates' minimum supported Rust version (1.78), which code the macro
//! generates must not use: the user's compiler may be 1.78. Only what the user wrote may have it.

use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// The constructs, each with the Rust version that stabilised it.
pub(crate) const NEWER_SYNTAX: [&str; 6] = [
    "#[expect(..)] (1.81)",
    "inline `const { .. }` (1.79)",
    "`&raw const`/`&raw mut` (1.82)",
    "`use<..>` bounds (1.82)",
    "`unsafe extern` (1.82)",
    "`#[unsafe(..)]` attributes (1.82)",
];

/// How often each construct of `NEWER_SYNTAX` occurs in `tokens`, at any depth.
pub(crate) fn newer_syntax(tokens: &TokenStream) -> [usize; 6] {
    let mut counts = [0; 6];
    count(&tokens.clone().into_iter().collect::<Vec<_>>(), &mut counts);
    counts
}

fn count(tokens: &[TokenTree], counts: &mut [usize; 6]) {
    for (i, token) in tokens.iter().enumerate() {
        let next = tokens.get(i + 1);
        let word =
            |t: Option<&TokenTree>, w: &str| matches!(t, Some(TokenTree::Ident(x)) if x == w);
        let punct = |t: Option<&TokenTree>, c: char| matches!(t, Some(TokenTree::Punct(p)) if p.as_char() == c);
        let group = |t: Option<&TokenTree>, d: Delimiter| matches!(t, Some(TokenTree::Group(g)) if g.delimiter() == d);
        if let TokenTree::Group(g) = token {
            let inner: Vec<TokenTree> = g.stream().into_iter().collect();
            let attribute =
                g.delimiter() == Delimiter::Bracket && i > 0 && punct(tokens.get(i - 1), '#');
            counts[0] += usize::from(attribute && word(inner.first(), "expect"));
            counts[5] += usize::from(attribute && word(inner.first(), "unsafe"));
            count(&inner, counts);
        }
        counts[1] += usize::from(word(Some(token), "const") && group(next, Delimiter::Brace));
        counts[2] += usize::from(
            punct(Some(token), '&')
                && word(next, "raw")
                && (word(tokens.get(i + 2), "const") || word(tokens.get(i + 2), "mut")),
        );
        counts[3] += usize::from(word(Some(token), "use") && punct(next, '<'));
        counts[4] += usize::from(word(Some(token), "unsafe") && word(next, "extern"));
    }
}

#[cfg(test)]
mod tests {
    use super::newer_syntax;

    fn counts(source: &str) -> [usize; 6] {
        newer_syntax(&source.parse().expect("lexes"))
    }

    #[test]
    fn each_construct_is_counted() {
        let source = "#[expect(dead_code)] fn f() { let _ = const { 1 }; let _ = &raw const X; }
            fn g() -> impl Sized + use<> {} unsafe extern \"C\" {} #[unsafe(no_mangle)] fn h() {}";
        assert_eq!(counts(source), [1; 6]);
    }

    #[test]
    fn what_1_78_has_is_not_counted() {
        let source = "#[allow(unsafe_code)] const _: () = { }; unsafe impl Send for S {}
            use core::marker::Send; fn f(x: &u8) -> &u8 { &*x } extern \"C\" {} unsafe fn g() {}";
        assert_eq!(counts(source), [0; 6]);
    }
}
