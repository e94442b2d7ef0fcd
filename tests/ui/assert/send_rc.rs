// `Rc<u8>` asserted `Send`: its reference count is not atomic.
// Fix: share with `Arc<u8>` between threads, or keep the value on one thread.
use std::rc::Rc;
use thread_safe::assert_send;

assert_send!(Rc<u8>);

fn main() {}
