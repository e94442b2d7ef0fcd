// The audit's `MemoryPool` asserted `Send + Sync`: its raw pointers make it neither.
// Fix: vouch for the pointers with `#[thread_safe(reason = "...")]` and `#[thread_safe(unchecked)]` on the field.
use std::collections::HashMap;
use std::sync::atomic::AtomicUsize;
use thread_safe::assert_send_sync;

pub struct MemoryPool {
    pub pools: HashMap<usize, Vec<*mut u8>>,
    pub pool_sizes: Vec<usize>,
    pub total_allocated: AtomicUsize,
    pub max_size: usize,
}

assert_send_sync!(MemoryPool);

fn main() {}
