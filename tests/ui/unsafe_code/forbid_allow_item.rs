// `#[allow(unsafe_code)]` on a vouched type cannot override `#![forbid(unsafe_code)]`.
// Fix: use `#![deny(unsafe_code)]` if some types may opt in, or check the trait instead.
#![forbid(unsafe_code)]

use thread_safe::thread_safe;

#[allow(unsafe_code)]
#[thread_safe(reason = "`base` points into a static table that is never written")]
pub struct Table {
    #[thread_safe(unchecked)]
    base: *const u8,
}

fn main() {}
