// RUSTSEC-2020-0090 (thex): a `Thex` of a `Send + Sync` value is shared between threads.
use std::cell::UnsafeCell;
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

fn main() {
    let thex = Thex::new(Vec::new());
    std::thread::scope(|scope| {
        scope.spawn(|| while thex.try_with(|log| log.push(1)).is_none() {});
        scope.spawn(|| while thex.try_with(|log| log.push(2)).is_none() {});
    });
    assert_eq!(thex.try_with(|log| log.len()), Some(2));
}
