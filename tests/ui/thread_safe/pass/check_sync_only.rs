// `sync` checks only `Sync`: a `MutexGuard` (Sync, not Send) is fine.
use std::sync::MutexGuard;
use thread_safe::thread_safe;

#[thread_safe(sync)]
pub struct Locked<'a> {
    guard: MutexGuard<'a, u8>,
}

fn main() {}
