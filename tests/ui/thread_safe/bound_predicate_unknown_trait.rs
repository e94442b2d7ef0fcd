// A `bound` naming a trait that does not exist is reported at the bound.
// Fix: fix the trait name (`T: Send`).
use thread_safe::thread_safe;

#[thread_safe(reason = "the pointer is uniquely owned like a Box<T>", bound = "T: Sned")]
pub struct MyBox<T> {
    #[thread_safe(unchecked)]
    ptr: *mut T,
}

fn main() {}
