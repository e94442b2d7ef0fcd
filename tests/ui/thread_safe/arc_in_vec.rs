// An `Arc` of a `Cell` inside a `Vec`.
// Fix: use `Arc<AtomicU8>` (or `Arc<Mutex<u8>>`).
use std::cell::Cell;
use std::sync::Arc;
use thread_safe::thread_safe;

#[thread_safe(send)]
pub struct Workers {
    flags: Vec<Arc<Cell<u8>>>,
}

fn main() {}
