// Under `#![deny(unsafe_code)]` a vouch is reported at its reason.
// Fix: add `#[allow(unsafe_code)]` on the module that vouches, if the project accepts audited unsafe there.
#![deny(unsafe_code)]
use thread_safe::thread_safe;

#[thread_safe(reason = "the pointer is owned by the handle and freed only in Drop")]
pub struct Handle {
    #[thread_safe(unchecked)]
    raw: *mut u8,
}

fn main() {}
