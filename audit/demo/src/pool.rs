use std::collections::HashMap;
use std::sync::atomic::AtomicUsize;
use std::sync::{Arc, RwLock};

use thread_safe::thread_safe;

#[thread_safe(reason = "the pointers are owned blocks that only this pool hands out and frees")]
pub struct MemoryPool {
    #[thread_safe(unchecked)]
    pools: HashMap<usize, Vec<*mut u8>>,
    total_allocated: AtomicUsize,
}

pub struct LegacyPool {
    blocks: Vec<*mut u8>,
}

unsafe impl Send for LegacyPool {}

pub fn shared_pool() -> Arc<RwLock<MemoryPool>> {
    unimplemented!()
}
