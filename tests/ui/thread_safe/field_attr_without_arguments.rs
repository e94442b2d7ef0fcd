// `#[thread_safe]` on a field without `(unchecked)`.
// Fix: write `#[thread_safe(unchecked)]`.
use thread_safe::thread_safe;

#[thread_safe(reason = "the pointer is owned by the handle and freed only in Drop")]
pub struct Handle {
    #[thread_safe]
    raw: *mut u8,
}

fn main() {}
