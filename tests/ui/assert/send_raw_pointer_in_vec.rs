// A `Vec` of raw pointers asserted `Send`: raw pointers are neither `Send` nor `Sync`.
// Fix: wrap the pointers in a type that owns what they point to and vouch for it with `#[thread_safe]`.
use thread_safe::assert_send;

assert_send!(Vec<*mut u8>);

fn main() {}
