//! Send/Sync inference the way the compiler's auto traits work: a local type is Send (Sync) when
//! every field is, unless a hand-written impl or `#[thread_safe]` says otherwise. Generic
//! parameters without an argument count as thread-safe.

use std::collections::HashMap;

use super::explain::{Cause, Why};
use super::index::{CrateIndex, Resolved};
use super::known::{self, Need};
use crate::model::{ImplParam, Trait, Ty, TyKind, TyPath};

/// Past this nesting of local types (polymorphic recursion), a type is assumed thread-safe.
const MAX_DEPTH: usize = 64;

/// What a generic parameter stands for.
#[derive(Clone, Copy)]
pub(crate) enum Binding<'a> {
    /// No argument: the parameter counts as thread-safe.
    Free,
    /// The argument, and the scope it was written in.
    Bound(&'a Ty, &'a Env<'a>),
}

impl<'a> Binding<'a> {
    pub(crate) fn of(arg: Option<&'a Ty>, env: &'a Env<'a>) -> Self {
        arg.map_or(Binding::Free, |arg| Binding::Bound(arg, env))
    }
}

/// The scope a type is written in: its module, and what its generic parameters stand for.
pub(crate) struct Env<'a> {
    pub(crate) module: &'a [String],
    pub(crate) bindings: Vec<(&'a str, Binding<'a>)>,
}

impl<'a> Env<'a> {
    /// A scope where each of `params` is free.
    pub(crate) fn free(module: &'a [String], params: &'a [String]) -> Self {
        Env { module, bindings: params.iter().map(|name| (name.as_str(), Binding::Free)).collect() }
    }

    /// The scope of a declaration in `module` whose `params` take the arguments `path` writes in
    /// `env` (a missing argument leaves its parameter free).
    pub(crate) fn instantiate(
        module: &'a [String],
        params: &'a [String],
        path: &'a TyPath,
        env: &'a Env<'a>,
    ) -> Self {
        let bindings = params
            .iter()
            .enumerate()
            .map(|(i, name)| (name.as_str(), Binding::of(path.args.get(i), env)))
            .collect();
        Env { module, bindings }
    }

    fn lookup(&self, name: &str) -> Option<Binding<'a>> {
        self.bindings.iter().rev().find(|(param, _)| *param == name).map(|(_, bound)| *bound)
    }
}

pub(crate) struct Checker<'i, 'm> {
    index: &'i CrateIndex<'m>,
    /// Treat every `Arc` as thread-safe: each `Arc` written in the crate is judged at its own site,
    /// so one problem gives one finding.
    trust_arcs: bool,
    stack: Vec<(usize, Trait, String)>,
    cache: HashMap<(usize, Trait), Option<Why>>,
    /// Counts coinductive assumptions, so results that relied on one are not cached.
    assumptions: usize,
}

impl<'i, 'm> Checker<'i, 'm> {
    pub(crate) fn new(index: &'i CrateIndex<'m>, trust_arcs: bool) -> Self {
        Checker { index, trust_arcs, stack: Vec::new(), cache: HashMap::new(), assumptions: 0 }
    }

    pub(crate) fn index(&self) -> &'i CrateIndex<'m> {
        self.index
    }

    /// Why `ty` is not `tr`, or `None` when it is (or cannot be known not to be).
    pub(crate) fn check(&mut self, ty: &Ty, env: &Env<'_>, tr: Trait) -> Option<Why> {
        match &ty.kind {
            TyKind::Opaque => None,
            TyKind::RawPtr => Some(Why::leaf(ty, tr, "raw pointers are neither Send nor Sync")),
            TyKind::Ref { mutable, inner } => {
                // `&T` is Send only when `T` is Sync; `&mut T` is Send when `T` is Send.
                let needed = if *mutable { tr } else { Trait::Sync };
                let why = self.check(inner, env, needed)?;
                Some(Why::part(ty, tr, why))
            }
            TyKind::Elements(elements) => {
                let why = elements.iter().find_map(|element| self.check(element, env, tr))?;
                Some(Why::part(ty, tr, why))
            }
            TyKind::TraitObject(bounds) => {
                if bounds.iter().any(|bound| self.bound_gives(bound, env.module, tr, true)) {
                    None
                } else {
                    Some(Why::leaf(ty, tr, &no_bound(tr)))
                }
            }
            TyKind::Path(path) => self.check_path(ty, path, env, tr),
        }
    }

    fn check_path(&mut self, ty: &Ty, path: &TyPath, env: &Env<'_>, tr: Trait) -> Option<Why> {
        if !path.global {
            if let Some(binding) = path.segments.first().and_then(|first| env.lookup(first)) {
                return match binding {
                    // `T::Item` is an associated type the audit cannot see.
                    Binding::Bound(bound, bound_env) if path.segments.len() == 1 => {
                        self.check(bound, bound_env, tr)
                    }
                    _ => None,
                };
            }
        }
        if is_primitive(path) {
            return None;
        }
        match self.index.resolve(env.module, path) {
            Resolved::Type(id) => self.check_type(id, ty, path, env, tr),
            Resolved::Alias(id) => {
                let alias = self.index.aliases[id];
                let alias_env = Env::instantiate(&alias.module, &alias.params, path, env);
                let why = self.nested(|this| this.check(&alias.target, &alias_env, tr))?;
                Some(Why { ty: ty.text.clone(), tr, cause: Cause::Alias(Box::new(why)) })
            }
            Resolved::Trait(id) => {
                let gives = self.trait_gives(id, tr, true, &mut Vec::new());
                (!gives).then(|| Why::leaf(ty, tr, &no_bound(tr)))
            }
            Resolved::External(full) => self.check_known(ty, path, &full, env, tr),
            Resolved::Module(_) | Resolved::Opaque => None,
        }
    }

    fn check_known(
        &mut self,
        ty: &Ty,
        path: &TyPath,
        full: &[String],
        env: &Env<'_>,
        tr: Trait,
    ) -> Option<Why> {
        if self.trust_arcs && known::is_arc(full) {
            return None;
        }
        match known::known(full).need(tr) {
            Need::Always => None,
            Need::Never(reason) => Some(Why::leaf(ty, tr, reason)),
            Need::Args(needed) => path.args.iter().find_map(|arg| {
                let why = needed.iter().find_map(|&need| self.check(arg, env, need))?;
                Some(Why::part(ty, tr, why))
            }),
        }
    }

    fn check_type(
        &mut self,
        id: usize,
        ty: &Ty,
        path: &TyPath,
        env: &Env<'_>,
        tr: Trait,
    ) -> Option<Why> {
        let decl = self.index.types[id];
        if decl.attribute.as_ref().is_some_and(|attribute| attribute.mode(tr).is_some()) {
            return None;
        }
        if let Some(impl_decl) = self.index.impls(id, tr).first() {
            if impl_decl.negative {
                return Some(Why { ty: ty.text.clone(), tr, cause: Cause::NegativeImpl });
            }
            let TyKind::Path(self_path) = &impl_decl.self_ty.kind else { return None };
            for (position, self_arg) in self_path.args.iter().enumerate() {
                let Some(param) = impl_param(self_arg, &impl_decl.params) else { continue };
                let Some(arg) = path.args.get(position) else { continue };
                for needed in [Trait::Send, Trait::Sync] {
                    let required = param
                        .bounds
                        .iter()
                        .any(|b| self.bound_gives(b, &impl_decl.module, needed, false));
                    if !required {
                        continue;
                    }
                    if let Some(why) = self.check(arg, env, needed) {
                        let param = param.name.clone();
                        return Some(Why {
                            ty: ty.text.clone(),
                            tr,
                            cause: Cause::ImplBound { param, inner: Box::new(why) },
                        });
                    }
                }
            }
            return None;
        }
        let cacheable = decl.params.is_empty();
        if cacheable {
            if let Some(cached) = self.cache.get(&(id, tr)) {
                return cached.clone().map(|why| Why { ty: ty.text.clone(), ..why });
            }
        }
        let key: Vec<&str> = path.args.iter().map(|arg| arg.text.as_str()).collect();
        let key = key.join(",");
        if self.stack.len() > MAX_DEPTH
            || self.stack.iter().any(|(i, t, k)| *i == id && *t == tr && *k == key)
        {
            // Auto traits are coinductive: a type that holds itself is Send if the rest is.
            self.assumptions += 1;
            return None;
        }
        let before = self.assumptions;
        self.stack.push((id, tr, key));
        let result = self.structural(id, ty, path, env, tr);
        self.stack.pop();
        if cacheable && (result.is_some() || self.assumptions == before) {
            self.cache.insert((id, tr), result.clone());
        }
        result
    }

    /// Field by field, ignoring hand-written impls: what the compiler would derive.
    pub(crate) fn structural(
        &mut self,
        id: usize,
        ty: &Ty,
        path: &TyPath,
        env: &Env<'_>,
        tr: Trait,
    ) -> Option<Why> {
        let decl = self.index.types[id];
        let fields_env = Env::instantiate(&decl.module, &decl.params, path, env);
        decl.fields.iter().find_map(|field| {
            let why = self.check(&field.ty, &fields_env, tr)?;
            Some(Why {
                ty: ty.text.clone(),
                tr,
                cause: Cause::Field {
                    name: field.name.clone(),
                    field_ty: field.ty.text.clone(),
                    inner: Box::new(why),
                },
            })
        })
    }

    fn nested(&mut self, check: impl FnOnce(&mut Self) -> Option<Why>) -> Option<Why> {
        if self.stack.len() > MAX_DEPTH {
            return None;
        }
        self.stack.push((usize::MAX, Trait::Send, String::new()));
        let result = check(self);
        self.stack.pop();
        result
    }

    /// Whether the trait bound `bound` (written in `module`) implies `tr`. `trust_unknown` decides
    /// for traits the audit cannot see into.
    pub(crate) fn bound_gives(
        &self,
        bound: &TyPath,
        module: &[String],
        tr: Trait,
        trust_unknown: bool,
    ) -> bool {
        if bound.segments.last().is_some_and(|name| name == tr.name()) {
            return true;
        }
        match self.index.resolve(module, bound) {
            Resolved::Trait(id) => self.trait_gives(id, tr, trust_unknown, &mut Vec::new()),
            Resolved::External(full) => {
                trust_unknown && !known::is_std_trait_without_auto_traits(&full)
            }
            _ => false,
        }
    }

    fn trait_gives(
        &self,
        id: usize,
        tr: Trait,
        trust_unknown: bool,
        seen: &mut Vec<usize>,
    ) -> bool {
        if seen.contains(&id) {
            return false;
        }
        seen.push(id);
        let decl = self.index.traits[id];
        decl.supertraits.iter().any(|supertrait| {
            if supertrait.segments.last().is_some_and(|name| name == tr.name()) {
                return true;
            }
            match self.index.resolve(&decl.module, supertrait) {
                Resolved::Trait(inner) => self.trait_gives(inner, tr, trust_unknown, seen),
                Resolved::External(full) => {
                    trust_unknown && !known::is_std_trait_without_auto_traits(&full)
                }
                _ => false,
            }
        })
    }
}

/// `u8`, `str`, `bool`...: always thread-safe, and the most common types there are.
fn is_primitive(path: &TyPath) -> bool {
    const PRIMITIVES: [&str; 17] = [
        "bool", "char", "str", "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32",
        "i64", "i128", "isize", "f32", "f64",
    ];
    !path.global
        && path.args.is_empty()
        && matches!(path.segments.as_slice(), [name] if PRIMITIVES.contains(&name.as_str()))
}

/// The impl parameter a self-type argument names (`T` in `impl<T: Send> Send for Queue<T>`).
fn impl_param<'p>(self_arg: &Ty, params: &'p [ImplParam]) -> Option<&'p ImplParam> {
    let TyKind::Path(path) = &self_arg.kind else { return None };
    let [name] = path.segments.as_slice() else { return None };
    params.iter().find(|param| &param.name == name)
}

fn no_bound(tr: Trait) -> String {
    let name = tr.name();
    format!(
        "the trait object has no `{name}` bound (write `+ {name}`, or make `{name}` a supertrait)"
    )
}
