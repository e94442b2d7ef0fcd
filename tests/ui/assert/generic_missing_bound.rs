// The generic form without a `Send` bound: `Vec<T>` is not `Send` for every `T`.
// Fix: state what is assumed, `assert_send!(<T: Send> Vec<T>)`.
use thread_safe::assert_send;

assert_send!(<T> Vec<T>);

fn main() {}
