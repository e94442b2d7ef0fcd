use std::cell::UnsafeCell;

pub struct Queue<T> {
    slots: Box<[UnsafeCell<Option<T>>]>,
}

// SAFETY: slots are only touched after winning the compare-exchange on head or tail.
unsafe impl<T> Sync for Queue<T> {}
