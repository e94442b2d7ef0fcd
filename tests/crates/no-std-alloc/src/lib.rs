//! `#[thread_safe]` in a `#![no_std]` crate with `alloc`: `alloc::sync::Arc` and `Weak` fields
//! get the same inner-type assertions as `std::sync::Arc`.
#![no_std]

extern crate alloc;

use alloc::boxed::Box;
use alloc::sync::{Arc, Weak};
use alloc::vec::Vec;
use core::cell::Cell;
use core::sync::atomic::{AtomicPtr, AtomicUsize};
use thread_safe::thread_safe;

/// Check mode with `Arc` fields, nested in generic arguments.
#[thread_safe]
pub struct Shared {
    /// Shared counters.
    pub counters: Vec<Arc<AtomicUsize>>,
    /// A weak handle.
    pub parent: Option<Weak<AtomicUsize>>,
    /// A shared slice.
    pub name: Arc<str>,
}

/// Vouch mode with an unchecked field that holds an `Arc`: the `Arc` is asserted all the same.
#[thread_safe(reason = "`head` is swapped atomically and each node is freed by one thread only")]
pub struct Stack<T> {
    /// Nodes, each owned by the stack.
    #[thread_safe(unchecked)]
    pub head: AtomicPtr<Node<T>>,
    /// Shared statistics.
    pub stats: Arc<AtomicUsize>,
}

/// A node of [`Stack`].
pub struct Node<T> {
    /// The value.
    pub value: T,
    /// The next node.
    pub next: *mut Node<T>,
}

/// Mixed mode with an `Arc` of a parameter: the `Arc` becomes a where-clause predicate.
#[thread_safe(sync = "`scratch` is used only by the thread that holds `owner`", send)]
pub struct Worker<T> {
    /// Touched by the owning thread only.
    #[thread_safe(unchecked)]
    pub scratch: Cell<usize>,
    /// The thread id of the owner, or 0.
    pub owner: AtomicUsize,
    /// Shared input.
    pub input: Arc<T>,
}

/// Vouch with split bounds.
#[thread_safe(
    send = "the box is uniquely owned",
    sync = "a shared box gives only shared access to its value",
    bound(send = "T: Send", sync = "T: Sync")
)]
pub struct RawBox<T> {
    /// From `Box::into_raw`, freed by the owner.
    #[thread_safe(unchecked)]
    pub raw: *mut T,
}

/// An enum with `Arc` payloads.
#[thread_safe]
pub enum Tree {
    /// A leaf.
    Leaf(u64),
    /// Shared children.
    Branch(Arc<[Tree]>),
}

const _: fn() = || {
    fn send_sync<T: Send + Sync>() {}
    fn generic<T: Send + Sync>() {
        send_sync::<Stack<T>>();
        send_sync::<Worker<T>>();
    }
    fn split<T: Send + Sync>() {
        send_sync::<RawBox<T>>();
    }
    send_sync::<Shared>();
    send_sync::<Tree>();
    generic::<u64>();
    split::<Box<u8>>();
};

// The generated impls are no wider than their bounds, and the `Arc` predicates hold.
thread_safe::assert_not_send!(
    Stack<alloc::rc::Rc<u8>>,
    Worker<Cell<u8>>,
    RawBox<alloc::rc::Rc<u8>>
);
thread_safe::assert_not_sync!(RawBox<Cell<u8>>, Stack<Cell<u8>>);
