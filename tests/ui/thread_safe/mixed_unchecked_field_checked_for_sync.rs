// With `send = "...", sync`, an unchecked field is exempt only from the vouched `Send`: `Sync` is checked for every field.
// Fix: vouch for `Sync` too (`sync = "..."`) if the reason covers sharing, or make the field `Sync`.
use thread_safe::thread_safe;

#[thread_safe(send = "the pointer is owned by the handle and freed only in Drop", sync)]
pub struct Handle {
    #[thread_safe(unchecked)]
    raw: *mut u8,
}

fn main() {}
