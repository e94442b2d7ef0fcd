// `unchecked` written in the attribute of the type instead of on a field.
// Fix: put `#[thread_safe(unchecked)]` on the field the reason covers.
use thread_safe::thread_safe;

#[thread_safe(unchecked, reason = "the pointer is owned and never aliased by anyone")]
pub struct Handle {
    raw: *mut u8,
}

fn main() {}
