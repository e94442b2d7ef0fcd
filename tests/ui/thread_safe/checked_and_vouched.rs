// `sync` asks to check `Sync` while `reason` vouches for it.
// Fix: either check `Sync` (drop `reason`, write `send = "..."`) or vouch for it (drop `sync`).
use thread_safe::thread_safe;

#[thread_safe(sync, reason = "the pointer is owned and freed only in Drop, never shared")]
pub struct Handle {
    #[thread_safe(unchecked)]
    raw: *mut u8,
}

fn main() {}
