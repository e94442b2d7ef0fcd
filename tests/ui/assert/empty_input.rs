// An assertion with no type.
// Fix: name at least one type, e.g. `assert_send!(MyType)`.
use thread_safe::assert_send;

assert_send!();

fn main() {}
