// The `in fn:` form among items: it expands to a statement, which only a fn body accepts.
// Fix: among items, use the plain form `assert_send!(Vec<u8>)` or the generic form `assert_send!(<T: Send> Vec<T>)`.
use thread_safe::assert_send;

assert_send!(in fn: Vec<u8>);

fn main() {}
