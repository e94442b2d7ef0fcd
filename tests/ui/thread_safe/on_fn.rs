// `#[thread_safe]` on a function.
// Fix: put it on a struct, enum or union; use `assert_send_sync!` for other checks.
use thread_safe::thread_safe;

#[thread_safe]
pub fn run() {}

fn main() {}
