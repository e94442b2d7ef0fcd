// The placeholder reason `safe`, whatever its case and punctuation.
// Fix: say why it is safe, not that it is.
use thread_safe::thread_safe;

#[thread_safe(sync = "Safe.")]
pub struct Handle {
    #[thread_safe(unchecked)]
    raw: *mut u8,
}

fn main() {}
