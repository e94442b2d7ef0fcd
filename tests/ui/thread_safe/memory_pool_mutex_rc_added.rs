// The motivating `MemoryPool`, vouched `Send` for use under a `Mutex`, gets an `Rc` field later.
// Fix: use `Arc` for the new field: the vouch covers only the fields marked `unchecked`, every other field is still checked.
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::AtomicUsize;
use thread_safe::thread_safe;

/// Shared as `Arc<Mutex<MemoryPool>>`, which needs only `MemoryPool: Send`.
#[thread_safe(send = "the pools own their allocations exclusively; the pointers are only dereferenced through &mut self")]
pub struct MemoryPool {
    #[thread_safe(unchecked = "raw pointers to allocations the pool owns")]
    pools: HashMap<usize, Vec<*mut u8>>,
    pool_sizes: Vec<usize>,
    total_allocated: AtomicUsize,
    max_size: usize,
    last_owner: Rc<String>,
}

fn main() {}
