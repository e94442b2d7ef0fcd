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
            if let Some(inner) = first_type_arg(path, |name, _| name == "AtomicPtr") {
                sites.push((path, inner));
            }
        }
    });
    sites
}

/// `X` when `ty` is `Arc<X>` (any path ending in `Arc`) or `sync::Weak<X>`.
pub(crate) fn arc_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else { return None };
    first_type_arg(path, |name, previous| {
        name == "Arc" || (name == "Weak" && previous == Some("sync"))
    })
}

fn first_type_arg(
    path: &TypePath,
    is_wanted: impl Fn(&str, Option<&str>) -> bool,
) -> Option<&Type> {
    if path.qself.is_some() {
        return None;
    }
    let segments = &path.path.segments;
    let last = segments.last()?;
    let previous =
        segments.len().checked_sub(2).and_then(|i| segments.get(i)).map(|s| s.ident.to_string());
    if !is_wanted(&last.ident.to_string(), previous.as_deref()) {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else { return None };
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
