//! The fuzz input format: the attribute's arguments on the first line, the item after it.
//! A line break splits them because libFuzzer's mutations keep it while they change either side.

use proc_macro2::TokenStream;

/// The two halves of an input, lexed.
pub struct Lexed {
    /// What is written between the parentheses of `#[thread_safe(...)]`.
    pub args: TokenStream,
    /// The item the attribute is on.
    pub item: TokenStream,
}

/// Splits `bytes` at its first line break and lexes both halves; `None` if either does not lex
/// (the compiler never hands such tokens to a macro).
#[must_use]
pub fn split_input(bytes: &[u8]) -> Option<Lexed> {
    let text = std::str::from_utf8(bytes).ok()?;
    let (args, item) = text.split_once('\n').unwrap_or((text, ""));
    Some(Lexed { args: args.parse().ok()?, item: item.parse().ok()? })
}

/// The input that `split_input` reads back as these arguments and item. The arguments go on one
/// line, so a line break inside them (only possible in a literal) becomes a space.
#[must_use]
pub fn join_input(args: &str, item: &str) -> Vec<u8> {
    format!("{}\n{item}", args.replace(['\n', '\r'], " ")).into_bytes()
}
