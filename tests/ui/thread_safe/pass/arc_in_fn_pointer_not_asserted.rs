// An `Arc` in a fn pointer signature is not held by the value, so it is not asserted.
use std::cell::RefCell;
use std::sync::Arc;
use thread_safe::thread_safe;

#[thread_safe]
pub struct Callback {
    on_event: fn(Arc<RefCell<u8>>) -> Arc<RefCell<u8>>,
}

fn main() {}
