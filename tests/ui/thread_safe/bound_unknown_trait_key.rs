// An unknown key inside `bound(...)`.
// Fix: use `bound(send = "...", sync = "...")`.
use thread_safe::thread_safe;

#[thread_safe(reason = "the pointer is uniquely owned like a Box<T>", bound(sned = "T: Send"))]
pub struct MyBox<T> {
    #[thread_safe(unchecked)]
    ptr: *mut T,
}

fn main() {}
