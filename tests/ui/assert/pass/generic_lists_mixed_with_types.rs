// Parameter lists may follow plain types; each applies to the types after it, up to the next one.
use std::sync::{Arc, Mutex};
use thread_safe::{assert_not_sync, assert_send, assert_send_sync};

pub struct Job(pub Vec<u8>);

assert_send!(Job, <T: Send> Vec<T>, Box<T>, <U: Sync + 'static> &'static U, Job);
assert_send_sync!(Job, <T: Send> Mutex<T>, Arc<Mutex<T>>,);
assert_not_sync!(std::cell::Cell<u8>, <T> std::cell::RefCell<T>);
assert_send!(<I: Iterator<Item = u8>> <I as Iterator>::Item, u8);

fn main() {}
