//! Crate-wide knowledge: name resolution, what std types do, and Send/Sync inference.

pub(crate) mod check;
pub(crate) mod explain;
pub(crate) mod index;
pub(crate) mod known;
