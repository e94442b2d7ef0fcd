//! `cargo thread-safe audit [PATH]`: finds `Arc`s of types that are not Send + Sync and
//! hand-written `unsafe impl Send/Sync` that lack a justification or the right bounds.

mod audit;
mod cli;
mod discover;
mod engine;
mod finding;
mod model;
mod progress;
mod render;
mod report;
mod rules;
mod syntax;

use std::process::ExitCode;

/// syn and the engine recurse over nested syntax; deep generated code needs more than the default
/// 2 MiB of stack per rayon thread.
const STACK_SIZE: usize = 64 << 20;

fn main() -> ExitCode {
    // Fails only when a pool exists already, and then that pool is used.
    let _ = rayon::ThreadPoolBuilder::new().stack_size(STACK_SIZE).build_global();
    cli::run(std::env::args_os().collect())
}
