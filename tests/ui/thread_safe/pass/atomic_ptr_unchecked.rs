// A lock-free stack: the `AtomicPtr<Node<T>>` field is unchecked under a reason, which bounds `T`.
use std::sync::atomic::AtomicPtr;
use thread_safe::thread_safe;

pub struct Node<T> {
    pub value: T,
    pub next: *mut Node<T>,
}

#[thread_safe(reason = "nodes are owned by the stack and moved between threads whole by push/pop, like Box<T>")]
pub struct Stack<T> {
    #[thread_safe(unchecked)]
    head: AtomicPtr<Node<T>>,
}

fn require_send<T: Send>() {}
fn require_sync<T: Sync>() {}

const _: () = {
    let _ = require_send::<Stack<String>>;
    let _ = require_sync::<Stack<String>>;
};

fn main() {}
