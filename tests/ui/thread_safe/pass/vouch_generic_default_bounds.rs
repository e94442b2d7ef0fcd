// A vouched generic type is `Send + Sync` when its parameter is.
use thread_safe::thread_safe;

#[thread_safe(reason = "`ptr` is uniquely owned like a Box<T>: allocated in new, freed in Drop, never aliased")]
pub struct MyBox<T> {
    #[thread_safe(unchecked)]
    ptr: *mut T,
}

fn require_send<T: Send>() {}
fn require_sync<T: Sync>() {}

const _: () = {
    let _ = require_send::<MyBox<String>>;
    let _ = require_sync::<MyBox<Vec<u8>>>;
};

fn main() {}
