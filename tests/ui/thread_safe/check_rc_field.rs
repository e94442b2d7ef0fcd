// A field holding `Rc<u8>` in a type checked for `Send` and `Sync`: one error for the field.
// Fix: use `Arc<u8>`, or mark the field `unchecked` and vouch for it with a reason.
use std::rc::Rc;
use thread_safe::thread_safe;

#[thread_safe]
pub struct Counter {
    hits: Rc<u8>,
    total: u64,
}

fn main() {}
