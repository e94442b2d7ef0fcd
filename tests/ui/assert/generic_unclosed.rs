// The generic form with its `<` never closed.
// Fix: close the parameter list before the type, `<T: Send> Vec<T>`.
use thread_safe::assert_send;

assert_send!(<T: Send);

fn main() {}
