// An `Arc` behind a reference inside a tuple inside an array is found.
// Fix: make the shared value thread-safe (`Arc<AtomicU8>`).
use std::cell::Cell;
use std::sync::Arc;
use thread_safe::thread_safe;

#[thread_safe(sync)]
pub struct Table<'a> {
    rows: [(u8, &'a Arc<Cell<u8>>); 2],
}

fn main() {}
