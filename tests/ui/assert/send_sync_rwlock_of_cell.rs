// `RwLock<Cell<u8>>` asserted `Sync`: readers share the value, so an `RwLock` needs a `Sync` value.
// Fix: use `Mutex<Cell<u8>>` (a `Mutex` needs only `Send`), or a `Sync` value inside the `RwLock`.
use std::cell::Cell;
use std::sync::RwLock;
use thread_safe::assert_send_sync;

assert_send_sync!(RwLock<Cell<u8>>);

fn main() {}
