// Under `#![forbid(unsafe_code)]` a vouch is rejected at its reason: it is an `unsafe impl`.
// Fix: use check mode (`#[thread_safe]`), or allow unsafe code in the module that vouches.
#![forbid(unsafe_code)]
use thread_safe::thread_safe;

#[thread_safe(send = "the pointer is owned by the handle and freed only in Drop")]
pub struct Handle {
    #[thread_safe(unchecked)]
    raw: *mut u8,
}

fn main() {}
