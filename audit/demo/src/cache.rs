use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

pub struct CacheEntry {
    pub bytes: Vec<u8>,
    pub hits: RefCell<HashMap<String, u32>>,
}

pub struct TieredCache {
    hot: Vec<Arc<CacheEntry>>,
}
