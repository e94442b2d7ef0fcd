// A `?Sized` type parameter in checked and unchecked fields.
use thread_safe::thread_safe;

#[thread_safe]
pub struct Named<T: ?Sized> {
    len: usize,
    value: Box<T>,
}

#[thread_safe(reason = "`ptr` is uniquely owned like a Box<T>: allocated in new, freed in Drop")]
pub struct RawBox<T: ?Sized> {
    #[thread_safe(unchecked)]
    ptr: *mut T,
}

fn require_send<T: Send>() {}

const _: () = {
    let _ = require_send::<Named<str>>;
    let _ = require_send::<RawBox<[u8]>>;
};

fn main() {}
