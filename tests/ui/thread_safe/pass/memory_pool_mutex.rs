// The motivating `MemoryPool`, vouched `Send` and shared as `Arc<Mutex<MemoryPool>>` across threads.
use std::collections::HashMap;
use std::sync::atomic::AtomicUsize;
use thread_safe::thread_safe;

use std::sync::{Arc, Mutex};

#[thread_safe(send = "the pools own their allocations exclusively; the pointers are only dereferenced through &mut self")]
pub struct MemoryPool {
    #[thread_safe(unchecked = "raw pointers to allocations the pool owns")]
    pools: HashMap<usize, Vec<*mut u8>>,
    pool_sizes: Vec<usize>,
    total_allocated: AtomicUsize,
    max_size: usize,
}

pub fn share(pool: MemoryPool) {
    let pool = Arc::new(Mutex::new(pool));
    std::thread::scope(|s| {
        s.spawn(|| pool.lock().map(|p| p.max_size).unwrap_or(0));
    });
}

fn main() {}
