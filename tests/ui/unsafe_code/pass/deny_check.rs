// Check mode compiles under `#![deny(unsafe_code)]` with generics and `Arc` fields.
#![deny(unsafe_code)]

use std::sync::{Arc, RwLock};
use thread_safe::thread_safe;

#[thread_safe]
pub struct Registry<T> {
    items: Arc<RwLock<Vec<T>>>,
}

fn main() {
    let registry = Registry { items: Arc::new(RwLock::new(vec![1_u8])) };
    std::thread::scope(|scope| {
        scope.spawn(|| registry.items.write().unwrap().push(2));
    });
    assert_eq!(registry.items.read().unwrap().len(), 2);
}
