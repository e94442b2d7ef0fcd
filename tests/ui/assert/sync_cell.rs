// `Cell<u32>` asserted `Sync`: it allows mutation through a shared reference without synchronisation.
// Fix: use `AtomicU32` (or a `Mutex<u32>`) for a counter shared between threads.
use std::cell::Cell;
use thread_safe::assert_sync;

assert_sync!(Cell<u32>);

fn main() {}
