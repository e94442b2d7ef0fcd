// The placeholder reason `trust me`.
// Fix: write down what the reader would have to trust, and why it holds.
use thread_safe::thread_safe;

#[thread_safe(reason = "trust me")]
pub struct Handle {
    #[thread_safe(unchecked)]
    raw: *mut u8,
}

fn main() {}
