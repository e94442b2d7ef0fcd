// RUSTSEC-2020-0126 (signal-simple): a `SyncChannel<Rc<u8>>` cannot carry its `Rc` to another
// thread, under the channel's own bound `T: Send`.
// Fix: send `Send` values through a channel; use `Arc` instead of `Rc`.
use std::cell::UnsafeCell;
use std::rc::Rc;
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

pub fn exploit() {
    let channel = SyncChannel::new();
    let mine = Rc::new(0_u8);
    channel.send(Rc::clone(&mine));
    std::thread::scope(|scope| {
        scope.spawn(|| drop(channel.recv()));
    });
}

fn main() {}
