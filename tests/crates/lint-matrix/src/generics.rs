//! Lifetimes, const parameters, where clauses, default and explicit bounds, projections, and the
//! `AtomicPtr` rule.

use std::marker::PhantomData;
use std::ptr::NonNull;
use std::sync::atomic::AtomicPtr;
use std::sync::{Arc, Mutex};
use thread_safe::thread_safe;

/// Lifetime, type and const parameters with a where clause, in check mode.
#[derive(Debug)]
#[thread_safe]
pub struct Frame<'a, T, const N: usize>
where
    T: Copy,
{
    /// Inline values.
    pub inline: [T; N],
    /// Borrowed values.
    pub borrowed: &'a [T],
}

/// An `AtomicPtr` to a node of `T`, vouched: `T` gets the default bounds.
#[derive(Debug)]
#[thread_safe(reason = "`head` is swapped atomically and each node is freed by one thread only")]
pub struct Stack<T> {
    /// The top node.
    #[thread_safe(unchecked)]
    pub head: AtomicPtr<Node<T>>,
}

/// A node of [`Stack`].
#[derive(Debug)]
pub struct Node<T> {
    /// The value.
    pub value: T,
    /// The next node.
    pub next: *mut Self,
}

/// A vouch with an explicit bound.
#[derive(Debug)]
#[thread_safe(
    reason = "the pipe moves each value to one thread and never lends `&T`",
    bound = "T: Send"
)]
pub struct Pipe<T> {
    /// The value in flight.
    #[thread_safe(unchecked)]
    pub slot: *mut T,
}

/// A vouch with one bound per trait: the rules of `Box<T>`.
#[derive(Debug)]
#[thread_safe(
    reason = "the box uniquely owns its value",
    bound(send = "T: Send", sync = "T: Sync")
)]
pub struct OwnedBox<T> {
    /// Uniquely owned.
    #[thread_safe(unchecked)]
    pub value: NonNull<T>,
    /// Ownership of a `T`, for drop check.
    pub owns: PhantomData<T>,
}

/// Check mode under an explicit assumption.
#[derive(Debug)]
#[thread_safe(bound = "T: Send")]
pub struct Locked<T>(pub Mutex<T>);

/// A projection in an unchecked field: `I::Item` gets the default bounds.
#[derive(Debug)]
#[thread_safe(reason = "`last` points at the item most recently taken from `source`")]
pub struct Drain<I: Iterator> {
    /// The iterator.
    pub source: I,
    /// The last item.
    #[thread_safe(unchecked)]
    pub last: *const I::Item,
}

/// Fn-pointer signatures and `dyn` arguments in an unchecked field: `T` gets the default bounds.
#[thread_safe(reason = "the callbacks are plain functions and the context is shared read-only")]
pub struct Callbacks<T> {
    /// Called with each value.
    #[thread_safe(unchecked)]
    pub on_value: *const fn(&T),
    /// Shared, read-only context.
    pub context: Arc<dyn Fn(&T) -> bool + Send + Sync>,
}

impl<T> std::fmt::Debug for Callbacks<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Callbacks").finish_non_exhaustive()
    }
}
