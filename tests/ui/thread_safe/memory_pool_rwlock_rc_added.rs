// The motivating `MemoryPool`, vouched `Send + Sync` for use under an `RwLock`, gets an `Rc` field later.
// Fix: use `Arc` for the new field: the vouch covers only the fields marked `unchecked`, every other field is still checked.
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::AtomicUsize;
use thread_safe::thread_safe;

/// Shared as `Arc<RwLock<MemoryPool>>`, which needs `MemoryPool: Send + Sync`.
#[thread_safe(reason = "the pools own their allocations; readers never dereference the pointers, writers hold the write lock")]
pub struct MemoryPool {
    #[thread_safe(unchecked = "raw pointers to allocations the pool owns")]
    pools: HashMap<usize, Vec<*mut u8>>,
    pool_sizes: Vec<usize>,
    total_allocated: AtomicUsize,
    max_size: usize,
    last_owner: Rc<String>,
}

fn main() {}
