// `bound = "T: Send"` in check mode: `Wrapper<T>` is `Send + Sync` whenever `T: Send`.
use std::cell::Cell;
use std::sync::Mutex;
use thread_safe::thread_safe;

#[thread_safe(bound = "T: Send")]
pub struct Wrapper<T>(Mutex<T>);

fn require_send<T: Send>() {}
fn require_sync<T: Sync>() {}

const _: () = {
    let _ = require_send::<Wrapper<Cell<u8>>>;
    let _ = require_sync::<Wrapper<Cell<u8>>>;
};

fn main() {}
