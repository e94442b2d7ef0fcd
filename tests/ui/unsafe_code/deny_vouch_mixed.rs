// A mixed annotation under `#![deny(unsafe_code)]`: only the vouched trait's reason is flagged.
// Fix: check `Sync` too, or put `#[allow(unsafe_code)]` on this type to opt in.
#![deny(unsafe_code)]

use std::cell::Cell;
use std::sync::Mutex;
use thread_safe::thread_safe;

#[thread_safe(sync = "`hits` is only touched while `lock` is held", send)]
pub struct Guarded {
    #[thread_safe(unchecked)]
    hits: Cell<u32>,
    lock: Mutex<()>,
}

fn main() {}
