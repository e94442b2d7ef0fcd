// An unchecked field whose type is a macro: its generic parameters cannot be seen, so there is no sound default bound.
// Fix: write the bounds yourself with `bound = "..."`.
use thread_safe::thread_safe;

macro_rules! ptr_to {
    ($t:ty) => { *mut $t };
}

#[thread_safe(reason = "the pointer is uniquely owned like a Box<T> and freed in Drop")]
pub struct MyBox<T> {
    #[thread_safe(unchecked)]
    ptr: ptr_to!(T),
}

fn main() {}
