// Check mode on a generic type assumes `T: Send + Sync`, and `Cell<T>` is still not `Sync`.
// Fix: use a `Mutex<T>`, or check only `send`.
use std::cell::Cell;
use thread_safe::thread_safe;

#[thread_safe]
pub struct Slot<T> {
    value: Cell<T>,
}

fn main() {}
