// `send = "..."` and `sync = "..."`, each with its own reason.
use thread_safe::thread_safe;

#[thread_safe(
    send = "the buffer is uniquely owned and freed in Drop, so moving it moves ownership",
    sync = "shared references only read the length, never the pointed-to bytes"
)]
pub struct Buffer {
    #[thread_safe(unchecked)]
    ptr: *mut u8,
    len: usize,
}

fn require_send<T: Send>() {}
fn require_sync<T: Sync>() {}

const _: () = {
    let _ = require_send::<Buffer>;
    let _ = require_sync::<Buffer>;
};

fn main() {}
