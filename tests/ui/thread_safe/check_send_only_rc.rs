// A field holding `Rc<u8>` in a type checked for `Send` only.
// Fix: use `Arc<u8>`, or vouch for `Send` with a reason that covers the field.
use std::rc::Rc;
use thread_safe::thread_safe;

#[thread_safe(send)]
pub struct Job {
    id: u64,
    owner: Rc<str>,
}

fn main() {}
