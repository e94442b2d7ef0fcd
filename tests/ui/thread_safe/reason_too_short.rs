// A reason too short to say anything (under 20 characters or 3 words).
// Fix: say which field the reason covers and what makes it thread-safe.
use thread_safe::thread_safe;

#[thread_safe(reason = "it is owned")]
pub struct Handle {
    #[thread_safe(unchecked)]
    raw: *mut u8,
}

fn main() {}
