// In vouch mode a generic `Arc<Node<T>>` becomes the predicate `Node<T>: Send + Sync`: a tree of `Rc`s cannot be sent.
// Fix: use the tree with `Send + Sync` values.
use std::rc::Rc;
use std::sync::Arc;
use thread_safe::thread_safe;

pub struct Node<T> {
    pub value: T,
}

#[thread_safe(send = "the cursor points into `nodes`, which the tree owns and never reallocates")]
pub struct Tree<T> {
    nodes: Vec<Arc<Node<T>>>,
    #[thread_safe(unchecked)]
    cursor: *const u8,
}

fn require_send<T: Send>() {}

pub fn send_rc_tree() {
    require_send::<Tree<Rc<u8>>>();
}

fn main() {}
