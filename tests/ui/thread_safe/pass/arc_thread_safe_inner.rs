// Arcs of thread-safe values at any depth are accepted.
use std::collections::HashMap;
use std::sync::atomic::AtomicUsize;
use std::sync::{Arc, Mutex, RwLock};
use thread_safe::thread_safe;

#[thread_safe]
pub struct Hub {
    counters: Vec<Arc<AtomicUsize>>,
    by_name: HashMap<String, Arc<RwLock<String>>>,
    current: Option<Arc<Mutex<Vec<u8>>>>,
    nested: Arc<Vec<Arc<str>>>,
}

fn main() {}
