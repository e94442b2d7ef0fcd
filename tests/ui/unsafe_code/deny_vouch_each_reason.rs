// Two vouched traits under `#![deny(unsafe_code)]`: the lint points at each trait's own reason.
// Fix: check the traits instead, or put `#[allow(unsafe_code)]` on this type to opt in.
#![deny(unsafe_code)]

use std::cell::Cell;
use thread_safe::thread_safe;

#[thread_safe(
    send = "the raw handle is owned and moves with the value",
    sync = "`hits` is only touched by the thread that owns the handle"
)]
pub struct Handle {
    #[thread_safe(unchecked)]
    raw: *mut u8,
    #[thread_safe(unchecked)]
    hits: Cell<u32>,
}

fn main() {}
