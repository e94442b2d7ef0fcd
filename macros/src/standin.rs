//! One problem, one error: when an `Arc<X>` fails because `X` is not `Send + Sync`, the field
//! holding it fails too. The field check therefore sees each `Arc<X>` as `Arc<SendSync>`, where
//! `SendSync` is a unit struct of `__private` (the stand-in); the Arc check alone reports `X`.
//! The stand-in is `Sized` and `'static` so that it fits any `Arc` (a crate's own `Arc<T>` may
//! require `T: Sized`) and any position (`&'static [Arc<X>]`).
//!
//! The stand-in goes only through containers whose declaration puts no bound on its parameters
//! (std's), so it never trips a bound such as `struct Sorted<T: Ord>`. An Arc inside any other
//! generic type is left as written: a bad `X` there gives the Arc error and the field error.

use syn::{GenericArgument, PathArguments, Type};

const BOUND_FREE: &[&str] = &[
    "Arc",
    "BTreeMap",
    "BTreeSet",
    "BinaryHeap",
    "Box",
    "Cell",
    "HashMap",
    "HashSet",
    "JoinHandle",
    "LazyCell",
    "LazyLock",
    "LinkedList",
    "ManuallyDrop",
    "MaybeUninit",
    "Mutex",
    "NonNull",
    "OnceCell",
    "OnceLock",
    "Option",
    "PhantomData",
    "Pin",
    "Rc",
    "Receiver",
    "RefCell",
    "Result",
    "Reverse",
    "RwLock",
    "Saturating",
    "Sender",
    "SyncSender",
    "UnsafeCell",
    "Vec",
    "VecDeque",
    "Weak",
    "Wrapping",
];

/// `ty` with the stand-in for the inner type of each Arc it holds, or `None` if it holds none
/// that can be replaced.
pub(crate) fn with_stand_in(ty: &Type, stand_in: &syn::Path) -> Option<Type> {
    let mut any_arc = false;
    crate::arc::walk_held(ty, &mut |held| any_arc |= crate::arc::arc_inner(held).is_some());
    if !any_arc {
        return None;
    }
    let mut copy = ty.clone();
    let replacement: Type =
        Type::Path(syn::TypePath { attrs: Vec::new(), qself: None, path: stand_in.clone() });
    replace(&mut copy, &replacement).then_some(copy)
}

fn replace(ty: &mut Type, stand_in: &Type) -> bool {
    if crate::arc::arc_inner(ty).is_some() {
        return replace_first_type_arg(ty, stand_in);
    }
    match ty {
        Type::Array(array) => replace(&mut array.elem, stand_in),
        Type::Slice(slice) => replace(&mut slice.elem, stand_in),
        Type::Reference(reference) => replace(&mut reference.elem, stand_in),
        Type::Ptr(ptr) => replace(&mut ptr.elem, stand_in),
        Type::Paren(paren) => replace(&mut paren.elem, stand_in),
        Type::Group(group) => replace(&mut group.elem, stand_in),
        Type::Tuple(tuple) => {
            tuple.elems.iter_mut().fold(false, |any, elem| replace(elem, stand_in) | any)
        }
        Type::Path(path) if path.qself.is_none() => {
            let is_bound_free = crate::arc::last_segment_name(path)
                .is_some_and(|(name, _)| BOUND_FREE.contains(&name.as_str()));
            let Some(last) = path.path.segments.last_mut() else { return false };
            if !is_bound_free {
                return false;
            }
            let PathArguments::AngleBracketed(args) = &mut last.arguments else { return false };
            args.args.iter_mut().fold(false, |any, arg| match arg {
                GenericArgument::Type(inner) => replace(inner, stand_in) | any,
                _ => any,
            })
        }
        _ => false,
    }
}

fn replace_first_type_arg(ty: &mut Type, stand_in: &Type) -> bool {
    let Type::Path(path) = ty else { return false };
    let Some(last) = path.path.segments.last_mut() else { return false };
    let PathArguments::AngleBracketed(args) = &mut last.arguments else { return false };
    for arg in &mut args.args {
        if let GenericArgument::Type(inner) = arg {
            *inner = stand_in.clone();
            return true;
        }
    }
    false
}
