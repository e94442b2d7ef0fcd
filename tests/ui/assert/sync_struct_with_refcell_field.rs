// A struct asserted `Sync` whose field is a `RefCell`.
// Fix: replace the `RefCell` with a `Mutex` or an `RwLock`.
use std::cell::RefCell;
use thread_safe::assert_sync;

pub struct Cache {
    pub entries: RefCell<Vec<String>>,
}

assert_sync!(Cache);

fn main() {}
