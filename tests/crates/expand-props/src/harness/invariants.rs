//! What every expansion must satisfy, whatever the input: no panic; a rejected input yields
//! `compile_error!` spanned at the tokens the user wrote and the item as written (minus the
//! macro's helper attributes) with nothing else; an `unsafe` the macro writes carries the span of
//! a reason literal, so that `forbid(unsafe_code)` sees it.

use crate::harness::msrv::{newer_syntax, NEWER_SYNTAX};
use crate::harness::tokens::{location, same_tree, source_of, spans_tracked, walk};
use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use quote::ToTokens;
use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use syn::{Attribute, Data, DeriveInput, GenericParam};

/// What the macro did with an input that passed every check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The item and the generated impls and assertions, no error.
    Accepted,
    /// `compile_error!` invocations (this many) and the item.
    Rejected(usize),
}

/// A broken promise of the macro, with what is needed to reproduce it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Violation {
    /// The macro panicked.
    Panicked(String),
    /// The output does not hold the item as written (minus the helper attributes).
    ItemNotReEmitted(String),
    /// The item is not a struct, enum or union, and no error says so.
    NonTypeAccepted(String),
    /// An error, and next to it more than the item: generated code that can cascade.
    OutputBesideError(String),
    /// An error at the call-site default although the input has a token to point at.
    CallSiteError(String),
    /// An error that points at neither the arguments nor the item.
    ErrorOutsideInput(String),
    /// An `unsafe` keyword the macro wrote, not spanned at a reason literal.
    UnsafeNotAtReason(String),
    /// The output (for an item that is a type) is not a sequence of Rust items.
    NotItems(String),
    /// Generated code uses syntax newer than the minimum supported Rust version.
    NewerThanMsrv(String),
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Panicked(message) => write!(f, "the macro panicked: {message}"),
            Self::ItemNotReEmitted(output) => {
                write!(f, "the item is not re-emitted as written: {output}")
            }
            Self::NonTypeAccepted(output) => {
                write!(f, "an item that is not a type was accepted: {output}")
            }
            Self::OutputBesideError(output) => {
                write!(f, "generated code next to an error: {output}")
            }
            Self::CallSiteError(message) => write!(f, "error at the call site: {message}"),
            Self::ErrorOutsideInput(message) => {
                write!(f, "error spanned outside the input: {message}")
            }
            Self::NotItems(output) => write!(f, "the output does not parse as items: {output}"),
            Self::NewerThanMsrv(what) => write!(f, "generated code uses {what}"),
            Self::UnsafeNotAtReason(location) => {
                write!(f, "`unsafe` not spanned at a reason literal but at {location}")
            }
        }
    }
}

/// Expands `#[thread_safe(<args>)] <item>` and checks the output.
///
/// # Errors
///
/// The first promise the expansion breaks.
pub fn check(args: &TokenStream, item: &TokenStream) -> Result<Outcome, Violation> {
    check_with(args, item, |_| true)
}

/// `check`, and for an item that is a type, `parses_as_items(output)` must hold. Parsing items
/// needs syn's `full` feature, which the macro does without: the caller brings the parser.
///
/// # Errors
///
/// The first promise the expansion breaks.
pub fn check_with(
    args: &TokenStream,
    item: &TokenStream,
    parses_as_items: impl Fn(&TokenStream) -> bool,
) -> Result<Outcome, Violation> {
    let output = catch_unwind(AssertUnwindSafe(|| crate::expand(args.clone(), item.clone())))
        .map_err(|payload| Violation::Panicked(panic_message(payload.as_ref())))?;
    let (errors, rest) = split_errors(&output);
    let (expected, moved, is_type, has_underscore_field) =
        match syn::parse2::<DeriveInput>(item.clone()) {
            Ok(input) => {
                let underscore =
                    fields(&input).any(|field| field.ident.as_ref().is_some_and(|i| i == "_"));
                let before = input.to_token_stream().to_string();
                let stripped = without_helper_attrs(input);
                let moved = without_expect_unsafe_code(stripped.clone()).into_token_stream();
                let stripped = stripped.into_token_stream();
                // Without helper attributes the macro gives the item's own tokens back; syn's
                // printing of it may differ in spacing only (`>>`).
                let expected = if stripped.to_string() == before { item.clone() } else { stripped };
                (expected, Some(moved), true, underscore)
            }
            Err(_) => (item.clone(), None, false, false),
        };
    let starts_with = |expected: &TokenStream| {
        let expected: Vec<TokenTree> = expected.clone().into_iter().collect();
        let found = rest.len() >= expected.len()
            && rest.iter().zip(&expected).all(|(a, b)| same_tree(a, b));
        found.then_some(expected.len())
    };
    // A vouch moves the type's `#[expect(unsafe_code)]` onto its impls, where it is fulfilled.
    let moved_len = moved.as_ref().filter(|_| errors.is_empty()).and_then(starts_with);
    let Some(item_len) = starts_with(&expected).or(moved_len) else {
        return Err(Violation::ItemNotReEmitted(output.to_string()));
    };
    // syn accepts a field named `_`, rustc rejects it before any macro runs: the output for such
    // an item need not be valid.
    if is_type && !has_underscore_field && !parses_as_items(&output) {
        return Err(Violation::NotItems(output.to_string()));
    }
    check_msrv(args, item, &output)?;
    if errors.is_empty() {
        if !is_type {
            return Err(Violation::NonTypeAccepted(output.to_string()));
        }
        check_unsafe(args, &rest[item_len..])?;
        return Ok(Outcome::Accepted);
    }
    if rest.len() != item_len {
        return Err(Violation::OutputBesideError(output.to_string()));
    }
    if spans_tracked() {
        let sources = [source_of(args), source_of(item)];
        // A syntactically broken item leaves syn nothing to point at when it ends early, and the
        // compiler never passes one; every other input has a token that is wrong.
        let broken_item = !is_type && !is_other_item_kind(item);
        for error in &errors {
            check_error_span(error, &sources, broken_item)?;
        }
    }
    Ok(Outcome::Rejected(errors.len()))
}

/// The output holds a post-MSRV construct only if the user wrote one (whose compiler then has it:
/// a written `#[expect(unsafe_code)]` is moved onto each generated impl).
fn check_msrv(
    args: &TokenStream,
    item: &TokenStream,
    output: &TokenStream,
) -> Result<(), Violation> {
    let (written, emitted) = (
        newer_syntax(&args.clone().into_iter().chain(item.clone()).collect()),
        newer_syntax(output),
    );
    match (0..NEWER_SYNTAX.len()).find(|&i| emitted[i] > 0 && written[i] == 0) {
        Some(i) => Err(Violation::NewerThanMsrv(format!("{}: {output}", NEWER_SYNTAX[i]))),
        None => Ok(()),
    }
}

struct ErrorSite {
    message: String,
    span: Span,
}

/// Separates the top-level `compile_error! { "..." }` invocations (with or without a `::core::`
/// prefix) from the other tokens.
fn split_errors(output: &TokenStream) -> (Vec<ErrorSite>, Vec<TokenTree>) {
    let tokens: Vec<TokenTree> = output.clone().into_iter().collect();
    let (mut errors, mut rest) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < tokens.len() {
        if let Some((message, len)) = error_at(&tokens[i..]) {
            errors.push(ErrorSite { message, span: tokens[i].span() });
            i += len;
        } else {
            rest.push(tokens[i].clone());
            i += 1;
        }
    }
    (errors, rest)
}

/// The message and the number of tokens, if `tokens` starts with an error invocation.
fn error_at(tokens: &[TokenTree]) -> Option<(String, usize)> {
    let words: Vec<String> = tokens.iter().take(7).map(ToString::to_string).collect();
    let prefix =
        if words.starts_with(&[":", ":", "core", ":", ":"].map(String::from)) { 5 } else { 0 };
    if words.get(prefix..prefix + 2)? != ["compile_error", "!"] {
        return None;
    }
    let TokenTree::Group(body) = tokens.get(prefix + 2)? else { return None };
    let message = syn::parse2::<syn::LitStr>(body.stream()).ok()?.value();
    Some((message, prefix + 3))
}

fn check_error_span(
    error: &ErrorSite,
    sources: &[Option<String>; 2],
    broken_item: bool,
) -> Result<(), Violation> {
    let message = error.message.clone();
    match location(error.span) {
        None if broken_item => Ok(()),
        None => Err(Violation::CallSiteError(message)),
        Some((file, _)) if sources.iter().flatten().any(|source| *source == file) => Ok(()),
        Some(_) => Err(Violation::ErrorOutsideInput(message)),
    }
}

/// Whether `item` starts (after its attributes and visibility) with the keyword of an item that
/// is not a type: the attribute must name that keyword in its error.
fn is_other_item_kind(item: &TokenStream) -> bool {
    const KEYWORDS: &[&str] = &[
        "fn",
        "impl",
        "trait",
        "mod",
        "static",
        "const",
        "type",
        "use",
        "extern",
        "macro_rules",
        "unsafe",
        "async",
    ];
    let mut tokens = item.clone().into_iter().peekable();
    while let Some(token) = tokens.next() {
        match token {
            TokenTree::Punct(hash) if hash.as_char() == '#' => {
                tokens.next();
            }
            TokenTree::Ident(ident) if ident == "pub" => {
                tokens.next_if(|next| matches!(next, TokenTree::Group(g) if g.delimiter() == Delimiter::Parenthesis));
            }
            TokenTree::Ident(ident) => return KEYWORDS.iter().any(|keyword| ident == keyword),
            _ => return false,
        }
    }
    false
}

/// Every `unsafe impl` in the generated code carries the span of a string literal of the
/// arguments (a reason), and no `unsafe` the macro writes is spanned at the call site. (An
/// `unsafe fn()` field type copied into an assertion keeps the user's span.)
fn check_unsafe(args: &TokenStream, generated: &[TokenTree]) -> Result<(), Violation> {
    if !spans_tracked() {
        return Ok(());
    }
    let mut literals = Vec::new();
    walk(args, &mut |token| {
        if let TokenTree::Literal(lit) = token {
            literals.push(location(lit.span()));
        }
    });
    match misplaced_unsafe(generated, &literals) {
        Some(at) => Err(Violation::UnsafeNotAtReason(format!("{at:?}"))),
        None => Ok(()),
    }
}

type Location = Option<(String, std::ops::Range<usize>)>;

fn misplaced_unsafe(tokens: &[TokenTree], literals: &[Location]) -> Option<Location> {
    for (i, token) in tokens.iter().enumerate() {
        match token {
            TokenTree::Ident(ident) if ident == "unsafe" => {
                let at = location(ident.span());
                let is_impl =
                    matches!(tokens.get(i + 1), Some(TokenTree::Ident(next)) if next == "impl");
                if at.is_none() || (is_impl && !literals.contains(&at)) {
                    return Some(at);
                }
            }
            TokenTree::Group(group) => {
                let inner: Vec<TokenTree> = group.stream().into_iter().collect();
                if let Some(at) = misplaced_unsafe(&inner, literals) {
                    return Some(at);
                }
            }
            _ => {}
        }
    }
    None
}

fn fields(input: &DeriveInput) -> Box<dyn Iterator<Item = &syn::Field> + '_> {
    match &input.data {
        Data::Struct(data) => Box::new(data.fields.iter()),
        Data::Enum(data) => {
            Box::new(data.variants.iter().flat_map(|variant| variant.fields.iter()))
        }
        Data::Union(data) => Box::new(data.fields.named.iter()),
    }
}

fn without_expect_unsafe_code(mut item: DeriveInput) -> DeriveInput {
    item.attrs.retain(|attr| {
        let tokens = attr.meta.to_token_stream().to_string();
        !(attr.path().is_ident("expect") && tokens.contains("unsafe_code"))
    });
    item
}

/// The item as the macro must re-emit it: without attributes whose path ends in `thread_safe`.
fn without_helper_attrs(mut item: DeriveInput) -> DeriveInput {
    let strip = |attrs: &mut Vec<Attribute>| {
        attrs.retain(|attr| {
            attr.path().segments.last().map_or(true, |segment| segment.ident != "thread_safe")
        });
    };
    strip(&mut item.attrs);
    for param in &mut item.generics.params {
        match param {
            GenericParam::Lifetime(param) => strip(&mut param.attrs),
            GenericParam::Type(param) => strip(&mut param.attrs),
            GenericParam::Const(param) => strip(&mut param.attrs),
        }
    }
    match &mut item.data {
        Data::Struct(data) => data.fields.iter_mut().for_each(|field| strip(&mut field.attrs)),
        Data::Enum(data) => {
            for variant in &mut data.variants {
                strip(&mut variant.attrs);
                variant.fields.iter_mut().for_each(|field| strip(&mut field.attrs));
            }
        }
        Data::Union(data) => data.fields.named.iter_mut().for_each(|field| strip(&mut field.attrs)),
    }
    item
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(ToString::to_string)
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic with a non-string payload".to_owned())
}
