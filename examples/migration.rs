//! Migrating a hand-written `unsafe impl` to `#[thread_safe]`, and what the attribute catches.
//!
//! `Slab<T>` owns a boxed slice through a raw pointer, so the compiler derives neither `Send` nor
//! `Sync` for it. The `before` module is how such code usually reads: a `// SAFETY:` comment and
//! two `unsafe impl`s. It compiles, and it has the two bugs this crate exists for:
//!
//! 1. `unsafe impl<T> Send for Slab<T>` forgets `T: Send`, so `Slab<Rc<u8>>` is `Send` and an
//!    `Rc` can cross threads: the bug class behind dozens of advisories in the Rust security
//!    advisory database.
//! 2. A `hits: Cell<u64>` counter was added after the comment was written. The impls vouch for
//!    it anyway, so `&Slab` on two threads races on the `Cell`. Nobody re-read the comment.
//!
//! The `after` module vouches with a reason for the one field that needs it, `ptr`. The bounds
//! default to `T: Send + Sync` because `T` occurs in that field, which fixes bug 1 (docs/errors.md,
//! case `thread_safe/vouch_refuses_non_send_t`). Every other field is checked, so a `Cell<u64>`
//! field is a compile error at that field, and the counter became an `AtomicU64`, which fixes
//! bug 2. The assertions after the two modules state these facts; then real threads share the
//! `after` slab.
//!
//! Run: `cargo run --example migration`

use std::rc::Rc;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::thread;

use thread_safe::{assert_not_send, assert_not_sync, assert_send, assert_send_sync, assert_sync};

mod before {
    use std::cell::Cell;

    /// A fixed-size table of values.
    pub(crate) struct Slab<T> {
        ptr: *mut T,
        len: usize,
        pub(crate) hits: Cell<u64>,
    }

    // SAFETY: Slab owns its allocation, and nothing else points into it, so it can be sent to
    // and shared with other threads.
    unsafe impl<T> Send for Slab<T> {}
    // SAFETY: see above.
    unsafe impl<T> Sync for Slab<T> {}

    impl<T> Slab<T> {
        pub(crate) fn new(values: Vec<T>) -> Self {
            let len = values.len();
            Self { ptr: Box::into_raw(values.into_boxed_slice()).cast(), len, hits: Cell::new(0) }
        }

        pub(crate) fn get(&self, index: usize) -> Option<&T> {
            self.hits.set(self.hits.get() + 1);
            // SAFETY: `ptr` points to `len` initialized values owned by the slab.
            (index < self.len).then(|| unsafe { &*self.ptr.add(index) })
        }
    }

    impl<T> Drop for Slab<T> {
        fn drop(&mut self) {
            let slice = std::ptr::slice_from_raw_parts_mut(self.ptr, self.len);
            // SAFETY: made by `Box::into_raw` in `new`, freed once.
            drop(unsafe { Box::from_raw(slice) });
        }
    }
}

mod after {
    use std::sync::atomic::{AtomicU64, Ordering};

    use thread_safe::thread_safe;

    /// A fixed-size table of values.
    #[thread_safe(reason = "Slab owns the boxed slice behind `ptr`: nothing else points into \
                  it, values are only read through &self, and Drop frees it once.")]
    pub(crate) struct Slab<T> {
        #[thread_safe(unchecked = "the slab's own boxed slice")]
        ptr: *mut T,
        len: usize,
        pub(crate) hits: AtomicU64,
    }

    impl<T> Slab<T> {
        pub(crate) fn new(values: Vec<T>) -> Self {
            let len = values.len();
            let ptr = Box::into_raw(values.into_boxed_slice()).cast();
            Self { ptr, len, hits: AtomicU64::new(0) }
        }

        pub(crate) fn get(&self, index: usize) -> Option<&T> {
            self.hits.fetch_add(1, Ordering::Relaxed);
            // SAFETY: `ptr` points to `len` initialized values owned by the slab; shared reads
            // of a `T: Sync` from several threads are sound.
            (index < self.len).then(|| unsafe { &*self.ptr.add(index) })
        }
    }

    impl<T> Drop for Slab<T> {
        fn drop(&mut self) {
            let slice = std::ptr::slice_from_raw_parts_mut(self.ptr, self.len);
            // SAFETY: made by `Box::into_raw` in `new`, freed once.
            drop(unsafe { Box::from_raw(slice) });
        }
    }
}

// Before: both bugs compile. An `Rc` slab is `Send`, and the `Cell` counter is "Sync".
assert_send!(before::Slab<Rc<u8>>);
assert_sync!(before::Slab<u8>);

// After: the `Rc` slab stays on its thread, and the counter really is thread-safe.
assert_not_send!(after::Slab<Rc<u8>>);
assert_not_sync!(after::Slab<Rc<u8>>);
assert_send_sync!(<T: Send + Sync> after::Slab<T>);

fn main() {
    let words = || ["alpha", "beta", "gamma", "delta"].map(String::from).to_vec();

    // The old type is only safe the way it was first used: on one thread.
    let old = before::Slab::new(words());
    let first = old.get(0).cloned().unwrap_or_default();
    println!("before: hand-written `unsafe impl<T> Send/Sync`; read {first:?} on one thread.");
    println!("        It also claims Slab<Rc<u8>>: Send, and Sync despite a Cell<u64> field.");

    let new = Arc::new(after::Slab::new(words()));
    let lengths: usize = thread::scope(|s| {
        let readers: Vec<_> = (0..4)
            .map(|reader| {
                let slab = Arc::clone(&new);
                s.spawn(move || {
                    (0..100)
                        .filter_map(|i| slab.get((i + reader) % 5))
                        .map(String::len)
                        .sum::<usize>()
                })
            })
            .collect();
        readers.into_iter().map(|r| r.join().expect("a reader panicked")).sum()
    });
    let hits = new.hits.load(Ordering::Relaxed);
    println!(
        "after:  #[thread_safe(reason = ...)]; 4 threads made {hits} lookups in one \
         Arc<Slab<String>> (total length {lengths}); hits is an AtomicU64, and Slab<Rc<u8>> is \
         neither Send nor Sync."
    );
    assert_eq!(hits, 400);
    assert_eq!(old.hits.get(), 1);
}
