//! Runs the `cargo-thread-safe` binary on the fixtures under `tests/fixtures/` (one test binary,
//! so the suite links once).

mod arc;
mod cli;
mod common;
mod formats;
mod robustness;
mod unsafe_impls;
