// `#[thread_safe(unchecked)]` twice on one field.
// Fix: keep one.
use thread_safe::thread_safe;

#[thread_safe(reason = "the pointer is owned by the handle and freed only in Drop")]
pub struct Handle {
    #[thread_safe(unchecked)]
    #[thread_safe(unchecked = "owned")]
    raw: *mut u8,
}

fn main() {}
