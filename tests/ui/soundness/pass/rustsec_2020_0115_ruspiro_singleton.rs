// RUSTSEC-2020-0115 (ruspiro-singleton): a `static` `Singleton` of a `Send + Sync` value is used
// from several threads.
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, Ordering};
use thread_safe::thread_safe;

#[thread_safe(sync = "`value` is reached only by the thread that holds `lock`", send)]
pub struct Singleton<T> {
    lock: AtomicBool,
    #[thread_safe(unchecked)]
    value: UnsafeCell<T>,
}

impl<T> Singleton<T> {
    pub const fn new(value: T) -> Self {
        Self { lock: AtomicBool::new(false), value: UnsafeCell::new(value) }
    }

    pub fn with<R>(&self, action: impl FnOnce(&mut T) -> R) -> R {
        while self.lock.swap(true, Ordering::Acquire) {
            std::hint::spin_loop();
        }
        // SAFETY: `lock` is held, so this is the only access to `value`.
        let result = action(unsafe { &mut *self.value.get() });
        self.lock.store(false, Ordering::Release);
        result
    }
}

static COUNTER: Singleton<u32> = Singleton::new(0);

fn main() {
    let workers: Vec<_> =
        (0..4).map(|_| std::thread::spawn(|| COUNTER.with(|n| *n += 1))).collect();
    for worker in workers {
        worker.join().unwrap();
    }
    assert_eq!(COUNTER.with(|n| *n), 4);
}
