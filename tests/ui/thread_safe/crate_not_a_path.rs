// `crate = "..."` that is not a path.
// Fix: write the path through which the `thread_safe` crate is reachable, e.g. `crate = "my_crate::thread_safe"`.
use thread_safe::thread_safe;

#[thread_safe(crate = "1 + 2")]
pub struct Plain {
    value: u8,
}

fn main() {}
