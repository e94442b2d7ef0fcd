// `#[thread_safe]` on a module.
// Fix: put it on each type that must be thread-safe.
use thread_safe::thread_safe;

#[thread_safe]
mod jobs {}

fn main() {}
