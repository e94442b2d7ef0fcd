// RUSTSEC-2020-0136 (toolshed): a `CopyCell` of `Send + Sync` values is sent to another thread.
use std::cell::UnsafeCell;
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

fn main() {
    let number = CopyCell::new(7_u64);
    assert_eq!(std::thread::spawn(move || number.get()).join().unwrap(), 7);
    let text = String::from("borrowed");
    let borrowed = CopyCell::new(text.as_str());
    std::thread::scope(|scope| {
        scope.spawn(move || assert_eq!(borrowed.get(), "borrowed"));
        assert_eq!(text.len(), 8);
    });
}
