// A `bound` written without quotes.
// Fix: put the bound in a string: `bound = "T: Send"`.
use thread_safe::thread_safe;

#[thread_safe(reason = "the pointer is uniquely owned like a Box<T>", bound = T)]
pub struct MyBox<T> {
    #[thread_safe(unchecked)]
    ptr: *mut T,
}

fn main() {}
