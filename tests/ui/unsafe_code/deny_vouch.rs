// A vouch in a crate under `#![deny(unsafe_code)]`: the lint points at the reason.
// Fix: check the trait instead, or put `#[allow(unsafe_code)]` on this type to opt in.
#![deny(unsafe_code)]

use thread_safe::thread_safe;

#[thread_safe(reason = "`base` points into a static table that is never written")]
pub struct Table {
    #[thread_safe(unchecked)]
    base: *const u8,
    len: usize,
}

fn main() {}
