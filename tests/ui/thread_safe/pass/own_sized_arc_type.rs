// A crate's own `Arc<T>` that requires `T: Sized` counts as an `Arc` and still compiles.
use std::sync::atomic::AtomicU32;
use thread_safe::thread_safe;

pub struct Arc<T>(pub T);

#[thread_safe]
pub struct Shared {
    pub hits: Arc<AtomicU32>,
    pub list: Vec<Arc<AtomicU32>>,
}

fn main() {}
