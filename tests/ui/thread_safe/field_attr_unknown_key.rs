// An unknown key in a field attribute.
// Fix: on a field, only `#[thread_safe(unchecked)]` or `#[thread_safe(unchecked = "note")]` is allowed.
use thread_safe::thread_safe;

#[thread_safe(reason = "the pointer is owned and never aliased by anyone")]
pub struct Handle {
    #[thread_safe(skip)]
    raw: *mut u8,
}

fn main() {}
