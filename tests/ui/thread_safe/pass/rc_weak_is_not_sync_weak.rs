// A bare `Weak` or `rc::Weak` in an unchecked field is not taken for `sync::Weak`.
use std::cell::RefCell;
use std::rc::{self, Weak};
use thread_safe::thread_safe;

#[thread_safe(reason = "the back pointers are only upgraded by the thread that built the tree")]
pub struct Node {
    #[thread_safe(unchecked)]
    parent: Weak<RefCell<u8>>,
    #[thread_safe(unchecked)]
    root: rc::Weak<RefCell<u8>>,
}

fn main() {}
