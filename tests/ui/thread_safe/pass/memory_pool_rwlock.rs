// The motivating `MemoryPool`, vouched `Send + Sync` and shared as `Arc<RwLock<MemoryPool>>`.
use std::collections::HashMap;
use std::sync::atomic::AtomicUsize;
use thread_safe::thread_safe;

use std::sync::{Arc, RwLock};

#[thread_safe(reason = "the pools own their allocations; readers never dereference the pointers, writers hold the write lock")]
pub struct MemoryPool {
    #[thread_safe(unchecked = "raw pointers to allocations the pool owns")]
    pools: HashMap<usize, Vec<*mut u8>>,
    pool_sizes: Vec<usize>,
    total_allocated: AtomicUsize,
    max_size: usize,
}

pub fn share(pool: MemoryPool) {
    let pool = Arc::new(RwLock::new(pool));
    std::thread::scope(|s| {
        s.spawn(|| pool.read().map(|p| p.max_size).unwrap_or(0));
    });
}

fn main() {}
