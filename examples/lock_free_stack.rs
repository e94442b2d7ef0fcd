//! A lock-free stack shared by threads, and the bounds its `Send` and `Sync` need.
//!
//! A Treiber stack keeps its nodes behind an `AtomicPtr<Node<T>>`. `AtomicPtr<X>` is `Send + Sync`
//! whatever `X` is, so with no `unsafe impl` at all such a stack is `Send + Sync` even for
//! `T = Rc<u8>`: the compiler would let two threads share one `Rc`. `#[thread_safe]` therefore
//! rejects a checked field that holds `AtomicPtr<Node<T>>` (docs/errors.md, case
//! `thread_safe/atomic_ptr_generic_checked`); the field is marked `unchecked` under a reason, and
//! that brings bounds on `T`:
//!
//! - `Stack<T>` takes the default bounds, `T: Send + Sync` on both impls. Sound whatever the stack
//!   does with its `T`s, so it is the right start.
//! - `JobStack<T>` states its own, `bound(send = "T: Send", sync = "T: Send")`: the stack moves
//!   `T`s in and out but never lends a `&T`, like `Mutex<T>`, so `T: Send` is enough for both.
//!   That lets workers share a stack of boxed jobs (`Box<dyn FnOnce() + Send>`), which are not
//!   `Sync`; with the default bounds, sharing it would not compile.
//!
//! Memory is reclaimed without a garbage collector: `push` is lock-free, and `pop` holds a small
//! lock, so only one thread at a time unlinks and frees a node. A node cannot be freed while
//! another thread reads it, and a freed address cannot come back as the head while a pop is
//! between its load and its compare-and-swap (no use-after-free, no ABA). Miri agrees: it finds
//! no undefined behaviour and no leak in `cargo +nightly miri run --example lock_free_stack`.
//!
//! Run: `cargo run --example lock_free_stack`

use std::ptr;
use std::rc::Rc;
use std::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::thread;

use thread_safe::{assert_not_send, assert_not_sync, assert_send_sync, thread_safe};

struct Node<T> {
    value: T,
    next: *mut Node<T>,
}

/// Pushes `value` onto the list at `head`. Lock-free: any number of threads may push at once.
fn push_node<T>(head: &AtomicPtr<Node<T>>, value: T) {
    let node = Box::into_raw(Box::new(Node { value, next: head.load(Ordering::Relaxed) }));
    loop {
        // SAFETY: `node` is not published yet, so this thread is its only user.
        let next = unsafe { (*node).next };
        match head.compare_exchange_weak(next, node, Ordering::Release, Ordering::Relaxed) {
            Ok(_) => return,
            // SAFETY: as above; the failed exchange did not publish `node`.
            Err(current) => unsafe { (*node).next = current },
        }
    }
}

/// Pops the most recent value. The guard of the stack's pop lock proves that no other thread is
/// popping, so the head node cannot be freed by someone else while this thread reads it.
fn pop_node<T>(head: &AtomicPtr<Node<T>>, _popping: &MutexGuard<'_, ()>) -> Option<T> {
    let mut node = head.load(Ordering::Acquire);
    loop {
        if node.is_null() {
            return None;
        }
        // SAFETY: only a popper frees nodes and we are the only popper, so `node` is live; its
        // `next` was written before the node was published by the Release exchange in push.
        let next = unsafe { (*node).next };
        match head.compare_exchange_weak(node, next, Ordering::Acquire, Ordering::Acquire) {
            Ok(_) => break,
            Err(current) => node = current,
        }
    }
    // SAFETY: the exchange unlinked `node`, so no other thread can reach it: this thread owns the
    // box made in `push_node` and frees it exactly once.
    let node = unsafe { Box::from_raw(node) };
    Some(node.value)
}

/// Frees every node left in the list, with its value.
fn free_nodes<T>(head: &mut AtomicPtr<Node<T>>) {
    let mut node = std::mem::replace(head.get_mut(), ptr::null_mut());
    while !node.is_null() {
        // SAFETY: `&mut` access means no thread can push or pop; each node is owned by the list
        // and freed once, as the walk moves past it.
        let boxed = unsafe { Box::from_raw(node) };
        node = boxed.next;
    }
}

/// A stack for values that are themselves `Send + Sync`: the default bounds.
#[thread_safe(reason = "The stack owns the node list behind `head` and the T in each node: push \
              moves a T in, pop moves it out and frees its node while holding \
              `pop_lock`, and Drop frees the rest, so every node is freed once.")]
struct Stack<T> {
    #[thread_safe(unchecked = "owns the nodes and their values")]
    head: AtomicPtr<Node<T>>,
    pop_lock: Mutex<()>,
}

/// A stack of values that only need to be `Send`: it never lends out a `&T`.
#[thread_safe(
    reason = "The stack owns the node list behind `head` and the T in each node: push moves a T \
              in, pop moves it out and frees its node while holding `pop_lock`, and Drop frees \
              the rest. No `&T` is ever lent out, so sharing the stack only moves T values.",
    bound(send = "T: Send", sync = "T: Send")
)]
struct JobStack<T> {
    #[thread_safe(unchecked = "owns the nodes and their values")]
    head: AtomicPtr<Node<T>>,
    pop_lock: Mutex<()>,
}

type Job = Box<dyn FnOnce() -> u64 + Send>;

assert_send_sync!(<T: Send + Sync> Stack<T>);
assert_send_sync!(<T: Send> JobStack<T>);
assert_send_sync!(JobStack<Job>);
// The default bounds refuse to share a stack of jobs that are not Sync...
assert_not_sync!(Stack<Job>);
// ...and the AtomicPtr leak is closed: a stack of `Rc` cannot be sent to another thread.
assert_not_send!(Stack<Rc<u8>>);

impl<T> Stack<T> {
    fn new() -> Self {
        Self { head: AtomicPtr::new(ptr::null_mut()), pop_lock: Mutex::new(()) }
    }

    fn push(&self, value: T) {
        push_node(&self.head, value);
    }

    fn pop(&self) -> Option<T> {
        pop_node(&self.head, &self.pop_lock.lock().unwrap_or_else(PoisonError::into_inner))
    }
}

impl<T> Drop for Stack<T> {
    fn drop(&mut self) {
        free_nodes(&mut self.head);
    }
}

impl<T> JobStack<T> {
    fn new() -> Self {
        Self { head: AtomicPtr::new(ptr::null_mut()), pop_lock: Mutex::new(()) }
    }

    fn push(&self, value: T) {
        push_node(&self.head, value);
    }

    fn pop(&self) -> Option<T> {
        pop_node(&self.head, &self.pop_lock.lock().unwrap_or_else(PoisonError::into_inner))
    }
}

impl<T> Drop for JobStack<T> {
    fn drop(&mut self) {
        free_nodes(&mut self.head);
    }
}

static CREATED: AtomicUsize = AtomicUsize::new(0);
static DROPPED: AtomicUsize = AtomicUsize::new(0);

/// A value that counts its drops, to show that none is leaked or dropped twice.
struct Tracked(usize);

impl Tracked {
    fn new(id: usize) -> Self {
        CREATED.fetch_add(1, Ordering::Relaxed);
        Self(id)
    }
}

impl Drop for Tracked {
    fn drop(&mut self) {
        DROPPED.fetch_add(1, Ordering::Relaxed);
    }
}

const PRODUCERS: usize = 4;
const PER_PRODUCER: usize = 1000;
const CONSUMERS: usize = 2;
const PER_CONSUMER: usize = 1500;

/// Producers and consumers at once on a `Stack<Tracked>`; returns the ids popped.
fn run_stack() -> Vec<usize> {
    let stack = Stack::new();
    let mut popped: Vec<usize> = thread::scope(|s| {
        for producer in 0..PRODUCERS {
            let stack = &stack;
            s.spawn(move || {
                for i in 0..PER_PRODUCER {
                    stack.push(Tracked::new(producer * PER_PRODUCER + i));
                }
            });
        }
        let consumers: Vec<_> = (0..CONSUMERS)
            .map(|_| {
                let stack = &stack;
                s.spawn(move || {
                    let mut ids = Vec::with_capacity(PER_CONSUMER);
                    while ids.len() < PER_CONSUMER {
                        match stack.pop() {
                            Some(tracked) => ids.push(tracked.0),
                            None => thread::yield_now(),
                        }
                    }
                    ids
                })
            })
            .collect();
        consumers.into_iter().flat_map(|c| c.join().expect("a consumer panicked")).collect()
    });
    popped.sort_unstable();
    popped.dedup();
    popped
}

/// Workers share a `JobStack` of boxed jobs and run them; returns the sum of their results.
fn run_jobs(jobs: u64) -> u64 {
    let stack: JobStack<Job> = JobStack::new();
    for n in 1..=jobs {
        stack.push(Box::new(move || n * n));
    }
    thread::scope(|s| {
        let workers: Vec<_> = (0..4)
            .map(|_| {
                let stack = &stack;
                s.spawn(move || std::iter::from_fn(|| stack.pop()).map(|job| job()).sum::<u64>())
            })
            .collect();
        workers.into_iter().map(|w| w.join().expect("a worker panicked")).sum()
    })
}

fn main() {
    let popped = run_stack();
    let (created, dropped) = (CREATED.load(Ordering::Relaxed), DROPPED.load(Ordering::Relaxed));
    println!(
        "Stack<Tracked> (default bounds, T: Send + Sync): {PRODUCERS} threads pushed {created} \
         values while {CONSUMERS} threads popped {} distinct ones; the {} left were freed when \
         the stack was dropped. Values dropped: {dropped} of {created}.",
        popped.len(),
        created - popped.len(),
    );
    assert_eq!(popped.len(), CONSUMERS * PER_CONSUMER, "a value was popped twice");
    assert_eq!(dropped, created, "a value was leaked or dropped twice");

    let jobs = 100;
    let sum = run_jobs(jobs);
    println!(
        "JobStack<Box<dyn FnOnce() -> u64 + Send>> (bound T: Send): 4 workers shared the stack \
         and ran {jobs} jobs; the sum of squares 1..={jobs} is {sum}."
    );
    assert_eq!(sum, jobs * (jobs + 1) * (2 * jobs + 1) / 6);
}
