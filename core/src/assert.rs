//! The public assertion macros. The statement forms (`in fn:`, `val:`) expand here, to a closure
//! that is never called; the rest forwards to `__thread_safe_assert_forms!` (forms.rs).

/// Asserts at compile time that types are `Send`: a value of each can be moved to another thread.
///
/// Forms (in each, a trailing comma is accepted):
///
/// - `assert_send!(A, B<u8>, ...)`: any number of types, among items or in a fn body.
/// - `assert_send!(<'a, T: Send> Wrapper<'a, T>, ...)`: the generic form; the parameters and
///   their bounds are what the assertion assumes ("`Wrapper<'a, T>` is `Send` whenever
///   `T: Send`"). A parameter list applies to the types after it, up to the next list, and may
///   follow plain types: `assert_send!(Job, <T: Send> Vec<T>, Box<T>, <U: Sync> &'static U)`.
/// - `assert_send!(in fn: Vec<T>, ...)`: inside a fn body, for types that name the fn's own generic
///   parameters (an item cannot see them, so this form expands to a statement).
/// - `assert_send!(val: expr)`: the type of a value that cannot be named, such as the future of
///   an `async fn` or a closure. The expression is type-checked and never evaluated, not moved.
///
/// All forms cost nothing at run time. A failure says which type is not `Send` and what the
/// assertion expected, then rustc's own error names the field or element that is not `Send`.
///
/// ```
/// use thread_safe_core::assert_send; // or `thread_safe::assert_send`, re-exported by the facade
///
/// struct Job {
///     id: u64,
///     payload: Vec<u8>,
/// }
///
/// assert_send!(Job, String, Box<dyn Fn() + Send>);
/// assert_send!(<T: Send> Vec<T>, Option<T>);
/// assert_send!(<'a, T: Sync + 'a> &'a T);
///
/// fn spawn_all<T: Send + 'static>(jobs: Vec<T>) -> usize {
///     assert_send!(in fn: T, Vec<T>);
///     jobs.len()
/// }
///
/// async fn fetch() -> u8 {
///     7
/// }
///
/// fn main() {
///     assert_send!(val: fetch());
///     assert_eq!(spawn_all(vec![Job { id: 1, payload: vec![] }]), 1);
/// }
/// ```
///
/// An `Rc` cannot be sent: its reference count is not atomic.
///
/// ```compile_fail,E0277
/// use std::rc::Rc;
/// use thread_safe_core::assert_send;
///
/// struct Job {
///     shared: Rc<u8>,
/// }
///
/// assert_send!(Job); // error: `Job` is not `Send`, but `assert_send!` expects it to be
/// ```
#[macro_export]
macro_rules! assert_send {
    (in fn: $($types:tt)*) => {
        let _ = || {
            $crate::__thread_safe_assert_statement!(send; in fn: $($types)*);
        };
    };
    (val: $($value:tt)*) => {
        let _ = || {
            $crate::__thread_safe_assert_statement!(send; val: $($value)*);
        };
    };
    ($($input:tt)*) => {
        $crate::__thread_safe_assert_forms!(send; $($input)*);
    };
}

/// Asserts at compile time that types are `Sync`: a shared reference to each can be sent to
/// another thread.
///
/// The forms are those of [`assert_send!`]: a list of types, the generic form
/// `<T: Sync> Wrapper<T>`, `in fn:` for a fn's own generic parameters and `val: expr` for a value
/// whose type cannot be named. Nothing of it reaches the binary.
///
/// ```
/// use std::sync::{atomic::AtomicUsize, Mutex};
/// use thread_safe_core::assert_sync; // or `thread_safe::assert_sync`, re-exported by the facade
///
/// struct Counter {
///     hits: AtomicUsize,
///     log: Mutex<Vec<String>>,
/// }
///
/// assert_sync!(Counter, &'static str);
/// assert_sync!(<T: Send> Mutex<T>);
/// ```
///
/// A `Cell` allows mutation through `&Cell`, without synchronisation.
///
/// ```compile_fail,E0277
/// use std::cell::Cell;
/// use thread_safe_core::assert_sync;
///
/// struct Counter {
///     hits: Cell<usize>,
/// }
///
/// assert_sync!(Counter); // error: `Counter` is not `Sync`, but `assert_sync!` expects it to be
/// ```
#[macro_export]
macro_rules! assert_sync {
    (in fn: $($types:tt)*) => {
        let _ = || {
            $crate::__thread_safe_assert_statement!(sync; in fn: $($types)*);
        };
    };
    (val: $($value:tt)*) => {
        let _ = || {
            $crate::__thread_safe_assert_statement!(sync; val: $($value)*);
        };
    };
    ($($input:tt)*) => {
        $crate::__thread_safe_assert_forms!(sync; $($input)*);
    };
}

/// Asserts at compile time that types are both `Send` and `Sync`, as an `Arc<T>` shared between
/// threads needs.
///
/// The forms are those of [`assert_send!`]: a list of types, the generic form
/// `<T: Send + Sync> Wrapper<T>`, `in fn:` for a fn's own generic parameters and `val: expr` for a
/// value whose type cannot be named. Nothing of it reaches the binary.
///
/// ```
/// use std::collections::HashMap;
/// use std::sync::{Arc, RwLock};
/// use thread_safe_core::assert_send_sync; // or `thread_safe::assert_send_sync`, re-exported by the facade
///
/// struct Registry {
///     names: RwLock<HashMap<u32, String>>,
/// }
///
/// assert_send_sync!(Registry, Arc<Registry>);
/// assert_send_sync!(<K: Send + Sync, V: Send + Sync> HashMap<K, V>, Arc<V>);
/// ```
///
/// `RwLock<T>` is `Sync` only when `T` is `Send + Sync`, and a raw pointer is neither:
///
/// ```compile_fail,E0277
/// use std::sync::RwLock;
/// use thread_safe_core::assert_send_sync;
///
/// struct Pool {
///     blocks: Vec<*mut u8>,
/// }
///
/// assert_send_sync!(RwLock<Pool>); // error: `RwLock<Pool>` is not `Send`, ...
/// ```
#[macro_export]
macro_rules! assert_send_sync {
    (in fn: $($types:tt)*) => {
        let _ = || {
            $crate::__thread_safe_assert_statement!(send_sync; in fn: $($types)*);
        };
    };
    (val: $($value:tt)*) => {
        let _ = || {
            $crate::__thread_safe_assert_statement!(send_sync; val: $($value)*);
        };
    };
    ($($input:tt)*) => {
        $crate::__thread_safe_assert_forms!(send_sync; $($input)*);
    };
}

/// Asserts at compile time that types are *not* `Send`, such as a guard that must be dropped on
/// the thread that created it.
///
/// Forms: a list of types, the generic form (`<T> Guard<T>`: not `Send` under the written
/// bounds), and `in fn:` for a fn's own generic parameters. There is no value form. The failure
/// says that the type *is* `Send`. Nothing of it reaches the binary.
///
/// ```
/// use std::marker::PhantomData;
/// use std::rc::Rc;
/// use thread_safe_core::assert_not_send; // or `thread_safe::assert_not_send`, re-exported by the facade
///
/// /// Must be released on the thread that took it.
/// struct LockGuard {
///     _not_send: PhantomData<*const ()>,
/// }
///
/// assert_not_send!(LockGuard, Rc<u8>, std::sync::MutexGuard<'static, u8>);
/// ```
///
/// ```compile_fail,E0277
/// use thread_safe_core::assert_not_send;
///
/// struct LockGuard {
///     id: u64, // the marker that kept it `!Send` was removed
/// }
///
/// assert_not_send!(LockGuard); // error: `LockGuard` is `Send`, but `assert_not_send!` expects it not to be
/// ```
#[macro_export]
macro_rules! assert_not_send {
    (in fn: $($types:tt)*) => {
        let _ = || {
            $crate::__thread_safe_assert_statement!(not_send; in fn: $($types)*);
        };
    };
    ($($input:tt)*) => {
        $crate::__thread_safe_assert_forms!(not_send; $($input)*);
    };
}

/// Asserts at compile time that types are *not* `Sync`, such as a type with interior mutability
/// that is safe only on one thread.
///
/// Forms: a list of types, the generic form (`<T> Cell<T>`: not `Sync` under the written
/// bounds), and `in fn:` for a fn's own generic parameters. There is no value form. The failure
/// says that the type *is* `Sync`. Nothing of it reaches the binary.
///
/// ```
/// use std::cell::{Cell, RefCell};
/// use thread_safe_core::assert_not_sync; // or `thread_safe::assert_not_sync`, re-exported by the facade
///
/// struct Scratch {
///     used: Cell<usize>,
/// }
///
/// assert_not_sync!(Scratch, RefCell<String>);
/// assert_not_sync!(<T> Cell<T>);
/// ```
///
/// ```compile_fail,E0277
/// use std::sync::Mutex;
/// use thread_safe_core::assert_not_sync;
///
/// struct Scratch {
///     used: Mutex<usize>, // a `Cell` was replaced by a `Mutex`
/// }
///
/// assert_not_sync!(Scratch); // error: `Scratch` is `Sync`, but `assert_not_sync!` expects it not to be
/// ```
#[macro_export]
macro_rules! assert_not_sync {
    (in fn: $($types:tt)*) => {
        let _ = || {
            $crate::__thread_safe_assert_statement!(not_sync; in fn: $($types)*);
        };
    };
    ($($input:tt)*) => {
        $crate::__thread_safe_assert_forms!(not_sync; $($input)*);
    };
}
