// The note of `unchecked` is not a string literal.
// Fix: write the note in quotes: `unchecked = "..."`.
use thread_safe::thread_safe;

#[thread_safe(reason = "the pointer is owned and never aliased by anyone")]
pub struct Handle {
    #[thread_safe(unchecked = owned)]
    raw: *mut u8,
}

fn main() {}
