//! syn types to the engine's [`Ty`].

use syn::spanned::Spanned;

use super::span;
use crate::model::{Ty, TyKind, TyPath};

/// Converts `ty`; `self_ty` replaces a bare `Self` (inside an impl or a type's own fields).
pub(crate) fn convert(ty: &syn::Type, self_ty: Option<&Ty>) -> Ty {
    // `Spanned::span` prints the whole node to join its first and last token: compute it once.
    let span = ty.span();
    let kind = match ty {
        syn::Type::Paren(inner) => return convert(&inner.elem, self_ty),
        syn::Type::Group(inner) => return convert(&inner.elem, self_ty),
        syn::Type::Path(path) if path.qself.is_none() => {
            if is_self(&path.path) {
                if let Some(self_ty) = self_ty {
                    return Ty { loc: span::loc(span), ..self_ty.clone() };
                }
                TyKind::Opaque
            } else if path.path.segments.first().is_some_and(|s| s.ident == "Self") {
                // `Self::Assoc`: an associated type the audit cannot see.
                TyKind::Opaque
            } else {
                TyKind::Path(path_of(&path.path, self_ty))
            }
        }
        syn::Type::Ptr(_) => TyKind::RawPtr,
        syn::Type::Reference(reference) => TyKind::Ref {
            mutable: reference.mutability.is_some(),
            inner: Box::new(convert(&reference.elem, self_ty)),
        },
        syn::Type::Array(array) => TyKind::Elements(vec![convert(&array.elem, self_ty)]),
        syn::Type::Slice(slice) => TyKind::Elements(vec![convert(&slice.elem, self_ty)]),
        syn::Type::Tuple(tuple) => {
            TyKind::Elements(tuple.elems.iter().map(|elem| convert(elem, self_ty)).collect())
        }
        syn::Type::TraitObject(object) => TyKind::TraitObject(trait_bounds(&object.bounds)),
        _ => TyKind::Opaque,
    };
    Ty { kind, text: span::text(span), loc: span::loc(span) }
}

fn is_self(path: &syn::Path) -> bool {
    path.leading_colon.is_none() && path.segments.len() == 1 && path.segments[0].ident == "Self"
}

/// A path with the type arguments of its last segment.
pub(crate) fn path_of(path: &syn::Path, self_ty: Option<&Ty>) -> TyPath {
    let segments = path.segments.iter().map(|s| s.ident.to_string()).collect();
    let args = match path.segments.last().map(|s| &s.arguments) {
        Some(syn::PathArguments::AngleBracketed(generic)) => generic
            .args
            .iter()
            .filter_map(|arg| match arg {
                syn::GenericArgument::Type(ty) => Some(convert(ty, self_ty)),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    TyPath { segments, global: path.leading_colon.is_some(), args }
}

/// The trait paths among `bounds` (lifetimes, `?Sized` and `use<..>` dropped).
pub(crate) fn trait_bounds<'a>(
    bounds: impl IntoIterator<Item = &'a syn::TypeParamBound>,
) -> Vec<TyPath> {
    bounds
        .into_iter()
        .filter_map(|bound| match bound {
            syn::TypeParamBound::Trait(trait_bound) if trait_bound.maybe.is_none() => {
                Some(path_of(&trait_bound.path, None))
            }
            _ => None,
        })
        .collect()
}

/// The type a struct literal builds, as written (`CacheEntry`, `Self`).
pub(crate) fn literal_ty(path: &syn::Path, self_ty: Option<&Ty>) -> Ty {
    let span = path.span();
    if is_self(path) {
        if let Some(self_ty) = self_ty {
            return Ty { loc: span::loc(span), ..self_ty.clone() };
        }
    }
    Ty { kind: TyKind::Path(path_of(path, self_ty)), text: span::text(span), loc: span::loc(span) }
}
