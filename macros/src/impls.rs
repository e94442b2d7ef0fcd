//! Emits `unsafe impl Send/Sync` for each vouched trait, with its justification as rustdoc.
//!
//! The `unsafe` token carries the span of the user's reason: the vouch is the user's own claim,
//! so `#![forbid(unsafe_code)]` must see it, and report it at the reason.

use crate::args::{Mode, Reason};
use crate::checks::Context;
use crate::plan::{Claim, Place, Trait};
use proc_macro2::{Ident, TokenStream};
use quote::{quote, ToTokens};
use syn::Attribute;

/// The most distinct `#[cfg]`s among fields that become where-clause predicates: each one doubles
/// the number of impls, because rustc does not accept `#[cfg]` on a where-clause predicate.
const MAX_CFG_CONDITIONS: usize = 3;

struct Predicate<'a> {
    cfgs: &'a [&'a Attribute],
    tokens: TokenStream,
    /// As the docs show it; also what tells two predicates apart.
    text: String,
}

impl<'a> Predicate<'a> {
    fn new(cfgs: &'a [&'a Attribute], tokens: TokenStream) -> Self {
        let text = crate::syntax::type_text(&tokens);
        Self { cfgs, tokens, text }
    }
}

pub(crate) fn emit(
    cx: &Context<'_>,
    claims: &[(Claim<'_>, Place)],
    params: &[&Ident],
) -> syn::Result<TokenStream> {
    let mut out = TokenStream::new();
    for trait_ in Trait::BOTH {
        if let Mode::Vouched(reason) = trait_.mode(cx.args) {
            out.extend(vouched_impl(cx, claims, params, trait_, reason)?);
        }
    }
    Ok(out)
}

fn vouched_impl(
    cx: &Context<'_>,
    claims: &[(Claim<'_>, Place)],
    params: &[&Ident],
    trait_: Trait,
    reason: &Reason,
) -> syn::Result<TokenStream> {
    let trait_ident = Ident::new(trait_.name(), proc_macro2::Span::call_site());
    let mut predicates: Vec<Predicate<'_>> = Vec::new();
    for (claim, place) in claims {
        let Place::Predicate(only) = place else { continue };
        if only.is_some_and(|only| only != trait_) {
            continue;
        }
        let (site, tokens) = match claim {
            Claim::Field(site, _) => {
                let ty = &site.field.ty;
                (*site, quote!(#ty: ::core::marker::#trait_ident))
            }
            Claim::ArcInner(site, inner) => {
                (*site, quote!(#inner: ::core::marker::Send + ::core::marker::Sync))
            }
        };
        predicates.push(Predicate::new(&site.cfgs, tokens));
    }
    let bounds = bounds(cx, params, trait_);
    predicates.extend(bounds.into_iter().map(|tokens| Predicate::new(&[], tokens)));
    dedupe(&mut predicates);
    let documented: Vec<String> = predicates.iter().map(|p| p.text.clone()).collect();
    let doc = crate::docs::impl_doc(cx, trait_, reason, &documented);
    let conditions = cfg_conditions(&predicates);
    if conditions.len() > MAX_CFG_CONDITIONS {
        return Err(syn::Error::new(
            reason.lit.span(),
            format_args!("more than {MAX_CFG_CONDITIONS} different `#[cfg]`s on generic checked fields: each needs its own `unsafe impl`; mark some of them `#[thread_safe(unchecked)]` or write the bounds with `bound = \"...\"`"),
        ));
    }
    let mut out = TokenStream::new();
    for mask in 0..(1_usize << conditions.len()) {
        let cfg = cfg_attribute(&conditions, mask);
        let selected = predicates.iter().filter(|p| {
            conditions
                .iter()
                .enumerate()
                .all(|(bit, condition)| mask & (1 << bit) != 0 || cfg_key(p.cfgs) != *condition.0)
        });
        let selected: Vec<&TokenStream> = selected.map(|p| &p.tokens).collect();
        out.extend(impl_item(cx, &trait_ident, reason, &doc, cfg.as_ref(), &selected));
    }
    Ok(out)
}

fn impl_item(
    cx: &Context<'_>,
    trait_ident: &Ident,
    reason: &Reason,
    doc: &str,
    cfg: Option<&TokenStream>,
    predicates: &[&TokenStream],
) -> TokenStream {
    let generics = &cx.model.item.generics;
    let (impl_generics, _, _) = generics.split_for_impl();
    let owner = &cx.owner;
    let own_where = generics.where_clause.iter().flat_map(|w| w.predicates.iter());
    // The `unsafe` keyword and the body carry the reason's span: rustc's `unsafe_code` lint
    // reports at the span of the whole item and skips spans that start or end in tokens of a macro
    // expansion. Every path stays at the call site, where it resolves in the macro's edition (a
    // span from the user's 2015-edition crate would read `::core` as a path in the crate root).
    let span = reason.lit.span();
    let unsafe_token = syn::Token![unsafe](span);
    let mut body = proc_macro2::Group::new(proc_macro2::Delimiter::Brace, TokenStream::new());
    body.set_span(span);
    let lint_attrs =
        cx.model.item.attrs.iter().filter(|attr| names_unsafe_code(attr) || is_moved_expect(attr));
    quote! {
        #cfg
        #[doc = #doc]
        #(#lint_attrs)*
        #[allow(clippy::type_repetition_in_bounds, clippy::trait_duplication_in_bounds)]
        #unsafe_token impl #impl_generics ::core::marker::#trait_ident for #owner
        where
            #(#own_where,)*
            #(#predicates,)*
        #body
    }
}

/// `#[allow(unsafe_code)]` (or `warn`/`deny`/`forbid`) on the type is meant for its vouch, which
/// is a separate item: the impl gets a copy.
fn names_unsafe_code(attr: &Attribute) -> bool {
    let level = ["allow", "warn", "deny", "forbid"].iter().any(|level| attr.path().is_ident(level));
    level
        && attr.meta.require_list().is_ok_and(|list| {
            crate::syntax::any_ident(list.tokens.clone(), &mut |ident| ident == "unsafe_code")
        })
}

/// `#[expect(unsafe_code)]` (with an optional `reason`) on a vouched type: moved onto each impl,
/// where the expectation is fulfilled, instead of being left unfulfilled on the type.
pub(crate) fn is_moved_expect(attr: &Attribute) -> bool {
    if !attr.path().is_ident("expect") {
        return false;
    }
    let (mut unsafe_code, mut other) = (false, false);
    let parsed = attr.parse_nested_meta(|meta| {
        if meta.path.is_ident("unsafe_code") {
            unsafe_code = true;
        } else if meta.path.is_ident("reason") {
            meta.value()?.parse::<syn::LitStr>()?;
        } else {
            other = true;
        }
        Ok(())
    });
    parsed.is_ok() && unsafe_code && !other
}

/// The default bounds (every type parameter and projection in an unchecked field, `Send + Sync`)
/// or the user's `bound` for this trait.
fn bounds(cx: &Context<'_>, params: &[&Ident], trait_: Trait) -> Vec<TokenStream> {
    if let Some(written) = trait_.bound(cx.args) {
        return written.iter().map(ToTokens::to_token_stream).collect();
    }
    let mut bounded: Vec<syn::Type> = Vec::new();
    for site in cx.model.fields.iter().filter(|site| site.unchecked.is_some()) {
        for ty in crate::bounds::bounded_by_unchecked(&site.field.ty, params) {
            let text = ty.to_token_stream().to_string();
            if !bounded.iter().any(|seen| seen.to_token_stream().to_string() == text) {
                bounded.push(ty);
            }
        }
    }
    crate::bounds::send_sync(&bounded)
}

fn dedupe(predicates: &mut Vec<Predicate<'_>>) {
    let mut seen: Vec<String> = Vec::new();
    predicates.retain(|p| {
        let key = format!("{} {}", cfg_key(p.cfgs), p.text);
        let fresh = !seen.contains(&key);
        seen.push(key);
        fresh
    });
}

fn cfg_key(cfgs: &[&Attribute]) -> String {
    cfgs.iter().map(|attr| attr.to_token_stream().to_string()).collect::<Vec<_>>().join(" ")
}

/// The distinct `#[cfg]` sets among the predicates, with the condition each stands for.
fn cfg_conditions(predicates: &[Predicate<'_>]) -> Vec<(String, TokenStream)> {
    let mut conditions: Vec<(String, TokenStream)> = Vec::new();
    for predicate in predicates.iter().filter(|p| !p.cfgs.is_empty()) {
        let key = cfg_key(predicate.cfgs);
        if conditions.iter().any(|(seen, _)| *seen == key) {
            continue;
        }
        let parts = predicate
            .cfgs
            .iter()
            .filter_map(|attr| attr.meta.require_list().ok())
            .map(|list| &list.tokens);
        conditions.push((key, quote!(all(#(#parts),*))));
    }
    conditions
}

fn cfg_attribute(conditions: &[(String, TokenStream)], mask: usize) -> Option<TokenStream> {
    if conditions.is_empty() {
        return None;
    }
    let parts = conditions.iter().enumerate().map(|(bit, (_, condition))| {
        if mask & (1 << bit) == 0 {
            quote!(not(#condition))
        } else {
            condition.clone()
        }
    });
    Some(quote!(#[cfg(all(#(#parts),*))]))
}
