// `#[thread_safe(unchecked)]` on a generic parameter.
// Fix: state bounds with `bound = "..."` on the type instead.
use thread_safe::thread_safe;

#[thread_safe(reason = "the pointer is owned by the handle and freed only in Drop")]
pub struct Handle<#[thread_safe(unchecked)] T> {
    #[thread_safe(unchecked)]
    raw: *mut T,
}

fn main() {}
