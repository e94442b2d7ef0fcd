// RUSTSEC-2020-0140 (model): a `Shared<T>` built on `Arc<UnsafeCell<T>>` cannot be shared between
// threads, whatever the reason says, because the `Arc` shares a value that is not `Sync`.
// Fix: share `Arc<Mutex<T>>` (or an atomic) instead of `Arc<UnsafeCell<T>>`.
use std::cell::UnsafeCell;
use std::sync::Arc;
use thread_safe::thread_safe;

#[thread_safe(reason = "tests that use `Shared` expect the races it lets them write")]
pub struct Shared<T> {
    #[thread_safe(unchecked)]
    inner: Arc<UnsafeCell<T>>,
}

impl<T> Shared<T> {
    pub fn new(value: T) -> Self {
        Self { inner: Arc::new(UnsafeCell::new(value)) }
    }

    pub fn set(&self, value: T) {
        // SAFETY: none; this is the race the advisory describes.
        unsafe { *self.inner.get() = value }
    }
}

pub fn exploit() {
    let shared = Shared::new(0_u64);
    std::thread::scope(|scope| {
        scope.spawn(|| shared.set(1));
        scope.spawn(|| shared.set(2));
    });
}

fn main() {}
