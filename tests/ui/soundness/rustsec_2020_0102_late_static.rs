// RUSTSEC-2020-0102 (late-static): a `LateStatic<Cell<u8>>` cannot be shared between threads,
// since every thread would read the same `Cell`.
// Fix: keep only `Sync` values in a `LateStatic` that threads share.
use std::cell::{Cell, UnsafeCell};
use thread_safe::thread_safe;

#[thread_safe(sync = "`value` is written once by `assign` before any thread reads it", send)]
pub struct LateStatic<T> {
    #[thread_safe(unchecked)]
    value: UnsafeCell<Option<T>>,
}

impl<T> LateStatic<T> {
    pub const fn new() -> Self {
        Self { value: UnsafeCell::new(None) }
    }

    /// # Safety
    ///
    /// No other thread may access the `LateStatic` during the call.
    pub unsafe fn assign(&self, value: T) {
        // SAFETY: the caller guarantees exclusive access.
        unsafe { *self.value.get() = Some(value) }
    }

    pub fn get(&self) -> Option<&T> {
        // SAFETY: `assign` finished before any shared access, by its contract.
        unsafe { (*self.value.get()).as_ref() }
    }
}

pub fn exploit() {
    let late = LateStatic::new();
    // SAFETY: no other thread exists yet.
    unsafe { late.assign(Cell::new(0_u8)) };
    std::thread::scope(|scope| {
        scope.spawn(|| late.get().map(|cell| cell.set(1)));
        scope.spawn(|| late.get().map(|cell| cell.set(2)));
    });
}

fn main() {}
