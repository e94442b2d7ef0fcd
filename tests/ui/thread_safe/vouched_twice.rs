// `send = "..."` next to `reason = "..."`, which already vouches for `Send`.
// Fix: keep one reason per trait: either `reason` or `send`/`sync`.
use thread_safe::thread_safe;

#[thread_safe(send = "the pointer is owned and freed only in Drop", reason = "the pointer is owned and never aliased by anyone")]
pub struct Handle {
    #[thread_safe(unchecked)]
    raw: *mut u8,
}

fn main() {}
