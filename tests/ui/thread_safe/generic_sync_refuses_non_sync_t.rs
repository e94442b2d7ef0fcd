// A vouched generic type is `Sync` only when the type parameter of its unchecked field is `Send + Sync`.
// Fix: share it with a `T` that is `Sync`.
use std::cell::Cell;
use thread_safe::thread_safe;

#[thread_safe(sync = "shared access only reads through the pointer, which stays valid while the owner lives")]
pub struct View<T> {
    #[thread_safe(unchecked)]
    ptr: *const T,
}

fn require_sync<T: Sync>() {}

pub fn share() {
    require_sync::<View<Cell<u8>>>();
}

fn main() {}
