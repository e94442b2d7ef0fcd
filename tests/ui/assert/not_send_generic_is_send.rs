// The generic form of `assert_not_send!`: under the assumed `T: Send`, `Vec<T>` is `Send`.
// Fix: assume less (`<T> Vec<T>`), or drop the assertion.
use thread_safe::assert_not_send;

assert_not_send!(<T: Send> Vec<T>);

fn main() {}
