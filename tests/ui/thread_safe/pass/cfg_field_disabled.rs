// A field under a disabled `#[cfg]` is not asserted.
use std::rc::Rc;
use thread_safe::thread_safe;

#[thread_safe]
pub struct Traced {
    id: u64,
    #[cfg(any())]
    trace: Rc<str>,
}

fn main() {}
