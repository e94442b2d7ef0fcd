// An `AtomicPtr` to a concrete type is an ordinary checked field.
use std::sync::atomic::AtomicPtr;
use thread_safe::thread_safe;

#[thread_safe]
pub struct Latest {
    slot: AtomicPtr<u64>,
}

fn main() {}
