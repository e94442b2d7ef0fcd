// RUSTSEC-2020-0044 (atom): an `Atom` of a `Send + Sync` value crosses threads.
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};
use thread_safe::thread_safe;

#[thread_safe(reason = "the atom owns the boxed value; `take` hands it to exactly one caller")]
pub struct Atom<T> {
    #[thread_safe(unchecked)]
    slot: AtomicPtr<T>,
}

impl<T> Atom<T> {
    pub fn new(value: T) -> Self {
        Self { slot: AtomicPtr::new(Box::into_raw(Box::new(value))) }
    }

    pub fn take(&self) -> Option<T> {
        let taken = self.slot.swap(ptr::null_mut(), Ordering::AcqRel);
        // SAFETY: a non-null pointer came from `Box::into_raw`, and the swap made it ours alone.
        (!taken.is_null()).then(|| *unsafe { Box::from_raw(taken) })
    }
}

impl<T> Drop for Atom<T> {
    fn drop(&mut self) {
        drop(self.take());
    }
}

fn main() {
    let atom = Atom::new(String::from("moved"));
    std::thread::scope(|scope| {
        scope.spawn(|| atom.take());
        scope.spawn(|| atom.take());
    });
    let sent = Atom::new(vec![1_u8, 2, 3]);
    std::thread::spawn(move || sent.take()).join().unwrap();
}
