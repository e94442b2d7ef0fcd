//! The `#[thread_safe]` attribute. Use it through the `thread-safe` crate, which documents it.
//!
//! Pipeline, one module per step: `args` (the attribute's arguments) and `model` (a view of the
//! item) → `validate` → `plan` (what to assert, what to put in a where clause) → `impls` and
//! `checks` (quote). `expand::expand` runs it and never panics.

mod arc;
mod args;
mod bounds;
mod checks;
mod docs;
mod errors;
mod expand;
mod impls;
mod model;
mod names;
mod plan;
mod reason;
#[cfg(test)]
mod snapshots;
mod standin;
mod strip;
mod syntax;
mod target;
mod validate;

use proc_macro::TokenStream;

/// Checks, or vouches for with a written reason, that a type is `Send` and/or `Sync`.
///
/// For each of the two traits the attribute says one of three things: nothing (the compiler's
/// auto-trait rules apply), `send`/`sync` bare (checked: a compile error unless it holds, no
/// unsafe code), or `send = "reason"`/`sync = "reason"` (vouched: an `unsafe impl` justified by
/// the reason). `#[thread_safe]` alone checks both; `reason = "..."` vouches for both.
///
/// ```
/// use std::sync::atomic::AtomicUsize;
/// use std::sync::{Arc, Mutex};
/// use thread_safe::thread_safe;
///
/// #[thread_safe] // every field must be Send + Sync; no unsafe code is emitted
/// pub struct Stats {
///     hits: AtomicUsize,
///     names: Arc<Mutex<Vec<String>>>,
/// }
/// ```
///
/// A failing field is reported at its type, by name:
///
/// ```compile_fail,E0277
/// use std::cell::Cell;
/// use thread_safe::thread_safe;
///
/// #[thread_safe(sync)]
/// pub struct Stats {
///     hits: Cell<u64>, // a field of `Stats` is `Cell<u64>`, which cannot be shared between threads
/// }
/// ```
///
/// # Vouching
///
/// A vouch covers only the fields marked `#[thread_safe(unchecked)]` (or `unchecked = "note"`);
/// every other field is still checked, so a field added later cannot hide behind an old reason.
///
/// ```
/// use std::collections::HashMap;
/// use thread_safe::thread_safe;
///
/// #[thread_safe(send = "the blocks are owned by the pool and only dereferenced through &mut self")]
/// pub struct Pool {
///     #[thread_safe(unchecked = "owned blocks")]
///     blocks: HashMap<usize, Vec<*mut u8>>,
///     limit: usize,
/// }
///
/// fn send<T: Send>(_: T) {}
/// send(Pool { blocks: HashMap::new(), limit: 4 });
/// ```
///
/// A reason is a string literal of at least 20 characters and 3 words that is not a placeholder
/// (`TODO`, `FIXME`, `XXX`, `TBD`, `safe`, `trust me`, `n/a`, `none`, `...`). A reason with no
/// `unchecked` field is an error (every field is checked, the compiler already derives the
/// trait), and so is an `unchecked` field with no reason. In `send = "...", sync` an unchecked
/// field is exempt from the vouched `Send` only: `Sync` is checked for every field.
///
/// The `unsafe` of a generated impl carries the span of the reason, so `#![forbid(unsafe_code)]`
/// and `#![deny(unsafe_code)]` reject a vouch at its reason; check mode compiles under them.
/// Each generated impl has rustdoc that shows its reason, unchecked fields and bounds.
///
/// # Generic types
///
/// A vouched impl is `unsafe impl<P> Send for Ty<P> where <own where clause>, <checked field
/// types that mention a parameter>: Send, <bounds>`. The default bounds make every type parameter
/// and projection (`T::Item`) that an unchecked field mentions `Send + Sync`, so the type never
/// carries a non-`Send` `T` to another thread; `bound = "T: Send"` (or `bound(send = "...", sync =
/// "...")`) replaces them and is part of the justification.
///
/// ```compile_fail,E0277
/// use std::rc::Rc;
/// use thread_safe::thread_safe;
///
/// #[thread_safe(reason = "`ptr` is uniquely owned like a Box<T>: allocated in new, freed in Drop")]
/// pub struct MyBox<T> {
///     #[thread_safe(unchecked)]
///     ptr: *mut T,
/// }
///
/// fn send<T: Send>(_: T) {}
/// send(MyBox::<Rc<u8>> { ptr: std::ptr::null_mut() }); // `Rc<u8>` cannot be sent between threads
/// ```
///
/// Check mode on a generic type checks "thread-safe given thread-safe parameters": it assumes
/// each type parameter is `Send + Sync`, or what `bound` states.
///
/// ```
/// use std::cell::Cell;
/// use std::sync::Mutex;
/// use thread_safe::thread_safe;
///
/// #[thread_safe(bound = "T: Send")] // Wrapper<T> is Send + Sync whenever T: Send
/// pub struct Wrapper<T>(Mutex<T>);
///
/// fn share<T: Send + Sync>(_: &T) {}
/// share(&Wrapper(Mutex::new(Cell::new(1))));
/// ```
///
/// # Arcs and `AtomicPtr`
///
/// For every `Arc<X>` or `sync::Weak<X>` a field holds (in generic arguments, tuples, arrays,
/// slices, references, unchecked fields included) the attribute asserts `X: Send + Sync`: an
/// `Arc` is shared between threads only then. Any path whose last segment is `Arc` counts; a
/// renamed import or a type alias hides it (assert those with `assert_send_sync!`). A fn pointer
/// signature or a `dyn` argument is not held by the value and is not asserted.
///
/// ```compile_fail,E0277
/// use std::cell::RefCell;
/// use std::sync::Arc;
/// use thread_safe::thread_safe;
///
/// #[thread_safe]
/// pub struct Shared {
///     state: Arc<RefCell<u8>>, // a field of `Shared` holds an `Arc<RefCell<u8>>`, but `RefCell<u8>` is not `Send + Sync`
/// }
/// ```
///
/// The compiler ignores `X` in `AtomicPtr<X>`, so a checked field holding an `AtomicPtr` whose
/// `X` mentions a type parameter is an error: mark it `unchecked` under a reason, which bounds
/// the parameter.
///
/// # Other arguments
///
/// `crate = "path::to::thread_safe"` names this crate when it is re-exported. Fields under
/// `#[cfg(...)]` are checked under the same `cfg`. The attribute works on structs (named, tuple,
/// unit), enums and unions; anywhere else it is an error.
#[proc_macro_attribute]
pub fn thread_safe(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::expand(args.into(), item.into()).into()
}
