// A `sync::Weak` of a `RefCell` is asserted like an `Arc`.
// Fix: use `std::rc::Weak` for single-threaded sharing, or a `Mutex` inside.
use std::cell::RefCell;
use std::sync;
use thread_safe::thread_safe;

#[thread_safe]
pub struct Parent {
    back: sync::Weak<RefCell<u8>>,
}

fn main() {}
