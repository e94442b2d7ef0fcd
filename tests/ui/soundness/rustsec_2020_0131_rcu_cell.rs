// RUSTSEC-2020-0131 (rcu_cell): an `RcuCell<Cell<u8>>` cannot be shared between threads, since
// every reader would get an `Arc` of the same `Cell`.
// Fix: keep only `Send + Sync` values in an `RcuCell`; use an atomic instead of a `Cell`.
use std::cell::{Cell, UnsafeCell};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use thread_safe::thread_safe;

#[thread_safe(reason = "`current` is read and replaced only while `writing` is held")]
pub struct RcuCell<T> {
    writing: AtomicBool,
    #[thread_safe(unchecked)]
    current: UnsafeCell<Arc<T>>,
}

impl<T> RcuCell<T> {
    pub fn new(value: T) -> Self {
        Self { writing: AtomicBool::new(false), current: UnsafeCell::new(Arc::new(value)) }
    }

    pub fn read(&self) -> Arc<T> {
        while self.writing.swap(true, Ordering::Acquire) {
            std::hint::spin_loop();
        }
        // SAFETY: `writing` is held, so nobody replaces `current` meanwhile.
        let current = Arc::clone(unsafe { &*self.current.get() });
        self.writing.store(false, Ordering::Release);
        current
    }
}

pub fn exploit() {
    let cell = RcuCell::new(Cell::new(0_u8));
    std::thread::scope(|scope| {
        scope.spawn(|| cell.read().set(1));
        scope.spawn(|| cell.read().set(2));
    });
}

fn main() {}
