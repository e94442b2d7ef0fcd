//! Finds the places where a field's value holds an `Arc<X>` or `sync::Weak<X>` (an `ArcSite`),
//! and the `AtomicPtr<X>`s whose `X` the compiler's auto traits ignore.
//!
//! "Holds" means reachable through generic arguments, tuples, arrays, slices, references, raw
//! pointers and parentheses. A fn pointer's signature, a `dyn`/`impl` trait's arguments and the
//! self type of a projection (`<Arc<X> as Trait>::Out`) are types a value does not hold.

use syn::{GenericArgument, PathArguments, Type, TypePath};

/// An `Arc<X>` in a field's type: `inner` is `X`.
pub(crate) struct ArcSite<'a> {
    pub(crate) inner: &'a Type,
}

/// Every `Arc`/`sync::Weak` inner type in `ty`, outermost first, nested ones included.
pub(crate) fn arc_sites(ty: &Type) -> Vec<ArcSite<'_>> {
    let mut sites = Vec::new();
    walk_held(ty, &mut |held| {
        if let Some(inner) = arc_inner(held) {
            sites.push(ArcSite { inner });
        }
    });
    sites
}

/// Every `AtomicPtr<X>` in `ty`, with `X`.
pub(crate) fn atomic_ptr_sites(ty: &Type) -> Vec<(&TypePath, &Type)> {
    let mut sites = Vec::new();
    walk_held(ty, &mut |held| {
        if let Type::Path(path) = held {
            let is_atomic_ptr =
                last_segment_name(path).is_some_and(|(name, _)| name == "AtomicPtr");
            if let (true, Some(inner)) = (is_atomic_ptr, first_type_arg(path)) {
                sites.push((path, inner));
            }
        }
    });
    sites
}

/// `X` when `ty` is `Arc<X>` (any path ending in `Arc`) or `sync::Weak<X>`.
pub(crate) fn arc_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else { return None };
    let (name, segments) = last_segment_name(path)?;
    let is_arc = name == "Arc"
        || (name == "Weak"
            && segments.len() >= 2
            && segments.get(segments.len() - 2).is_some_and(|s| s.ident == "sync"));
    if is_arc {
        first_type_arg(path)
    } else {
        None
    }
}

/// The last segment's name, stringified once: every comparison of a compiler identifier
/// stringifies it across the proc-macro bridge.
pub(crate) fn last_segment_name(
    path: &TypePath,
) -> Option<(String, &syn::punctuated::Punctuated<syn::PathSegment, syn::Token![::]>)> {
    if path.qself.is_some() {
        return None;
    }
    let last = path.path.segments.last()?;
    Some((last.ident.to_string(), &path.path.segments))
}

fn first_type_arg(path: &TypePath) -> Option<&Type> {
    let PathArguments::AngleBracketed(args) = &path.path.segments.last()?.arguments else {
        return None;
    };
    args.args.iter().find_map(|arg| match arg {
        GenericArgument::Type(ty) => Some(ty),
        _ => None,
    })
}

/// Calls `visit` on `ty` and on every type a value of `ty` holds, outermost first.
pub(crate) fn walk_held<'a>(ty: &'a Type, visit: &mut dyn FnMut(&'a Type)) {
    visit(ty);
    match ty {
        Type::Array(array) => walk_held(&array.elem, visit),
        Type::Slice(slice) => walk_held(&slice.elem, visit),
        Type::Reference(reference) => walk_held(&reference.elem, visit),
        Type::Ptr(ptr) => walk_held(&ptr.elem, visit),
        Type::Paren(paren) => walk_held(&paren.elem, visit),
        Type::Group(group) => walk_held(&group.elem, visit),
        Type::Tuple(tuple) => tuple.elems.iter().for_each(|elem| walk_held(elem, visit)),
        Type::Path(path) if path.qself.is_none() => {
            for segment in &path.path.segments {
                if let PathArguments::AngleBracketed(args) = &segment.arguments {
                    for arg in &args.args {
                        if let GenericArgument::Type(inner) = arg {
                            walk_held(inner, visit);
                        }
                    }
                }
            }
        }
        _ => {}
    }
}
