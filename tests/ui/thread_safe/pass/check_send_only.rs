// `send` checks only `Send`: a `Cell` (Send, not Sync) is fine.
use std::cell::Cell;
use thread_safe::thread_safe;

#[thread_safe(send)]
pub struct Counter {
    hits: Cell<u64>,
}

fn main() {}
