//! Decides, for each field and each Arc in it, what the generated code must state: an assertion
//! (checked now, with an error at the field's type) or a where-clause predicate of a vouched impl.

use crate::args::{Args, Mode};
use crate::bounds::is_generic;
use crate::model::{FieldSite, Model};
use syn::{Ident, Type};

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Trait {
    Send,
    Sync,
}

impl Trait {
    pub(crate) const BOTH: [Self; 2] = [Self::Send, Self::Sync];

    pub(crate) const fn name(self) -> &'static str {
        match self {
            Self::Send => "Send",
            Self::Sync => "Sync",
        }
    }

    pub(crate) const fn mode(self, args: &Args) -> &Mode {
        match self {
            Self::Send => &args.send,
            Self::Sync => &args.sync,
        }
    }

    pub(crate) fn bound(self, args: &Args) -> Option<&[syn::WherePredicate]> {
        self.written_bound(args).map(|bound| bound.predicates.as_slice())
    }

    pub(crate) const fn written_bound(self, args: &Args) -> Option<&crate::args::Bound> {
        match self {
            Self::Send => args.send_bound.as_ref(),
            Self::Sync => args.sync_bound.as_ref(),
        }
    }
}

/// What a field's type must implement.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Need {
    One(Trait),
    /// Both, asserted at once so that a field that is neither (`Rc<u8>`) gets one error.
    Both,
}

/// One thing the generated code must state about one field.
pub(crate) enum Claim<'a> {
    /// The field's type implements the trait(s).
    Field(&'a FieldSite<'a>, Need),
    /// The inner type of an Arc in the field is `Send + Sync`.
    ArcInner(&'a FieldSite<'a>, &'a Type),
}

/// Where a claim is stated.
pub(crate) enum Place {
    /// Asserted in a check struct; `Some(trait)` when it needs check mode's assumption for it.
    Assert(Option<Trait>),
    /// A predicate of every vouched impl (`Some(trait)`: only of that trait's impl).
    Predicate(Option<Trait>),
}

pub(crate) fn plan<'a>(
    args: &Args,
    model: &'a Model<'a>,
    params: &[&Ident],
) -> Vec<(Claim<'a>, Place)> {
    let any_checked = Trait::BOTH.iter().any(|t| matches!(t.mode(args), Mode::Checked));
    let any_vouched = Trait::BOTH.iter().any(|t| t.mode(args).reason().is_some());
    let mut claims = Vec::new();
    for site in &model.fields {
        let ty = &site.field.ty;
        if crate::syntax::has_self_with_arguments(ty) {
            // rustc rejects the field itself; a copy of it in our output would only add a second,
            // stranger error.
            continue;
        }
        let generic = crate::bounds::names_a_param(&site.idents, params);
        let mut asserts: Vec<(Trait, Option<Trait>)> = Vec::new();
        for trait_ in Trait::BOTH {
            match trait_.mode(args) {
                Mode::Checked => asserts.push((trait_, Some(trait_))),
                Mode::Vouched(_) if site.unchecked.is_none() && generic => {
                    claims.push((
                        Claim::Field(site, Need::One(trait_)),
                        Place::Predicate(Some(trait_)),
                    ));
                }
                Mode::Vouched(_) if site.unchecked.is_none() => asserts.push((trait_, None)),
                Mode::Vouched(_) | Mode::Untouched => {}
            }
        }
        claims.extend(field_asserts(args, site, generic, &asserts));
        for arc in crate::arc::arc_sites(ty) {
            if !is_generic(arc.inner, params) {
                claims.push((Claim::ArcInner(site, arc.inner), Place::Assert(None)));
                continue;
            }
            if any_vouched {
                claims.push((Claim::ArcInner(site, arc.inner), Place::Predicate(None)));
            }
            if any_checked {
                let checked =
                    Trait::BOTH.into_iter().find(|t| matches!(t.mode(args), Mode::Checked));
                claims.push((Claim::ArcInner(site, arc.inner), Place::Assert(checked)));
            }
        }
    }
    claims
}

/// The field assertions: one for both traits (one error for a field that is neither), except
/// for a generic field under a written `bound`, which gets one per trait.
fn field_asserts<'a>(
    args: &Args,
    site: &'a FieldSite<'a>,
    generic: bool,
    asserts: &[(Trait, Option<Trait>)],
) -> Vec<(Claim<'a>, Place)> {
    // Under a user's `bound` a generic field gets one message per trait, which tells the user
    // which trait the bound does not give.
    let written = generic && Trait::BOTH.iter().any(|t| t.bound(args).is_some());
    if let [(_, send), (_, sync)] = asserts {
        if !generic || !written {
            return vec![(Claim::Field(site, Need::Both), Place::Assert(send.or(*sync)))];
        }
    }
    asserts
        .iter()
        .map(|(trait_, assumption)| {
            (Claim::Field(site, Need::One(*trait_)), Place::Assert(*assumption))
        })
        .collect()
}
