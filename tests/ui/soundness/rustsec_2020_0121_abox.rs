// RUSTSEC-2020-0121 (abox): an `AtomicBox<Rc<u8>>` cannot be sent to another thread.
// Fix: keep only `Send + Sync` values in an `AtomicBox`; use `Arc` instead of `Rc`.
use std::rc::Rc;
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

pub fn exploit() {
    let mine = Rc::new(0_u8);
    let boxed = AtomicBox::new(Rc::clone(&mine));
    std::thread::spawn(move || drop(boxed.replace(Rc::new(1))));
    drop(mine);
}

fn main() {}
