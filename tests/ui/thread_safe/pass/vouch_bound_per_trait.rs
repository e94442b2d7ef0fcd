// `bound(send = "...", sync = "...")` gives each impl its own bounds.
use std::cell::Cell;
use thread_safe::thread_safe;

#[thread_safe(
    reason = "`ptr` is uniquely owned like a Box<T>; shared access only hands out &T",
    bound(send = "T: Send", sync = "T: Sync")
)]
pub struct MyBox<T> {
    #[thread_safe(unchecked)]
    ptr: *mut T,
}

fn require_send<T: Send>() {}
fn require_sync<T: Sync>() {}

const _: () = {
    let _ = require_send::<MyBox<Cell<u8>>>;
    let _ = require_sync::<MyBox<std::sync::MutexGuard<'static, u8>>>;
};

fn main() {}
