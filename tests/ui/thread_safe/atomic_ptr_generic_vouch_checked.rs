// In vouch mode, a field holding `AtomicPtr<T>` that is not marked unchecked is an error too.
// Fix: mark the `AtomicPtr` field `#[thread_safe(unchecked)]`, so the reason covers it and `T` gets its bound.
use std::sync::atomic::AtomicPtr;
use thread_safe::thread_safe;

#[thread_safe(reason = "the slot pointer is only swapped atomically and the old value is dropped by the swapper")]
pub struct Slot<T> {
    latest: AtomicPtr<T>,
    #[thread_safe(unchecked)]
    spare: *mut T,
}

fn main() {}
