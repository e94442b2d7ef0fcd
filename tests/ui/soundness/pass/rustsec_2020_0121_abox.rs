// RUSTSEC-2020-0121 (abox): an `AtomicBox` of a `Send + Sync` value is sent and shared.
use std::sync::atomic::{AtomicPtr, Ordering};
use thread_safe::thread_safe;

#[thread_safe(reason = "the box owns its value; `replace` hands the old one to the caller")]
pub struct AtomicBox<T> {
    #[thread_safe(unchecked)]
    current: AtomicPtr<T>,
}

impl<T> AtomicBox<T> {
    pub fn new(value: T) -> Self {
        Self { current: AtomicPtr::new(Box::into_raw(Box::new(value))) }
    }

    pub fn replace(&self, value: T) -> T {
        let old = self.current.swap(Box::into_raw(Box::new(value)), Ordering::AcqRel);
        // SAFETY: `old` came from `Box::into_raw` and the swap made it ours alone.
        *unsafe { Box::from_raw(old) }
    }
}

impl<T> Drop for AtomicBox<T> {
    fn drop(&mut self) {
        // SAFETY: the pointer came from `Box::into_raw` and `&mut self` makes this the last use.
        drop(unsafe { Box::from_raw(*self.current.get_mut()) });
    }
}

fn main() {
    let boxed = AtomicBox::new(String::from("first"));
    std::thread::scope(|scope| {
        scope.spawn(|| boxed.replace(String::from("second")));
        scope.spawn(|| boxed.replace(String::from("third")));
    });
    let moved = std::thread::spawn(move || boxed.replace(String::new())).join().unwrap();
    assert!(moved == "second" || moved == "third");
}
