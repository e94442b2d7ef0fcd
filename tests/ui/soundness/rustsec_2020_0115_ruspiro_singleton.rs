// RUSTSEC-2020-0115 (ruspiro-singleton): a `static` `Singleton<Cell<u32>>` is refused, since
// every thread would reach the same `Cell`.
// Fix: put a `Sync` value in a `static` singleton, such as an `AtomicU32`.
use std::cell::{Cell, UnsafeCell};
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

static COUNTER: Singleton<Cell<u32>> = Singleton::new(Cell::new(0));

pub fn exploit() {
    std::thread::spawn(|| COUNTER.with(|cell| cell.set(1)));
    COUNTER.with(|cell| cell.set(2));
}

fn main() {}
