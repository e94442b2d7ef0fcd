// `send = "...", sync`: `Send` vouched, `Sync` checked.
use std::sync::atomic::AtomicPtr;
use thread_safe::thread_safe;

#[thread_safe(send = "the thread id is only compared, never used to reach thread-local data", sync)]
pub struct Owner {
    #[thread_safe(unchecked)]
    slot: AtomicPtr<u8>,
    id: u64,
}

fn main() {}
