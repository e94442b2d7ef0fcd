// A field that is `Arc<RefCell<u8>>` gets the Arc message and no second error for the field.
// Fix: use `Rc<RefCell<u8>>` for single-threaded sharing, or `Arc<Mutex<u8>>` to share between threads.
use std::cell::RefCell;
use std::sync::Arc;
use thread_safe::thread_safe;

#[thread_safe]
pub struct Shared {
    state: Arc<RefCell<u8>>,
}

fn main() {}
