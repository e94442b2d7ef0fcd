// An `Arc` in the arguments of a `dyn Fn` is not held by the value, so it is not asserted.
use std::cell::Cell;
use std::sync::Arc;
use thread_safe::thread_safe;

#[thread_safe]
pub struct Handler {
    run: Box<dyn Fn(Arc<Cell<u8>>) + Send + Sync>,
}

fn main() {}
