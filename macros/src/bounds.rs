//! Generic bounds: which parameters a type mentions, the default bounds an unchecked field brings,
//! and the assumption under which check mode checks a generic type.

use crate::syntax::{any_ident, walk_all};
use proc_macro2::{Ident, TokenStream};
use quote::{quote, ToTokens};
use syn::{Generics, Type, WherePredicate};

pub(crate) fn type_params(generics: &Generics) -> Vec<&Ident> {
    generics.type_params().map(|param| &param.ident).collect()
}

/// Whether `ty` depends on a type parameter (`Self` counts: it carries the type's parameters).
pub(crate) fn is_generic(ty: &Type, params: &[&Ident]) -> bool {
    !params.is_empty() && names_a_param(&crate::syntax::type_idents(ty), params)
}

/// Whether a type naming `idents` depends on a type parameter.
pub(crate) fn names_a_param(idents: &crate::syntax::Idents, params: &[&Ident]) -> bool {
    !params.is_empty()
        && (idents.contains("Self")
            || params.iter().any(|param| idents.contains(&param.to_string())))
}

/// The type parameters and projections (`T::Item`, `<T as Trait>::Item`) written anywhere in `ty`.
pub(crate) fn bounded_by_unchecked(ty: &Type, params: &[&Ident]) -> Vec<Type> {
    let tokens = ty.to_token_stream();
    let mut found: Vec<Type> = params
        .iter()
        .filter(|param| any_ident(tokens.clone(), &mut |ident| ident == **param))
        .map(|param| syn::parse_quote!(#param))
        .collect();
    walk_all(ty, &mut |inner| {
        let Type::Path(path) = inner else { return };
        let projection = match &path.qself {
            Some(qself) => is_generic(&qself.ty, params),
            None => {
                path.path.segments.len() > 1
                    && path
                        .path
                        .segments
                        .first()
                        .is_some_and(|first| params.contains(&&first.ident))
            }
        };
        let text = inner.to_token_stream().to_string();
        if projection && !found.iter().any(|seen| seen.to_token_stream().to_string() == text) {
            found.push(inner.clone());
        }
    });
    found
}

/// The first type macro written anywhere in `ty`: its expansion cannot be analysed.
pub(crate) fn type_macro(ty: &Type) -> Option<&syn::TypeMacro> {
    let mut found = None;
    walk_all(ty, &mut |inner| {
        if let (None, Type::Macro(mac)) = (&found, inner) {
            found = Some(mac);
        }
    });
    found
}

/// `X: Send + Sync` for each `X`.
pub(crate) fn send_sync(types: &[Type]) -> Vec<TokenStream> {
    types.iter().map(|ty| quote!(#ty: ::core::marker::Send + ::core::marker::Sync)).collect()
}

/// Check mode's assumption: the user's `bound`, else every type parameter `Send + Sync`.
pub(crate) fn assumption(
    generics: &Generics,
    bound: Option<&[WherePredicate]>,
) -> Vec<TokenStream> {
    match bound {
        Some(predicates) => predicates.iter().map(ToTokens::to_token_stream).collect(),
        None => generics
            .type_params()
            .map(|param| {
                let ident = &param.ident;
                quote!(#ident: ::core::marker::Send + ::core::marker::Sync)
            })
            .collect(),
    }
}
