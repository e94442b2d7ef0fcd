// Check mode on a struct of thread-safe fields emits no unsafe code and compiles.
use std::sync::atomic::AtomicUsize;
use std::sync::{Arc, Mutex};
use thread_safe::thread_safe;

#[thread_safe]
pub struct Stats {
    count: AtomicUsize,
    names: Arc<Mutex<Vec<String>>>,
    label: &'static str,
}

fn main() {}
