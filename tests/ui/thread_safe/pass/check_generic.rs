// Check mode on a generic type assumes each type parameter is `Send + Sync`.
use std::sync::{Arc, Mutex};
use thread_safe::thread_safe;

#[thread_safe]
pub struct Cache<K, V> {
    entries: Vec<(K, V)>,
    shared: Arc<Mutex<Vec<V>>>,
}

fn main() {}
