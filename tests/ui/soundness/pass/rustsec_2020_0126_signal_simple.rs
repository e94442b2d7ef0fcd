// RUSTSEC-2020-0126 (signal-simple): under the bound `T: Send`, a `SyncChannel` carries values
// between threads, a `Cell` (`Send` but not `Sync`) included.
use std::cell::{Cell, UnsafeCell};
use std::sync::atomic::{AtomicBool, Ordering};
use thread_safe::thread_safe;

#[thread_safe(
    reason = "the channel moves each owned `T` to one receiver and never lends `&T`",
    bound = "T: Send"
)]
pub struct SyncChannel<T> {
    lock: AtomicBool,
    #[thread_safe(unchecked)]
    slot: UnsafeCell<Option<T>>,
}

impl<T> SyncChannel<T> {
    pub fn new() -> Self {
        Self { lock: AtomicBool::new(false), slot: UnsafeCell::new(None) }
    }

    fn locked<R>(&self, action: impl FnOnce(&mut Option<T>) -> R) -> R {
        while self.lock.swap(true, Ordering::Acquire) {
            std::hint::spin_loop();
        }
        // SAFETY: `lock` is held, so this is the only access to `slot`.
        let result = action(unsafe { &mut *self.slot.get() });
        self.lock.store(false, Ordering::Release);
        result
    }

    pub fn send(&self, value: T) {
        self.locked(|slot| *slot = Some(value));
    }

    pub fn recv(&self) -> Option<T> {
        self.locked(Option::take)
    }
}

fn main() {
    let channel = SyncChannel::new();
    channel.send(Cell::new(5_u8));
    let received = std::thread::scope(|scope| scope.spawn(|| channel.recv()).join().unwrap());
    assert_eq!(received.map(Cell::into_inner), Some(5));
    let strings = SyncChannel::new();
    std::thread::scope(|scope| {
        scope.spawn(|| strings.send(String::from("hello")));
    });
    assert_eq!(strings.recv().as_deref(), Some("hello"));
}
