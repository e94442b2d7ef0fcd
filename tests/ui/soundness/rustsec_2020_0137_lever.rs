// RUSTSEC-2020-0137 (lever): an `AtomicBox<Cell<u32>>` cannot be shared between threads.
// Fix: keep only `Send + Sync` values in an `AtomicBox`; use an atomic instead of a `Cell`.
use std::cell::Cell;
use std::sync::atomic::{AtomicPtr, Ordering};
use thread_safe::thread_safe;

#[thread_safe(reason = "the box owns its value; readers only get `&T` while the box lives")]
pub struct AtomicBox<T> {
    #[thread_safe(unchecked)]
    current: AtomicPtr<T>,
}

impl<T> AtomicBox<T> {
    pub fn new(value: T) -> Self {
        Self { current: AtomicPtr::new(Box::into_raw(Box::new(value))) }
    }

    pub fn get(&self) -> &T {
        // SAFETY: the pointer came from `Box::into_raw` and is freed only by `drop`.
        unsafe { &*self.current.load(Ordering::Acquire) }
    }
}

pub fn exploit() {
    let boxed = AtomicBox::new(Cell::new(0_u32));
    std::thread::scope(|scope| {
        scope.spawn(|| boxed.get().set(1));
        scope.spawn(|| boxed.get().set(2));
    });
}

fn main() {}
