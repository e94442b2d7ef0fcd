//! Token-level mutations of a lexed input: drop, duplicate, swap, replace, insert, wrap in a
//! group, unwrap a group, change a delimiter, splice in a snippet, at any nesting depth. The result
//! is printed and lexed again so that every token gets a real span.

use crate::rng::Rng;
use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};

const VOCABULARY: &[&str] = &[
    "struct",
    "enum",
    "union",
    "where",
    "pub",
    "T",
    "U",
    "Arc",
    "AtomicPtr",
    "PhantomData",
    "thread_safe",
    "unchecked",
    "send",
    "sync",
    "reason",
    "bound",
    "crate",
    "Send",
    "Sync",
    "dyn",
    "fn",
    "impl",
    "for",
    "Self",
    "r#type",
    "_",
    "const",
    "mut",
    ",",
    ";",
    ":",
    "::",
    "<",
    ">",
    "=",
    "#",
    "!",
    "&",
    "*",
    "'a",
    "+",
    "-",
    "?",
    ".",
    "->",
    "\"a reason long enough to explain the vouch\"",
    "\"\"",
    "1",
    "'c'",
    "b\"x\"",
    "1.5",
];

const SNIPPETS: &[&str] = &[
    "#[thread_safe(unchecked)]",
    "#[thread_safe(unchecked = \"note\")]",
    "#[thread_safe]",
    "#[cfg(any())]",
    "<T>",
    "<'a, T: Send, const N: usize>",
    "where T: Send",
    "x: Arc<T>,",
    "(u8)",
    "{ a: u8 }",
    "A(Rc<u8>),",
    "send = \"the pointer is only used under the lock\"",
    "bound = \"T: Send\"",
    "reason = \"TODO\"",
    "/// doc",
];

/// `count` random vocabulary tokens, some of them grouped.
pub(crate) fn soup(rng: &mut Rng, count: usize) -> String {
    let mut text = String::new();
    for _ in 0..count {
        let inner = rng.below(3);
        match rng.below(10) {
            0 => text = format!("{text} ({})", soup(rng, inner)),
            1 => text = format!("{text} [{}]", soup(rng, inner)),
            2 => text = format!("{text} {{{}}}", soup(rng, inner)),
            _ => {
                text.push(' ');
                text.push_str(rng.word(VOCABULARY));
            }
        }
    }
    text
}

/// `source` with `1..=max` mutations, or `None` if the result no longer lexes.
pub(crate) fn mutate(rng: &mut Rng, source: &str, max: usize) -> Option<String> {
    let mut tokens: Vec<TokenTree> = source.parse::<TokenStream>().ok()?.into_iter().collect();
    for _ in 0..=rng.below(max) {
        mutate_at_some_depth(rng, &mut tokens);
    }
    let text = tokens.into_iter().collect::<TokenStream>().to_string();
    text.parse::<TokenStream>().is_ok().then_some(text)
}

fn mutate_at_some_depth(rng: &mut Rng, tokens: &mut Vec<TokenTree>) {
    let groups: Vec<usize> =
        (0..tokens.len()).filter(|&i| matches!(tokens[i], TokenTree::Group(_))).collect();
    if !groups.is_empty() && rng.percent(55) {
        let i = *rng.pick(&groups);
        let TokenTree::Group(group) = &tokens[i] else { return };
        let mut inner: Vec<TokenTree> = group.stream().into_iter().collect();
        mutate_at_some_depth(rng, &mut inner);
        tokens[i] = TokenTree::Group(Group::new(group.delimiter(), inner.into_iter().collect()));
        return;
    }
    mutate_here(rng, tokens);
}

fn mutate_here(rng: &mut Rng, tokens: &mut Vec<TokenTree>) {
    let len = tokens.len();
    let at = if len == 0 { 0 } else { rng.below(len) };
    match rng.below(9) {
        0 if len > 0 => drop(tokens.remove(at)),
        1 if len > 0 => tokens.insert(at, tokens[at].clone()),
        2 if len > 1 => tokens.swap(at, (at + 1) % len),
        3 if len > 0 => {
            tokens.splice(at..=at, lex(rng.word(VOCABULARY)));
        }
        4 => {
            tokens.splice(at..at, lex(rng.word(VOCABULARY)));
        }
        5 if len > 0 => {
            let end = at + 1 + rng.below(len - at);
            let inner: TokenStream = tokens[at..end].iter().cloned().collect();
            let group = Group::new(
                *rng.pick(&[Delimiter::Parenthesis, Delimiter::Brace, Delimiter::Bracket]),
                inner,
            );
            tokens.splice(at..end, [TokenTree::Group(group)]);
        }
        6 if len > 0 => {
            if let TokenTree::Group(group) = &tokens[at] {
                let inner: Vec<TokenTree> = group.stream().into_iter().collect();
                tokens.splice(at..=at, inner);
            }
        }
        7 if len > 0 => {
            if let TokenTree::Group(group) = &tokens[at] {
                let delimiter = *rng.pick(&[
                    Delimiter::Parenthesis,
                    Delimiter::Brace,
                    Delimiter::Bracket,
                    Delimiter::None,
                ]);
                tokens[at] = TokenTree::Group(Group::new(delimiter, group.stream()));
            }
        }
        _ => {
            tokens.splice(at..at, lex(rng.word(SNIPPETS)));
        }
    }
}

fn lex(text: &str) -> Vec<TokenTree> {
    text.parse::<TokenStream>().map(|t| t.into_iter().collect()).unwrap_or_default()
}
