// A reason that starts with `FIXME:` marks itself as unfinished.
// Fix: finish the justification and drop the `FIXME`.
use thread_safe::thread_safe;

#[thread_safe(reason = "FIXME: explain why the pointer can cross threads")]
pub struct Handle {
    #[thread_safe(unchecked)]
    raw: *mut u8,
}

fn main() {}
