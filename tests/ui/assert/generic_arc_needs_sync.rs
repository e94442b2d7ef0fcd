// The generic form assuming only `T: Send` for an `Arc<T>`: sharing needs `T: Sync` too.
// Fix: assume `T: Send + Sync`, or share a `Mutex<T>` (`Arc<Mutex<T>>` is `Send + Sync` for `T: Send`).
use std::sync::Arc;
use thread_safe::assert_send_sync;

assert_send_sync!(<T: Send> Arc<T>);

fn main() {}
