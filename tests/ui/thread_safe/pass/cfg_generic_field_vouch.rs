// A generic checked field under `#[cfg]` becomes a predicate of the impl only under that cfg.
use thread_safe::thread_safe;

#[thread_safe(reason = "`ptr` is uniquely owned like a Box<T> and freed in Drop")]
pub struct Traced<T> {
    #[thread_safe(unchecked)]
    ptr: *mut T,
    #[cfg(any())]
    missing: Missing<T>,
    #[cfg(all())]
    present: Vec<T>,
}

fn main() {}
