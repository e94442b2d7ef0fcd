// An `Arc<Mutex<Rc<u8>>>` inside an `Option`: a `Mutex` does not make an `Rc` sendable.
// Fix: use `Arc<Mutex<Arc<u8>>>` or `Arc<Mutex<u8>>`.
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use thread_safe::thread_safe;

#[thread_safe]
pub struct Config {
    current: Option<Arc<Mutex<Rc<u8>>>>,
}

fn main() {}
