// `bound = "T: Send"` replaces the default bounds: `MyBox<Cell<u8>>` is `Send`.
use std::cell::Cell;
use thread_safe::thread_safe;

#[thread_safe(send = "`ptr` is uniquely owned like a Box<T>, so sending the box sends one T", bound = "T: Send")]
pub struct MyBox<T> {
    #[thread_safe(unchecked)]
    ptr: *mut T,
}

fn require_send<T: Send>() {}
fn require_sync<T: Sync>() {}

const _: () = {
    let _ = require_send::<MyBox<Cell<u8>>>;
};

fn main() {}
