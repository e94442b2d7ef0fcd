// A field under an enabled `#[cfg]` is checked.
// Fix: make the field thread-safe; it is checked whenever it exists.
use std::rc::Rc;
use thread_safe::thread_safe;

#[thread_safe]
pub struct Traced {
    #[cfg(all())]
    trace: Rc<str>,
}

fn main() {}
