// Every form works under `#![no_implicit_prelude]`.
#![no_implicit_prelude]

use ::std::cell::Cell;
use ::thread_safe::{assert_not_sync, assert_send, assert_send_sync, assert_sync};

assert_send!(::std::string::String);
assert_sync!(<T: ::std::marker::Sync> ::std::vec::Vec<T>);
assert_not_sync!(Cell<u8>);

fn checked<T: ::std::marker::Send + ::std::marker::Sync>(value: T) -> T {
    assert_send_sync!(in fn: T);
    assert_send!(val: value);
    value
}

fn main() {
    let _ = checked(1_u8);
}
