// An `Rc` nested inside a `Vec` of tuples: the error names the whole field type.
// Fix: use `Arc<str>` instead of `Rc<str>` inside the collection.
use std::rc::Rc;
use thread_safe::thread_safe;

#[thread_safe(send)]
pub struct Index {
    entries: Vec<(u32, Rc<str>)>,
}

fn main() {}
