// Arguments that end in the middle of a key (a dangling `::`).
// Fix: write a whole key: `send`, `sync`, `reason`, `bound` or `crate`.
use thread_safe::thread_safe;

#[thread_safe(send, ::)]
pub struct Plain {
    value: u8,
}

fn main() {}
