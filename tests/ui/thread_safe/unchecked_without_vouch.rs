// An unchecked field where nothing is vouched for.
// Fix: add a reason (`send = "..."`, `sync = "..."` or `reason = "..."`) that covers the field, or drop `unchecked`.
use thread_safe::thread_safe;

#[thread_safe]
pub struct Handle {
    #[thread_safe(unchecked)]
    raw: *mut u8,
}

fn main() {}
