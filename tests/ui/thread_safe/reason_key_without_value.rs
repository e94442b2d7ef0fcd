// `reason` written without a value.
// Fix: write `reason = "..."` with the justification.
use thread_safe::thread_safe;

#[thread_safe(reason)]
pub struct Handle {
    #[thread_safe(unchecked)]
    raw: *mut u8,
}

fn main() {}
