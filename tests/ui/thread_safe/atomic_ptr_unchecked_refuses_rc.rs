// A lock-free stack whose `AtomicPtr<Node<T>>` is unchecked under a reason: the default bounds refuse `Stack<Rc<u8>>` across threads.
// Fix: push values that are `Send + Sync` (`Arc<u8>` instead of `Rc<u8>`).
use std::rc::Rc;
use std::sync::atomic::AtomicPtr;
use thread_safe::thread_safe;

pub struct Node<T> {
    pub value: T,
    pub next: *mut Node<T>,
}

#[thread_safe(reason = "nodes are owned by the stack and moved between threads whole by push/pop")]
pub struct Stack<T> {
    #[thread_safe(unchecked)]
    head: AtomicPtr<Node<T>>,
}

fn require_send<T: Send>() {}

pub fn send_rc_stack() {
    require_send::<Stack<Rc<u8>>>();
}

fn main() {}
