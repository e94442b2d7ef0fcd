// Check mode with `bound = "T: Send"`: a field that is the bare `T` is checked for `Sync` too, which the bound does not give.
// Fix: add `T: Sync` to the bound (`bound = "T: Send + Sync"`), or drop `bound` to assume both.
use thread_safe::thread_safe;

#[thread_safe(bound = "T: Send")]
pub struct Wrapper<T>(T);

fn main() {}
