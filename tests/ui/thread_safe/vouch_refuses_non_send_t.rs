// A type vouched the natural way refuses to carry a non-`Send` `T` across threads.
// Fix: use it with a `T` that is `Send + Sync` (`Arc<u8>` instead of `Rc<u8>`).
use std::rc::Rc;
use thread_safe::thread_safe;

#[thread_safe(reason = "`ptr` is uniquely owned like a Box<T>: allocated in new, freed in Drop, never aliased")]
pub struct MyBox<T> {
    #[thread_safe(unchecked)]
    ptr: *mut T,
}

fn require_send<T: Send>() {}

pub fn spawn_rc() {
    require_send::<MyBox<Rc<u8>>>();
}

fn main() {}
