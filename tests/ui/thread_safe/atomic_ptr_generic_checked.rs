// A checked field holding `AtomicPtr<Node<T>>`: the compiler ignores what an `AtomicPtr` points to, so the check would pass for any `T`.
// Fix: mark the field `#[thread_safe(unchecked)]` under a reason, which bounds `T: Send + Sync`.
use std::sync::atomic::AtomicPtr;
use thread_safe::thread_safe;

pub struct Node<T> {
    value: T,
    next: *mut Node<T>,
}

#[thread_safe]
pub struct Stack<T> {
    head: AtomicPtr<Node<T>>,
}

fn main() {}
