// The generic form: the written bounds are what the assertion assumes.
use std::sync::{Arc, Mutex, RwLock};
use thread_safe::{assert_send, assert_send_sync, assert_sync};

pub struct Wrapper<T>(pub Mutex<T>);

assert_send_sync!(<T: Send> Wrapper<T>);
assert_send_sync!(<T: Send> Arc<Mutex<T>>, Mutex<T>);
assert_send_sync!(<T: Send + Sync> RwLock<T>);
assert_sync!(<T: Sync + 'static> &'static T);
assert_send!(<T: ?Sized + Send> Box<T>,);

fn main() {}
