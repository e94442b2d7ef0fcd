// RUSTSEC-2020-0137 (lever): an `AtomicBox` of a `Send + Sync` value is shared between threads.
use std::sync::atomic::{AtomicPtr, AtomicU32, Ordering};
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

impl<T> Drop for AtomicBox<T> {
    fn drop(&mut self) {
        // SAFETY: the pointer came from `Box::into_raw`, and `&mut self` means no reader is left.
        drop(unsafe { Box::from_raw(*self.current.get_mut()) });
    }
}

fn main() {
    let boxed = AtomicBox::new(AtomicU32::new(0));
    std::thread::scope(|scope| {
        scope.spawn(|| boxed.get().fetch_add(1, Ordering::Relaxed));
        scope.spawn(|| boxed.get().fetch_add(2, Ordering::Relaxed));
    });
    assert_eq!(boxed.get().load(Ordering::Relaxed), 3);
}
