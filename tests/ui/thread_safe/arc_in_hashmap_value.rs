// An `Arc` of a `RefCell` as the value type of a `HashMap`.
// Fix: use `Arc<RwLock<String>>` as the value type.
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;
use thread_safe::thread_safe;

#[thread_safe]
pub struct Registry {
    names: HashMap<u32, Arc<RefCell<String>>>,
}

fn main() {}
