use std::sync::{Arc, Mutex};

#[thread_safe]
pub struct Shared<'a, T: Clone, const N: usize> {
    items: [T; N],
    lock: Arc<Mutex<Vec<T>>>,
    name: &'a str,
}
