// A reason that is not a string literal.
// Fix: write the reason in quotes.
use thread_safe::thread_safe;

#[thread_safe(send = 42)]
pub struct Handle {
    #[thread_safe(unchecked)]
    raw: *mut u8,
}

fn main() {}
