// An `Arc` nested in an `Arc`: only the innermost bad value is reported.
// Fix: make the innermost value thread-safe (`Arc<Vec<Arc<Mutex<u8>>>>`).
use std::cell::Cell;
use std::sync::Arc;
use thread_safe::thread_safe;

#[thread_safe]
pub struct Tree {
    children: Arc<Vec<Arc<Cell<u8>>>>,
}

fn main() {}
