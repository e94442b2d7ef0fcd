// `bound = "..."` and `bound(...)` together.
// Fix: keep one of them.
use thread_safe::thread_safe;

#[thread_safe(reason = "the pointer is uniquely owned like a Box<T>", bound = "T: Send", bound(sync = "T: Sync"))]
pub struct MyBox<T> {
    #[thread_safe(unchecked)]
    ptr: *mut T,
}

fn main() {}
