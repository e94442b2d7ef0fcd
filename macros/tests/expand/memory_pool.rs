use std::collections::HashMap;
use std::sync::atomic::AtomicUsize;

/// A pool of raw allocations, shared as `Arc<Mutex<MemoryPool>>`.
#[thread_safe(send = "the raw pointers are owned by the pool and only dereferenced through &mut self")]
pub struct MemoryPool {
    #[thread_safe(unchecked = "owned allocations")]
    pools: HashMap<usize, Vec<*mut u8>>,
    pool_sizes: Vec<usize>,
    total_allocated: AtomicUsize,
    max_size: usize,
}
