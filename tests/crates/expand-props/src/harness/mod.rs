//! The harness around the pipeline: the fuzz input format, the checks, the seed extractor.

pub(crate) mod input;
pub(crate) mod invariants;
mod msrv;
pub(crate) mod seeds;
mod tokens;
