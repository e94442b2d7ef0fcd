// `crate` written without a path.
// Fix: write `crate = "path::to::thread_safe"`, or drop `crate`.
use thread_safe::thread_safe;

#[thread_safe(crate)]
pub struct Plain {
    value: u8,
}

fn main() {}
