// An empty reason.
// Fix: write why the unchecked fields are safe to send and share.
use thread_safe::thread_safe;

#[thread_safe(reason = "")]
pub struct Handle {
    #[thread_safe(unchecked)]
    raw: *mut u8,
}

fn main() {}
