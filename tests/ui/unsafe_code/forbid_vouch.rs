// A vouch in a crate under `#![forbid(unsafe_code)]`: the lint points at the reason.
// Fix: check the trait instead (drop the reason and make every field thread-safe), or move the
// type to a crate or module that allows `unsafe_code`.
#![forbid(unsafe_code)]

use thread_safe::thread_safe;

#[thread_safe(reason = "`base` points into a static table that is never written")]
pub struct Table {
    #[thread_safe(unchecked)]
    base: *const u8,
    len: usize,
}

fn main() {}
