// RUSTSEC-2020-0044 (atom): checking `Atom<T>` without a reason is refused, because the compiler
// calls an `AtomicPtr<T>` `Send + Sync` whatever `T` is.
// Fix: mark the `AtomicPtr` field `#[thread_safe(unchecked)]` and give a reason, which bounds `T`.
use std::sync::atomic::AtomicPtr;
use thread_safe::thread_safe;

#[thread_safe]
pub struct Atom<T> {
    slot: AtomicPtr<T>,
}

fn main() {}
