// An unchecked field still gets the Arc assertion: the vouch does not cover what an `Arc` shares.
// Fix: make the shared value thread-safe (`Arc<Mutex<u8>>`); `unchecked` cannot make an `Arc` of a `Cell` safe.
use std::cell::Cell;
use std::sync::Arc;
use thread_safe::thread_safe;

#[thread_safe(reason = "the counter is only touched while the owner holds the global registry lock")]
pub struct Handle {
    #[thread_safe(unchecked)]
    counter: Arc<Cell<u8>>,
}

fn main() {}
