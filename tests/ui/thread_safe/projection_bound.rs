// A projection `I::Item` in an unchecked field is bounded `Send + Sync`: an iterator over `Rc`s is refused.
// Fix: use an iterator whose items are thread-safe.
use std::rc::Rc;
use thread_safe::thread_safe;

#[thread_safe(send = "the cached item pointer points into the iterator's buffer, which moves with it")]
pub struct Peeked<I: Iterator> {
    iter: I,
    #[thread_safe(unchecked)]
    cached: *const I::Item,
}

fn require_send<T: Send>() {}

pub fn send_rc_iter() {
    require_send::<Peeked<std::vec::IntoIter<Rc<u8>>>>();
}

fn main() {}
