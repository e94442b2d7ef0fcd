//! Finds the `#[thread_safe(...)]` items in Rust source (the UI cases, the test crates): the
//! fuzzer's seed corpus and the property test's valid items to mutate.

use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// One annotated item of a source file, as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Annotated {
    /// What is between the parentheses of the attribute (empty for a bare `#[thread_safe]`).
    pub args: String,
    /// The item after the attribute, its other attributes included.
    pub item: String,
}

/// Every item of `source` under `#[thread_safe]` or `#[<path>::thread_safe]`, at any depth
/// (inside modules and fn bodies too). Nothing if `source` does not lex.
#[must_use]
pub fn annotated_items(source: &str) -> Vec<Annotated> {
    let mut found = Vec::new();
    if let Ok(tokens) = source.parse::<TokenStream>() {
        collect(&tokens.into_iter().collect::<Vec<_>>(), &mut found);
    }
    found
}

fn collect(tokens: &[TokenTree], found: &mut Vec<Annotated>) {
    let mut i = 0;
    while i < tokens.len() {
        if let Some(args) = attribute_args(&tokens[i..]) {
            let end = item_end(tokens, i + 2);
            let item: TokenStream = tokens[i + 2..end].iter().cloned().collect();
            found.push(Annotated { args: args.to_string(), item: item.to_string() });
            i = end;
            continue;
        }
        // A `macro_rules!` body holds templates with `$` metavariables, not items.
        let in_macro_rules =
            i >= 3 && matches!(&tokens[i - 3], TokenTree::Ident(word) if word == "macro_rules");
        if let (TokenTree::Group(group), false) = (&tokens[i], in_macro_rules) {
            collect(&group.stream().into_iter().collect::<Vec<_>>(), found);
        }
        i += 1;
    }
}

/// The arguments, if `tokens` starts with `# [thread_safe (...)]` (any path ending in `thread_safe`).
fn attribute_args(tokens: &[TokenTree]) -> Option<TokenStream> {
    let (Some(TokenTree::Punct(hash)), Some(TokenTree::Group(body))) =
        (tokens.first(), tokens.get(1))
    else {
        return None;
    };
    if hash.as_char() != '#' || body.delimiter() != Delimiter::Bracket {
        return None;
    }
    let inner: Vec<TokenTree> = body.stream().into_iter().collect();
    let path_len =
        inner.iter().take_while(|t| matches!(t, TokenTree::Ident(_) | TokenTree::Punct(_))).count();
    let ends_in_name =
        matches!(inner[..path_len].last(), Some(TokenTree::Ident(name)) if name == "thread_safe");
    let is_path =
        inner[..path_len].iter().all(|t| !matches!(t, TokenTree::Punct(p) if p.as_char() != ':'));
    match &inner[path_len..] {
        [] if ends_in_name && is_path => Some(TokenStream::new()),
        [TokenTree::Group(args)]
            if ends_in_name && is_path && args.delimiter() == Delimiter::Parenthesis =>
        {
            Some(args.stream())
        }
        _ => None,
    }
}

/// One past the item's last token: its `;` or its `{ ... }` body, whichever comes first.
fn item_end(tokens: &[TokenTree], start: usize) -> usize {
    for (i, token) in tokens.iter().enumerate().skip(start) {
        match token {
            TokenTree::Punct(p) if p.as_char() == ';' => return i + 1,
            // `#[attr]` groups of the item itself are bracketed, its body is braced.
            TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => return i + 1,
            _ => {}
        }
    }
    tokens.len()
}
