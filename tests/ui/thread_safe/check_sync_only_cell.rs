// A `Cell<u8>` field in a type checked for `Sync` only: `Cell` is `Send` but not `Sync`.
// Fix: use an `AtomicU8` (or a `Mutex<u8>`) so that shared references can be used from several threads.
use std::cell::Cell;
use thread_safe::thread_safe;

#[thread_safe(sync)]
pub struct Stats {
    reads: Cell<u8>,
}

fn main() {}
