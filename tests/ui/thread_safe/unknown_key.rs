// A misspelled key.
// Fix: use one of `send`, `sync`, `reason`, `bound`, `crate`.
use thread_safe::thread_safe;

#[thread_safe(sned)]
pub struct Plain {
    value: u8,
}

fn main() {}
