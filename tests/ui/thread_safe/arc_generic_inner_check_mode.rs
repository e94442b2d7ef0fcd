// Check mode asserts a generic `Arc<Cell<T>>` under the assumption `T: Send + Sync`, and `Cell<T>` is still not `Sync`.
// Fix: use `Arc<Mutex<T>>`.
use std::cell::Cell;
use std::sync::Arc;
use thread_safe::thread_safe;

#[thread_safe]
pub struct Shared<T> {
    value: Arc<Cell<T>>,
}

fn main() {}
