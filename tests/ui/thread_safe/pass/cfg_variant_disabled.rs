// The fields of an enum variant under a disabled `#[cfg]` are not asserted.
use std::rc::Rc;
use thread_safe::thread_safe;

#[thread_safe]
pub enum Event {
    Tick(u64),
    #[cfg(any())]
    Local(Rc<str>),
    #[cfg(all())]
    Named { name: String },
}

fn main() {}
