// A value whose type is not `Sync`, asserted with `assert_sync!(val: ...)`.
// Fix: use a `Sync` type (an atomic, a `Mutex`) for a value shared between threads.
use std::cell::Cell;
use thread_safe::assert_sync;

fn main() {
    let hits = Cell::new(0_u32);
    assert_sync!(val: hits);
    hits.set(1);
}
