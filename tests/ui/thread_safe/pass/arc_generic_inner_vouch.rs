// An `Arc<Node<T>>` becomes a where-clause predicate `Node<T>: Send + Sync` of the vouched impls.
use std::sync::Arc;
use thread_safe::thread_safe;

pub struct Node<T> {
    pub value: T,
}

#[thread_safe(reason = "the cursor points into `nodes`, which the tree owns and never reallocates while borrowed")]
pub struct Tree<T> {
    nodes: Vec<Arc<Node<T>>>,
    #[thread_safe(unchecked)]
    cursor: *const Node<T>,
}

fn require_send<T: Send>() {}
fn require_sync<T: Sync>() {}

const _: () = {
    let _ = require_send::<Tree<String>>;
    let _ = require_sync::<Tree<String>>;
};

fn main() {}
