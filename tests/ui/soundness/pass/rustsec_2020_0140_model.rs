// RUSTSEC-2020-0140 (model): a `Shared<T>` built on `Arc<Mutex<T>>` is checked, needs no unsafe
// code and is shared between threads.
use std::sync::{Arc, Mutex};
use thread_safe::thread_safe;

#[thread_safe]
pub struct Shared<T> {
    inner: Arc<Mutex<T>>,
}

impl<T> Shared<T> {
    pub fn new(value: T) -> Self {
        Self { inner: Arc::new(Mutex::new(value)) }
    }

    pub fn update(&self, change: impl FnOnce(&mut T)) {
        change(&mut self.inner.lock().unwrap());
    }
}

fn main() {
    let shared = Shared::new(Vec::new());
    std::thread::scope(|scope| {
        scope.spawn(|| shared.update(|log| log.push(1)));
        scope.spawn(|| shared.update(|log| log.push(2)));
    });
    shared.update(|log| assert_eq!(log.len(), 2));
}
