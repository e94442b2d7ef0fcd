//! Parses the arguments of `#[thread_safe(...)]` on the item into `Args`.
//!
//! Mistakes of meaning (unknown key, duplicate, a trait both checked and vouched) are collected and
//! parsing goes on, so that one attribute with three mistakes reports three errors.

use crate::errors::Errors;
use proc_macro2::{Span, TokenStream, TokenTree};
use syn::meta::ParseNestedMeta;
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::{LitStr, Token, WherePredicate};

/// What the attribute says about one of the two traits.
pub(crate) enum Mode {
    /// Not named: the compiler's auto-trait rules apply.
    Untouched,
    /// Named bare: every field is checked, no unsafe code.
    Checked,
    /// Named with a reason: `unsafe impl` justified by the reason.
    Vouched(Reason),
}

impl Mode {
    pub(crate) const fn reason(&self) -> Option<&Reason> {
        match self {
            Self::Vouched(reason) => Some(reason),
            Self::Untouched | Self::Checked => None,
        }
    }
}

/// A justification as written: the literal keeps its span for errors and for the `unsafe` token.
#[derive(Clone)]
pub(crate) struct Reason {
    pub(crate) lit: LitStr,
}

/// A user-written `bound`, replacing the default bounds for one trait.
#[derive(Clone)]
pub(crate) struct Bound {
    pub(crate) lit: LitStr,
    pub(crate) predicates: Vec<WherePredicate>,
}

pub(crate) struct Args {
    pub(crate) send: Mode,
    pub(crate) sync: Mode,
    pub(crate) send_bound: Option<Bound>,
    pub(crate) sync_bound: Option<Bound>,
    /// Path to the facade crate; generated code names `<krate>::__private::...`.
    pub(crate) krate: syn::Path,
}

#[derive(Default)]
struct Written {
    send: Option<(Span, Option<LitStr>)>,
    sync: Option<(Span, Option<LitStr>)>,
    reason: Option<(Span, LitStr)>,
    bound: Option<(Span, Bound)>,
    send_bound: Option<Bound>,
    sync_bound: Option<Bound>,
    krate: Option<(Span, syn::Path)>,
}

const KEYS: &str = "`send`, `sync`, `reason`, `bound` or `crate`";

pub(crate) fn parse(tokens: TokenStream) -> syn::Result<Args> {
    let mut written = Written::default();
    let mut errors = Errors::default();
    let last = tokens.clone().into_iter().last().map(|token| match token {
        TokenTree::Group(group) => group.span_close(),
        other => other.span(),
    });
    let parser = syn::meta::parser(|meta| parse_key(&meta, &mut written, &mut errors));
    if let Err(error) = parser.parse2(tokens) {
        // syn spans "unexpected end of input" at the whole attribute; the arguments' last token
        // (a dangling `::`, say) is where the user looks.
        match last {
            Some(span) if error.to_string().starts_with("unexpected end of input") => errors.at(
                span,
                format_args!(
                    "the arguments of `#[thread_safe]` end too early: expected a key, {KEYS}"
                ),
            ),
            _ => errors.push(error),
        }
    }
    let args = resolve(written, &mut errors);
    errors.finish()?;
    Ok(args)
}

fn parse_key(
    meta: &ParseNestedMeta<'_>,
    written: &mut Written,
    errors: &mut Errors,
) -> syn::Result<()> {
    let span = key_span(meta);
    let key = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
    match key.as_str() {
        "send" | "sync" => {
            let value = optional_reason(meta, errors)?;
            let traits = if key == "send" { "`Send`" } else { "`Sync`" };
            if let Some(lit) = &value {
                check_reason(lit, traits, errors);
            }
            let slot = if key == "send" { &mut written.send } else { &mut written.sync };
            set_once(slot, (span, value), span, &key, errors);
        }
        "reason" => {
            if meta.input.peek(Token![=]) {
                if let Some(lit) = string_value(meta, "reason", errors)? {
                    check_reason(&lit, "`Send` and `Sync`", errors);
                    set_once(&mut written.reason, (span, lit), span, "reason", errors);
                }
            } else {
                skip_value(meta)?;
                errors.at(span, "`reason` needs a justification: `reason = \"why the unchecked fields are thread-safe\"`");
            }
        }
        "bound" => parse_bound(meta, span, written, errors)?,
        "crate" => {
            if let Some(lit) = string_value(meta, "crate", errors)? {
                match lit.parse::<syn::Path>() {
                    Ok(path) => set_once(&mut written.krate, (span, path), span, "crate", errors),
                    Err(_) => errors.at(lit.span(), "`crate` takes a path to the `thread_safe` crate, such as `crate = \"my_crate::thread_safe\"`"),
                }
            }
        }
        "unchecked" => {
            skip_value(meta)?;
            errors.at(span, "`unchecked` marks a field, not the type: put `#[thread_safe(unchecked)]` on the field the reason covers");
        }
        _ => {
            skip_value(meta)?;
            errors.at(
                span,
                format_args!(
                    "unknown key `{}` in `#[thread_safe]`; expected {KEYS}",
                    path_text(&meta.path)
                ),
            );
        }
    }
    Ok(())
}

/// The reason of `send = "reason"`; `None` for `send` alone or a malformed value (reported).
fn optional_reason(meta: &ParseNestedMeta<'_>, errors: &mut Errors) -> syn::Result<Option<LitStr>> {
    if meta.input.peek(Token![=]) {
        string_value(meta, "reason", errors)
    } else if meta.input.is_empty() || meta.input.peek(Token![,]) {
        Ok(None)
    } else {
        let span = key_span(meta);
        skip_value(meta)?;
        errors.at(span, "write `send` to check the trait or `send = \"reason\"` to vouch for it");
        Ok(None)
    }
}

fn parse_bound(
    meta: &ParseNestedMeta<'_>,
    span: Span,
    written: &mut Written,
    errors: &mut Errors,
) -> syn::Result<()> {
    if meta.input.peek(Token![=]) {
        if let Some(bound) = bound_value(meta, errors)? {
            set_once(&mut written.bound, (span, bound), span, "bound", errors);
        }
        return Ok(());
    }
    if !meta.input.peek(syn::token::Paren) {
        errors.at(
            span,
            "write `bound = \"T: Send\"` or `bound(send = \"T: Send\", sync = \"T: Sync\")`",
        );
        return skip_value(meta);
    }
    meta.parse_nested_meta(|inner| {
        let inner_span = key_span(&inner);
        let key = inner.path.get_ident().map(ToString::to_string).unwrap_or_default();
        let slot = match key.as_str() {
            "send" => &mut written.send_bound,
            "sync" => &mut written.sync_bound,
            _ => {
                skip_value(&inner)?;
                errors.at(inner_span, "`bound(...)` takes `send = \"...\"` and `sync = \"...\"`");
                return Ok(());
            }
        };
        if !inner.input.peek(Token![=]) {
            skip_value(&inner)?;
            errors.at(inner_span, format_args!("write `{key} = \"T: Send\"` inside `bound(...)`"));
            return Ok(());
        }
        if let Some(bound) = bound_value(&inner, errors)? {
            if slot.is_some() {
                errors.at(inner_span, format_args!("duplicate `{key}` in `bound(...)`"));
            } else {
                *slot = Some(bound);
            }
        }
        Ok(())
    })
}

fn bound_value(meta: &ParseNestedMeta<'_>, errors: &mut Errors) -> syn::Result<Option<Bound>> {
    let Some(lit) = string_value(meta, "bound", errors)? else { return Ok(None) };
    let parser = Punctuated::<WherePredicate, Token![,]>::parse_terminated;
    // Parsed from the literal's tokens, respanned to the call site located at the literal: an
    // error in a predicate still points at the literal, and the tokens resolve in the macro's
    // edition like the rest of the generated where clause.
    let at = Span::call_site().located_at(lit.span());
    let tokens = respan(lit.value().parse::<TokenStream>().unwrap_or_default(), at);
    let parsed = lit.parse_with(parser).and_then(|_| parser.parse2(tokens));
    match parsed {
        Ok(predicates) => Ok(Some(Bound { lit, predicates: predicates.into_iter().collect() })),
        Err(error) => {
            errors.at(
                lit.span(),
                format_args!("malformed bound: {error}; a bound is a where-clause list such as \"T: Send, U: Send + Sync\""),
            );
            Ok(None)
        }
    }
}

/// Reads `= <tokens up to the next comma>` and accepts only one string literal.
fn string_value(
    meta: &ParseNestedMeta<'_>,
    what: &str,
    errors: &mut Errors,
) -> syn::Result<Option<LitStr>> {
    if !meta.input.peek(Token![=]) {
        skip_value(meta)?;
        let key = path_text(&meta.path);
        let example = if key == "crate" { "my_crate::thread_safe" } else { "..." };
        errors.at(key_span(meta), format_args!("`{key}` takes a value: `{key} = \"{example}\"`"));
        return Ok(None);
    }
    let input = meta.value()?;
    let mut tokens = TokenStream::new();
    while !input.is_empty() && !input.peek(Token![,]) {
        tokens.extend([input.parse::<TokenTree>()?]);
    }
    if let Ok(lit) = syn::parse2::<LitStr>(tokens.clone()) {
        return Ok(Some(lit));
    }
    let message = format!(
        "`{}` takes a string literal: `{} = \"...\"`",
        path_text(&meta.path),
        path_text(&meta.path)
    );
    let message = if what == "reason" {
        format!("{message} (a reason is written in quotes)")
    } else {
        message
    };
    match tokens.clone().into_iter().next() {
        Some(_) => errors.push(syn::Error::new_spanned(tokens, message)),
        None => errors.at(key_span(meta), message),
    }
    Ok(None)
}

fn check_reason(lit: &LitStr, traits: &str, errors: &mut Errors) {
    if let Some(problem) = crate::reason::problem(lit, traits) {
        errors.at(lit.span(), problem);
    }
}

fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut token| {
            if let TokenTree::Group(group) = &token {
                let mut new =
                    proc_macro2::Group::new(group.delimiter(), respan(group.stream(), span));
                new.set_span(span);
                token = TokenTree::Group(new);
            } else {
                token.set_span(span);
            }
            token
        })
        .collect()
}

fn skip_value(meta: &ParseNestedMeta<'_>) -> syn::Result<()> {
    while !meta.input.is_empty() && !meta.input.peek(Token![,]) {
        meta.input.parse::<TokenTree>()?;
    }
    Ok(())
}

fn set_once<T>(slot: &mut Option<T>, value: T, span: Span, key: &str, errors: &mut Errors) {
    if slot.is_some() {
        errors.at(span, format_args!("duplicate `{key}` in `#[thread_safe]`"));
    } else {
        *slot = Some(value);
    }
}

fn key_span(meta: &ParseNestedMeta<'_>) -> Span {
    syn::spanned::Spanned::span(&meta.path)
}

fn path_text(path: &syn::Path) -> String {
    let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
    segments.join("::")
}

fn resolve(written: Written, errors: &mut Errors) -> Args {
    let mut send = trait_mode(written.send.as_ref());
    let mut sync = trait_mode(written.sync.as_ref());
    if let Some((_, lit)) = &written.reason {
        for (key, slot, mode) in
            [("send", &written.send, &mut send), ("sync", &written.sync, &mut sync)]
        {
            match slot {
                Some((span, Some(_))) => errors.at(*span, format_args!("`reason` already vouches for `Send` and `Sync`; drop `{key} = \"...\"` or write one reason per trait without `reason`")),
                Some((span, None)) => errors.at(*span, format_args!("`{key}` asks to check the trait, but `reason` vouches for it: a trait is either checked or vouched; drop `{key}`, or replace `reason` with `send = \"...\"`/`sync = \"...\"`")),
                None => *mode = Mode::Vouched(Reason { lit: lit.clone() }),
            }
        }
    }
    if written.send.is_none() && written.sync.is_none() && written.reason.is_none() {
        send = Mode::Checked;
        sync = Mode::Checked;
    }
    let (mut send_bound, mut sync_bound) = (written.send_bound, written.sync_bound);
    if let Some((span, bound)) = written.bound {
        if send_bound.is_some() || sync_bound.is_some() {
            errors.at(span, "`bound = \"...\"` and `bound(...)` both given: keep one");
        }
        send_bound = Some(bound.clone());
        sync_bound = Some(bound);
    }
    let krate = written.krate.map_or_else(|| syn::parse_quote!(::thread_safe), |(_, path)| path);
    Args { send, sync, send_bound, sync_bound, krate }
}

fn trait_mode(written: Option<&(Span, Option<LitStr>)>) -> Mode {
    match written {
        None => Mode::Untouched,
        Some((_, None)) => Mode::Checked,
        Some((_, Some(lit))) => Mode::Vouched(Reason { lit: lit.clone() }),
    }
}
