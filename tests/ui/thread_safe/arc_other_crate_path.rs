// Any path whose last segment is `Arc` counts, such as an `Arc` from another crate.
// Fix: make the shared value thread-safe: the rule is the same for every `Arc`.
use std::cell::RefCell;
use thread_safe::thread_safe;

mod triomphe {
    pub type Arc<T> = std::sync::Arc<T>;
}

#[thread_safe(reason = "the handle is only dereferenced by the thread that holds the registry lock")]
pub struct Entry {
    #[thread_safe(unchecked)]
    raw: *const u8,
    shared: triomphe::Arc<RefCell<u8>>,
}

fn main() {}
