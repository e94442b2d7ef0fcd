// The same key written twice.
// Fix: write each key once.
use thread_safe::thread_safe;

#[thread_safe(send, send)]
pub struct Plain {
    value: u8,
}

fn main() {}
