// A field with two problems, a bad `Arc` and an `Rc`: one error for each, and the field's error shows the `Arc` as `Arc<SendSync>`, already reported.
// Fix: use `Arc<Mutex<u16>>` and `Arc<u32>`.
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use thread_safe::thread_safe;

#[thread_safe]
pub struct Cache {
    list: Vec<(Arc<RefCell<u16>>, Rc<u32>)>,
}

fn main() {}
