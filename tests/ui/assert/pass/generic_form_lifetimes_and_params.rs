// The generic form with lifetimes, several parameters, const parameters and nested bounds.
use std::collections::HashMap;
use thread_safe::{assert_send, assert_send_sync};

pub struct Borrowed<'a, K, V> {
    pub map: &'a HashMap<K, V>,
}

pub struct Frame<'a, T> {
    pub rows: &'a [T],
}

pub struct Buffer<T, const N: usize> {
    pub items: [T; N],
}

assert_send!(<'a, K: Sync + 'a, V: Sync + 'a> Borrowed<'a, K, V>);
assert_send_sync!(<T: Send + Sync, const N: usize> Buffer<T, N>);
assert_send_sync!(<'a, 'b: 'a, T: Sync + 'b> &'a &'b T);
// No `T: 'a` needed: it is implied by the type, as in the type's own definition.
assert_send_sync!(<'a, T: Sync> &'a T, Frame<'a, T>);
assert_send!(<T: Into<Vec<u8>> + Send> Option<T>);
assert_send!(<I: Iterator<Item = u8> + Send> Vec<I>, Option<I>);
assert_send!(<F: Fn(u8) -> u8 + Send> Box<F>);
assert_send!(<T: Into<Vec<u8>>> Vec<u8>, String);
assert_send!(<T: AsRef<Option<Vec<u8>>>> Vec<u8>);

fn main() {}
