//! Every assertion macro, used from `thread-safe-core` alone in a `#![no_std]` crate.
//!
//! `cargo tree -p core-only` lists no syn and no proc macro: the assertions cost a dependent crate
//! nothing to build beyond `thread-safe-core` itself. `.ci/run` checks that.
#![no_std]
#![deny(warnings, clippy::pedantic)]

use core::cell::Cell;
use core::marker::PhantomData;
use core::sync::atomic::AtomicU32;
use thread_safe_core::{
    assert_not_send, assert_not_sync, assert_send, assert_send_sync, assert_sync,
};

/// A counter shared between threads.
pub struct Counter {
    /// The count.
    pub hits: AtomicU32,
}

/// A guard that must be released on the thread that took it.
pub struct Guard {
    _not_send: PhantomData<*const ()>,
}

/// A wrapper that is as thread-safe as its contents.
pub struct Wrapper<T>(pub T);

assert_send!(Counter, u8,);
assert_sync!(Counter);
assert_send_sync!(Counter, &'static str);
assert_send_sync!(<T: Send + Sync> Wrapper<T>);
assert_send!(<'a, T: Sync + 'a> &'a T);
assert_not_send!(Guard, *mut u8);
assert_not_sync!(Guard, Cell<u8>);
assert_not_sync!(<T> Wrapper<Cell<T>>);

/// Wraps a value after checking, with the fn's own parameter, that the wrapper can cross threads.
pub fn wrap<T: Send + Sync>(value: T) -> Wrapper<T> {
    assert_send_sync!(in fn: T, Wrapper<T>);
    assert_not_sync!(in fn: Cell<T>);
    assert_send!(val: value);
    assert_sync!(val: value);
    assert_send_sync!(val: value);
    Wrapper(value)
}

async fn ready() -> u32 {
    core::future::ready(1).await
}

/// The future of an `async fn` is `Send`, checked without naming its type.
pub fn future_is_send() {
    assert_send!(val: ready());
}
