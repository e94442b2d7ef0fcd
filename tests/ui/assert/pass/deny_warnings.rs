// Expansions are warning-free under `#![deny(warnings)]`, in items and in fn bodies.
#![deny(warnings, rust_2018_idioms, unused, unreachable_pub)]

use thread_safe::{assert_not_send, assert_send, assert_send_sync};

struct Private(u8);

assert_send_sync!(Private);
assert_send!(<T: Send> Option<T>);
assert_not_send!(std::rc::Rc<Private>);

fn generic<T: Send>(value: T) -> T {
    assert_send!(in fn: T);
    assert_send!(val: value);
    value
}

fn main() {
    let _ = generic(Private(1)).0;
}
