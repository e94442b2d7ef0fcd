// RUSTSEC-2020-0072 (futures-intrusive): the guard of a `Mutex<Cell<u8>>` cannot be shared
// between threads, since each of them would reach the `Cell` through it.
// Fix: share a guard only of a `Sync` value, or keep the guard on the thread that locked.
use std::cell::{Cell, UnsafeCell};
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use thread_safe::thread_safe;

#[thread_safe(
    sync = "`value` is reached only through a guard, and one guard exists at a time",
    send
)]
pub struct Mutex<T> {
    locked: AtomicBool,
    #[thread_safe(unchecked)]
    value: UnsafeCell<T>,
}

#[thread_safe]
pub struct MutexGuard<'a, T> {
    mutex: &'a Mutex<T>,
}

impl<T> Mutex<T> {
    pub fn new(value: T) -> Self {
        Self { locked: AtomicBool::new(false), value: UnsafeCell::new(value) }
    }

    pub fn lock(&self) -> MutexGuard<'_, T> {
        while self.locked.swap(true, Ordering::Acquire) {
            std::hint::spin_loop();
        }
        MutexGuard { mutex: self }
    }
}

impl<T> Deref for MutexGuard<'_, T> {
    type Target = T;

    fn deref(&self) -> &T {
        // SAFETY: the guard holds the lock, so no `&mut T` exists.
        unsafe { &*self.mutex.value.get() }
    }
}

pub fn exploit() {
    let mutex = Mutex::new(Cell::new(0_u8));
    let guard = mutex.lock();
    std::thread::scope(|scope| {
        scope.spawn(|| guard.set(1));
        scope.spawn(|| guard.set(2));
    });
}

fn main() {}
