// RUSTSEC-2020-0131 (rcu_cell): an `RcuCell` of a `Send + Sync` value is read and updated from
// several threads.
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use thread_safe::thread_safe;

#[thread_safe(reason = "`current` is read and replaced only while `writing` is held")]
pub struct RcuCell<T> {
    writing: AtomicBool,
    #[thread_safe(unchecked)]
    current: UnsafeCell<Arc<T>>,
}

impl<T> RcuCell<T> {
    pub fn new(value: T) -> Self {
        Self { writing: AtomicBool::new(false), current: UnsafeCell::new(Arc::new(value)) }
    }

    fn locked<R>(&self, action: impl FnOnce(&mut Arc<T>) -> R) -> R {
        while self.writing.swap(true, Ordering::Acquire) {
            std::hint::spin_loop();
        }
        // SAFETY: `writing` is held, so this is the only access to `current`.
        let result = action(unsafe { &mut *self.current.get() });
        self.writing.store(false, Ordering::Release);
        result
    }

    pub fn read(&self) -> Arc<T> {
        self.locked(|current| Arc::clone(current))
    }

    pub fn update(&self, value: T) {
        let old = self.locked(|current| std::mem::replace(current, Arc::new(value)));
        drop(old);
    }
}

fn main() {
    let cell = RcuCell::new(String::from("first"));
    std::thread::scope(|scope| {
        scope.spawn(|| cell.update(String::from("second")));
        scope.spawn(|| assert!(cell.read().len() >= 5));
    });
    assert_eq!(*cell.read(), "second");
}
