// A raw pointer field in a type checked for `Send` and `Sync`.
// Fix: mark the field `#[thread_safe(unchecked)]` and vouch with a reason that says who owns the pointee.
use thread_safe::thread_safe;

#[thread_safe]
pub struct Buffer {
    ptr: *mut u8,
    len: usize,
}

fn main() {}
