//! Shrinks a failing input before it is reported: removes tokens and unwraps groups, one at a
//! time at any depth, for as long as the input still fails the same way.

use proc_macro2::{Group, TokenStream, TokenTree};

pub(crate) fn shrink(
    mut args: String,
    mut item: String,
    fails: impl Fn(&str, &str) -> bool,
) -> (String, String) {
    loop {
        let smaller_args = candidates(&args).into_iter().find(|c| fails(c, &item));
        if let Some(c) = smaller_args {
            args = c;
            continue;
        }
        let smaller_item = candidates(&item).into_iter().find(|c| fails(&args, c));
        match smaller_item {
            Some(c) => item = c,
            None => return (args, item),
        }
    }
}

/// Each way to drop one token or two neighbours (`#` and its `[...]`) or to unwrap one group of
/// `source`, as text that lexes.
fn candidates(source: &str) -> Vec<String> {
    let Ok(tokens) = source.parse::<TokenStream>() else { return Vec::new() };
    let mut out = Vec::new();
    for n in 0.. {
        let edits = [Edit::Drop(2), Edit::Drop(1), Edit::Unwrap]
            .map(|edit| rewrite(&tokens, &mut n.clone(), edit));
        if edits.iter().all(Option::is_none) {
            break;
        }
        for text in edits.into_iter().flatten().map(|tokens| tokens.to_string()) {
            if text.parse::<TokenStream>().is_ok() && text != source && !out.contains(&text) {
                out.push(text);
            }
        }
    }
    out
}

#[derive(Clone, Copy)]
enum Edit {
    /// Drop this many tokens of one level, the `n`-th first.
    Drop(usize),
    /// Replace the `n`-th token, if a group, by its contents.
    Unwrap,
}

/// `tokens` with `edit` applied at its `n`-th token (depth first); `None` once `n` is past the end.
fn rewrite(tokens: &TokenStream, n: &mut usize, edit: Edit) -> Option<TokenStream> {
    let tokens: Vec<TokenTree> = tokens.clone().into_iter().collect();
    for (i, token) in tokens.iter().enumerate() {
        if *n == 0 {
            let mut out = tokens[..i].to_vec();
            match (edit, token) {
                (Edit::Drop(width), _) => out.extend(tokens.iter().skip(i + width).cloned()),
                (Edit::Unwrap, TokenTree::Group(group)) => {
                    out.extend(group.stream());
                    out.extend(tokens[i + 1..].iter().cloned());
                }
                (Edit::Unwrap, _) => return Some(tokens.into_iter().collect()),
            }
            return Some(out.into_iter().collect());
        }
        *n -= 1;
        if let TokenTree::Group(group) = token {
            if let Some(inner) = rewrite(&group.stream(), n, edit) {
                let mut out = tokens.clone();
                out[i] = TokenTree::Group(Group::new(group.delimiter(), inner));
                return Some(out.into_iter().collect());
            }
        }
    }
    None
}
