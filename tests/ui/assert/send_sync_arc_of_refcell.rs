// `Arc<RefCell<u8>>` asserted `Send + Sync`: an `Arc` is thread-safe only when its value is `Send + Sync`.
// Fix: use `Arc<Mutex<u8>>` to share between threads, or `Rc<RefCell<u8>>` on one thread.
use std::cell::RefCell;
use std::sync::Arc;
use thread_safe::assert_send_sync;

assert_send_sync!(Arc<RefCell<u8>>);

fn main() {}
