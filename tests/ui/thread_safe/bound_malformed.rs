// A `bound` that is not a where-clause predicate list.
// Fix: write the bound like a where clause: `bound = "T: Send"`.
use thread_safe::thread_safe;

#[thread_safe(reason = "the pointer is uniquely owned like a Box<T>", bound = "T Send")]
pub struct MyBox<T> {
    #[thread_safe(unchecked)]
    ptr: *mut T,
}

fn main() {}
