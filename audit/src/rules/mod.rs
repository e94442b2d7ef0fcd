//! The rules: each turns one crate's models into findings.

pub(crate) mod arc;
pub(crate) mod unsafe_impl;
