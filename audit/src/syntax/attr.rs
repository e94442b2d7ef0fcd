//! Reads `#[thread_safe(...)]` the way the attribute macro does, for the inventory and for
//! inference (a named trait holds: the compiler checks it, or the user vouched for it).

use proc_macro2::{TokenStream, TokenTree};

use crate::model::{Loc, Mode, ThreadSafeUse};

pub(crate) fn is_thread_safe(attr: &syn::Attribute) -> bool {
    attr.path().segments.last().is_some_and(|segment| segment.ident == "thread_safe")
}

/// The `#[thread_safe]` of a type, if it has one.
pub(crate) fn thread_safe_use(
    attrs: &[syn::Attribute],
    subject: String,
    loc: Loc,
    fields: &[&syn::Field],
) -> Option<ThreadSafeUse> {
    let attr = attrs.iter().find(|attr| is_thread_safe(attr))?;
    let entries = match &attr.meta {
        syn::Meta::List(list) => entries(list.tokens.clone()),
        _ => Vec::new(),
    };
    let mut send = None;
    let mut sync = None;
    let mut reason = None;
    for (key, value) in entries {
        let mode = value.map_or(Mode::Checked, Mode::Vouched);
        match key.as_str() {
            "send" => send = Some(mode),
            "sync" => sync = Some(mode),
            "reason" => reason = Some(mode),
            _ => {}
        }
    }
    if send.is_none() && sync.is_none() {
        let both = reason.unwrap_or(Mode::Checked);
        send = Some(both.clone());
        sync = Some(both);
    } else if let Some(Mode::Vouched(reason)) = reason {
        send.get_or_insert_with(|| Mode::Vouched(reason.clone()));
        sync.get_or_insert(Mode::Vouched(reason));
    }
    let unchecked_fields = fields
        .iter()
        .enumerate()
        .filter(|(_, field)| field.attrs.iter().any(is_unchecked))
        .map(|(index, field)| field.ident.as_ref().map_or(index.to_string(), ToString::to_string))
        .collect();
    Some(ThreadSafeUse { subject, loc, send, sync, unchecked_fields })
}

fn is_unchecked(attr: &syn::Attribute) -> bool {
    is_thread_safe(attr)
        && match &attr.meta {
            syn::Meta::List(list) => {
                entries(list.tokens.clone()).iter().any(|(key, _)| key == "unchecked")
            }
            _ => false,
        }
}

/// `key`, `key = "value"` and `key(...)` entries, split at top-level commas.
fn entries(tokens: TokenStream) -> Vec<(String, Option<String>)> {
    let mut found = Vec::new();
    let mut key: Option<String> = None;
    let mut value = None;
    for token in tokens {
        match token {
            TokenTree::Punct(punct) if punct.as_char() == ',' => {
                found.extend(key.take().map(|key| (key, value.take())));
            }
            TokenTree::Ident(ident) if key.is_none() => key = Some(ident.to_string()),
            TokenTree::Literal(literal) => {
                if let syn::Lit::Str(text) = syn::Lit::new(literal) {
                    value = Some(text.value());
                }
            }
            _ => {}
        }
    }
    found.extend(key.map(|key| (key, value)));
    found
}
