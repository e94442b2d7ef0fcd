// RUSTSEC-2020-0102 (late-static): a `LateStatic` of a `Send + Sync` value, assigned before the
// threads start, is read from several threads.
use std::cell::UnsafeCell;
use thread_safe::thread_safe;

#[thread_safe(sync = "`value` is written once by `assign` before any thread reads it", send)]
pub struct LateStatic<T> {
    #[thread_safe(unchecked)]
    value: UnsafeCell<Option<T>>,
}

impl<T> LateStatic<T> {
    pub const fn new() -> Self {
        Self { value: UnsafeCell::new(None) }
    }

    /// # Safety
    ///
    /// No other thread may access the `LateStatic` during the call.
    pub unsafe fn assign(&self, value: T) {
        // SAFETY: the caller guarantees exclusive access.
        unsafe { *self.value.get() = Some(value) }
    }

    pub fn get(&self) -> Option<&T> {
        // SAFETY: `assign` finished before any shared access, by its contract.
        unsafe { (*self.value.get()).as_ref() }
    }
}

static CONFIG: LateStatic<String> = LateStatic::new();

fn main() {
    // SAFETY: no other thread exists yet.
    unsafe { CONFIG.assign(String::from("ready")) };
    let readers: Vec<_> =
        (0..3).map(|_| std::thread::spawn(|| CONFIG.get().map(String::len))).collect();
    for reader in readers {
        assert_eq!(reader.join().unwrap(), Some(5));
    }
}
