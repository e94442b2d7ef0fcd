// RUSTSEC-2020-0090 (thex): a `Thex<Rc<u8>>` cannot be shared between threads, since each thread
// could take the `Rc` out.
// Fix: keep only `Send + Sync` values in a `Thex`; use `Arc` instead of `Rc`.
use std::cell::UnsafeCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use thread_safe::thread_safe;

#[thread_safe(sync = "`value` is reached only by the thread that set `busy`", send)]
pub struct Thex<T> {
    busy: AtomicBool,
    #[thread_safe(unchecked)]
    value: UnsafeCell<T>,
}

impl<T> Thex<T> {
    pub fn new(value: T) -> Self {
        Self { busy: AtomicBool::new(false), value: UnsafeCell::new(value) }
    }

    pub fn try_with<R>(&self, action: impl FnOnce(&mut T) -> R) -> Option<R> {
        if self.busy.swap(true, Ordering::Acquire) {
            return None;
        }
        // SAFETY: `busy` was clear and is now ours, so this is the only access.
        let result = action(unsafe { &mut *self.value.get() });
        self.busy.store(false, Ordering::Release);
        Some(result)
    }
}

pub fn exploit() {
    let thex = Thex::new(Rc::new(0_u8));
    std::thread::scope(|scope| {
        scope.spawn(|| drop(thex.try_with(|rc| Rc::clone(rc))));
        thex.try_with(|rc| Rc::clone(rc));
    });
}

fn main() {}
