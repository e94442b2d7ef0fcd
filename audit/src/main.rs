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
/// stack. Every thread that parses is a pool thread with this much.
const STACK_SIZE: usize = 64 << 20;

fn main() -> ExitCode {
    let args = std::env::args_os().collect();
    match rayon::ThreadPoolBuilder::new().stack_size(STACK_SIZE).build() {
        // A parallel iterator over one item runs on the calling thread: inside `install`, that
        // is a pool thread with the large stack, never `main`.
        Ok(pool) => pool.install(|| cli::run(args)),
        Err(error) => {
            eprintln!("error: cannot start the worker threads: {error}");
            ExitCode::from(2)
        }
    }
}
