// Any number of types, a trailing comma, and unsized types.
use std::sync::{Arc, Mutex};
use thread_safe::{assert_send, assert_send_sync, assert_sync};

assert_send!(u8);
assert_send!(u8, String, Vec<u8>, Box<dyn Fn() + Send>,);
assert_sync!(str, [u8], dyn Fn() + Sync, Mutex<Vec<u8>>);
assert_send_sync!(Arc<Mutex<String>>, &'static str, (u8, char), [u16; 4],);

fn main() {}
