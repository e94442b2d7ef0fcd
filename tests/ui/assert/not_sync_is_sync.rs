// A type asserted `!Sync` that became `Sync` when its `Cell` was replaced by a `Mutex`.
// Fix: drop the assertion if sharing is now intended, or restore the single-threaded field.
use std::sync::Mutex;
use thread_safe::assert_not_sync;

pub struct Scratch {
    pub used: Mutex<usize>,
}

assert_not_sync!(Scratch);

fn main() {}
