// A boxed closure without a `+ Send` bound asserted `Send`.
// Fix: write `Box<dyn Fn() + Send>` so that only `Send` closures can be stored.
use thread_safe::assert_send;

pub struct Task {
    pub run: Box<dyn Fn()>,
}

assert_send!(Task);

fn main() {}
