// RUSTSEC-2020-0136 (toolshed): a `CopyCell<&Cell<u8>>` cannot be sent to another thread.
// Fix: send a `CopyCell` only of values that are `Send + Sync`; share a `Cell` through a `Mutex`.
use std::cell::{Cell, UnsafeCell};
use thread_safe::thread_safe;

#[thread_safe(send = "the cell owns its `Copy` value and is moved whole to the other thread")]
pub struct CopyCell<T: Copy> {
    #[thread_safe(unchecked)]
    value: UnsafeCell<T>,
}

impl<T: Copy> CopyCell<T> {
    pub fn new(value: T) -> Self {
        Self { value: UnsafeCell::new(value) }
    }

    pub fn get(&self) -> T {
        // SAFETY: `CopyCell` is not `Sync`, so no other thread holds `&self`.
        unsafe { *self.value.get() }
    }
}

pub fn exploit() {
    let shared = Cell::new(0_u8);
    let cell = CopyCell::new(&shared);
    std::thread::scope(|scope| {
        scope.spawn(move || cell.get().set(1));
        shared.set(2);
    });
}

fn main() {}
