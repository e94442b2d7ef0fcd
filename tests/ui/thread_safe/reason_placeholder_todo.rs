// A placeholder reason (`TODO`).
// Fix: replace the placeholder with the actual justification.
use thread_safe::thread_safe;

#[thread_safe(send = "TODO")]
pub struct Handle {
    #[thread_safe(unchecked)]
    raw: *mut u8,
}

fn main() {}
