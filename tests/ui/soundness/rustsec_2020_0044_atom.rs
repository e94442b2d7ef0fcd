// RUSTSEC-2020-0044 (atom): an `Atom<Rc<u8>>` cannot be sent to another thread.
// Fix: keep `Rc` values out of an `Atom`; use `Arc`, which may cross threads.
use std::ptr;
use std::rc::Rc;
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

pub fn exploit() {
    let mine = Rc::new(0_u8);
    let atom = Atom::new(Rc::clone(&mine));
    std::thread::spawn(move || drop(atom.take()));
    drop(mine);
}

fn main() {}
