// A union checked for `Send` and `Sync` has a raw pointer field.
// Fix: mark the pointer field `unchecked` and vouch for the union with a reason.
use thread_safe::thread_safe;

#[thread_safe]
pub union Word {
    bits: u64,
    ptr: *const u8,
}

fn main() {}
