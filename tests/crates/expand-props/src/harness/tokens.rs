//! Token-level helpers: where a span points, and token equality that includes spans.

use proc_macro2::{Span, TokenStream, TokenTree};

/// Where a span points: the lexed string it came from (`None` for the call-site default) and the
/// byte range in it. Always `None` when proc-macro2 does not track locations (under `cfg(fuzzing)`).
pub(crate) fn location(span: Span) -> Option<(String, std::ops::Range<usize>)> {
    let file = span.file();
    (file != Span::call_site().file()).then(|| (file, span.byte_range()))
}

/// Whether this build of proc-macro2 records where lexed tokens come from.
pub(crate) fn spans_tracked() -> bool {
    let probe: TokenStream = "probe".parse().unwrap_or_default();
    probe.into_iter().next().is_some_and(|token| location(token.span()).is_some())
}

/// The first token's location, which names the lexed string the whole stream came from.
pub(crate) fn source_of(tokens: &TokenStream) -> Option<String> {
    let first = tokens.clone().into_iter().next()?;
    location(first.span()).map(|(file, _)| file)
}

/// Same tokens, same spacing, same delimiters and, where locations are tracked, same spans.
pub(crate) fn same_tree(a: &TokenTree, b: &TokenTree) -> bool {
    let same_kind = match (a, b) {
        (TokenTree::Group(a), TokenTree::Group(b)) => {
            a.delimiter() == b.delimiter() && same_stream(&a.stream(), &b.stream())
        }
        (TokenTree::Ident(a), TokenTree::Ident(b)) => a == b,
        (TokenTree::Punct(a), TokenTree::Punct(b)) => {
            a.as_char() == b.as_char() && a.spacing() == b.spacing()
        }
        (TokenTree::Literal(a), TokenTree::Literal(b)) => a.to_string() == b.to_string(),
        _ => false,
    };
    same_kind && location(a.span()) == location(b.span())
}

pub(crate) fn same_stream(a: &TokenStream, b: &TokenStream) -> bool {
    let (a, b): (Vec<TokenTree>, Vec<TokenTree>) =
        (a.clone().into_iter().collect(), b.clone().into_iter().collect());
    a.len() == b.len() && a.iter().zip(&b).all(|(a, b)| same_tree(a, b))
}

/// Every token of `tokens`, groups included, depth first.
pub(crate) fn walk(tokens: &TokenStream, visit: &mut impl FnMut(&TokenTree)) {
    for token in tokens.clone() {
        visit(&token);
        if let TokenTree::Group(group) = &token {
            walk(&group.stream(), visit);
        }
    }
}
