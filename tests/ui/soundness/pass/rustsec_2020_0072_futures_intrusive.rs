// RUSTSEC-2020-0072 (futures-intrusive): a `Mutex` of a `Send + Sync` value is shared, locked
// and its guard shared between threads.
use std::cell::UnsafeCell;
use std::ops::{Deref, DerefMut};
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

impl<T> DerefMut for MutexGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: the guard holds the lock and `&mut self` makes this the only access.
        unsafe { &mut *self.mutex.value.get() }
    }
}

impl<T> Drop for MutexGuard<'_, T> {
    fn drop(&mut self) {
        self.mutex.locked.store(false, Ordering::Release);
    }
}

fn main() {
    let mutex = Mutex::new(0_u64);
    std::thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| *mutex.lock() += 1);
        }
    });
    let guard = mutex.lock();
    std::thread::scope(|scope| {
        scope.spawn(|| assert_eq!(*guard, 4));
        scope.spawn(|| assert_eq!(*guard, 4));
    });
}
