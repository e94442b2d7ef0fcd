// Independent mistakes in one attribute are all reported, each at its own tokens.
// Fix: fix each one.
use thread_safe::thread_safe;

#[thread_safe(sned, send = "ok", colour = "red")]
pub struct Handle {
    #[thread_safe(unchecked)]
    raw: *mut u8,
}

fn main() {}
