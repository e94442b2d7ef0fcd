// An enum variant holds a `RefCell`, which is not `Sync`: the field is named `Variant_field`.
// Fix: use a `Mutex` (or `RwLock`) instead of the `RefCell`.
use std::cell::RefCell;
use thread_safe::thread_safe;

#[thread_safe]
pub enum Slot {
    Empty,
    Full { value: RefCell<Vec<u8>> },
}

fn main() {}
