// A closure that captures an `Rc`, asserted `Send` with the value form.
// Fix: capture an `Arc` instead, so that the closure can run on another thread.
use std::rc::Rc;
use thread_safe::assert_send;

fn main() {
    let shared = Rc::new(5_u8);
    let job = move || *shared + 1;
    assert_send!(val: job);
    let _ = job();
}
