//! Why a type is not Send or Sync, as a chain a reader can follow.

use crate::model::{Trait, Ty};

#[derive(Clone, Debug)]
pub(crate) struct Why {
    /// The type as written where it failed.
    pub(crate) ty: String,
    pub(crate) tr: Trait,
    pub(crate) cause: Cause,
}

#[derive(Clone, Debug)]
pub(crate) enum Cause {
    /// A known type that never has the trait.
    Leaf(String),
    /// A field of a local type.
    Field {
        name: String,
        field_ty: String,
        inner: Box<Why>,
    },
    /// A type argument, element or pointee.
    Part(Box<Why>),
    /// A local type alias, expanded.
    Alias(Box<Why>),
    /// A hand-written impl whose bound the argument does not meet.
    ImplBound {
        param: String,
        inner: Box<Why>,
    },
    NegativeImpl,
}

impl Why {
    pub(crate) fn leaf(ty: &Ty, tr: Trait, reason: &str) -> Self {
        Why { ty: ty.text.clone(), tr, cause: Cause::Leaf(reason.to_owned()) }
    }

    pub(crate) fn part(ty: &Ty, tr: Trait, inner: Why) -> Self {
        Why { ty: ty.text.clone(), tr, cause: Cause::Part(Box::new(inner)) }
    }

    /// "`CacheEntry` is not Sync: its field `hits` is `RefCell<..>`, which is not Sync: ..."
    pub(crate) fn describe(&self) -> String {
        format!("`{}` is not {}{}", self.ty, self.tr.name(), self.tail())
    }

    /// The first step only: for the second trait of a type that fails both for the same reason.
    pub(crate) fn describe_first_step(&self) -> String {
        let step = match &self.cause {
            Cause::Field { name, field_ty, inner } => {
                format!(": its field `{name}` is `{field_ty}`, which is not {}", inner.tr.name())
            }
            Cause::Part(inner) | Cause::Alias(inner) => {
                format!(", because `{}` is not {}", inner.ty, inner.tr.name())
            }
            Cause::ImplBound { param, inner } => {
                format!(": its `unsafe impl` requires `{param}: {}`", inner.tr.name())
            }
            Cause::Leaf(_) | Cause::NegativeImpl => self.tail(),
        };
        format!("`{}` is not {}{step}", self.ty, self.tr.name())
    }

    fn tail(&self) -> String {
        match &self.cause {
            Cause::Leaf(reason) => format!(": {reason}"),
            Cause::Field { name, field_ty, inner } if inner.ty == *field_ty => {
                format!(
                    ": its field `{name}` is `{field_ty}`, which is not {}{}",
                    inner.tr.name(),
                    inner.tail()
                )
            }
            Cause::Field { name, field_ty, inner } => {
                format!(": its field `{name}` is `{field_ty}`, and {}", inner.describe())
            }
            Cause::Part(inner) => format!(", because {}", inner.describe()),
            Cause::Alias(inner) => {
                format!(
                    " (a type alias for `{}`, which is not {}{})",
                    inner.ty,
                    inner.tr.name(),
                    inner.tail()
                )
            }
            Cause::ImplBound { param, inner } => format!(
                ": its `unsafe impl` requires `{param}: {}`, but {}",
                inner.tr.name(),
                inner.describe()
            ),
            Cause::NegativeImpl => format!(": it has `impl !{}`", self.tr.name()),
        }
    }
}
