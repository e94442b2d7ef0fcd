// A foreign type that is `Send` asserted `!Send`.
// Fix: assert `!Send` only for types that must stay on one thread (`Rc`, a guard).
use thread_safe::assert_not_send;

assert_not_send!(String);

fn main() {}
