//! A C library's handle, shared by threads.
//!
//! Bindings to a C library get an opaque handle as `*mut c_void`. A raw pointer is neither `Send`
//! nor `Sync`, so the wrapper is neither, even when the library documents its handles as
//! thread-safe. The vouch below quotes that documentation as its reason: that is the fact the
//! compiler cannot know. It vouches for the one field that needs it (`raw`); a field added later
//! (a `Cell` for statistics, say) is still checked by the compiler and fails to compile.
//!
//! `Drop` calls `kv_close` once, through `&mut self`, so no other call on the handle can be in
//! progress: the one call the library does not allow concurrently.
//!
//! Run: `cargo run --example ffi_handle`

use std::ffi::c_void;
use std::sync::Arc;
use std::thread;

use thread_safe::{assert_send_sync, thread_safe};

/// "libkv", a key-value store with a C API, faked in Rust with the C ABI.
///
/// Its documentation says: a handle from `kv_open` may be used by several threads at once with
/// `kv_put` and `kv_get` (the store locks internally); `kv_close` must be called exactly once,
/// when no other call on the handle is in progress.
mod libkv {
    use std::collections::HashMap;
    use std::ffi::{c_int, c_void};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Mutex;

    /// Handles opened and not yet closed: the example checks that it ends at zero.
    pub(crate) static OPEN_HANDLES: AtomicUsize = AtomicUsize::new(0);

    type Store = Mutex<HashMap<u64, u64>>;

    pub(crate) extern "C" fn kv_open() -> *mut c_void {
        OPEN_HANDLES.fetch_add(1, Ordering::SeqCst);
        Box::into_raw(Box::new(Store::default())).cast()
    }

    /// # Safety
    /// `handle` comes from `kv_open` and is not closed.
    pub(crate) unsafe extern "C" fn kv_put(handle: *mut c_void, key: u64, value: u64) -> c_int {
        // SAFETY: the caller guarantees a live handle; `Store` is a `Mutex`, so `&Store` may be
        // used by several threads at once.
        let store = unsafe { &*handle.cast::<Store>() };
        let Ok(mut map) = store.lock() else { return -1 };
        map.insert(key, value);
        0
    }

    /// # Safety
    /// `handle` comes from `kv_open` and is not closed; `out` is valid for a write.
    pub(crate) unsafe extern "C" fn kv_get(handle: *mut c_void, key: u64, out: *mut u64) -> c_int {
        // SAFETY: as in `kv_put`.
        let store = unsafe { &*handle.cast::<Store>() };
        let Ok(map) = store.lock() else { return -1 };
        match map.get(&key) {
            Some(&value) => {
                // SAFETY: the caller guarantees that `out` is valid for a write.
                unsafe { out.write(value) };
                0
            }
            None => 1,
        }
    }

    /// # Safety
    /// `handle` comes from `kv_open`, is closed only once, and no other call on it is running.
    pub(crate) unsafe extern "C" fn kv_close(handle: *mut c_void) {
        // SAFETY: the handle was made by `Box::into_raw` in `kv_open` and is closed only once.
        drop(unsafe { Box::from_raw(handle.cast::<Store>()) });
        OPEN_HANDLES.fetch_sub(1, Ordering::SeqCst);
    }
}

/// The Rust side of a libkv handle.
#[thread_safe(reason = "libkv documents kv_put and kv_get as safe to call on one handle from \
              several threads at once (it locks internally); the only call it does \
              not allow concurrently, kv_close, is made once by Drop through &mut \
              self, when no other borrow of the handle exists.")]
struct KvStore {
    #[thread_safe(unchecked = "libkv handle, thread-safe per the libkv documentation")]
    raw: *mut c_void,
}

assert_send_sync!(KvStore, Arc<KvStore>);

impl KvStore {
    fn open() -> Self {
        Self { raw: libkv::kv_open() }
    }

    fn put(&self, key: u64, value: u64) {
        // SAFETY: `raw` is live until Drop, and libkv allows concurrent puts on a handle.
        let status = unsafe { libkv::kv_put(self.raw, key, value) };
        assert_eq!(status, 0, "kv_put failed");
    }

    fn get(&self, key: u64) -> Option<u64> {
        let mut value = 0;
        // SAFETY: `raw` is live until Drop; `value` is a valid place for the result.
        let status = unsafe { libkv::kv_get(self.raw, key, &mut value) };
        (status == 0).then_some(value)
    }
}

impl Drop for KvStore {
    fn drop(&mut self) {
        // SAFETY: `raw` came from `kv_open`; Drop runs once, and `&mut self` means that no
        // other thread holds a borrow of the store, so no other call is in progress.
        unsafe { libkv::kv_close(self.raw) };
    }
}

const WRITERS: u64 = 4;
const KEYS_PER_WRITER: u64 = 250;

fn main() {
    let store = Arc::new(KvStore::open());
    let writers: Vec<_> = (0..WRITERS)
        .map(|writer| {
            let store = Arc::clone(&store);
            thread::spawn(move || {
                for i in 0..KEYS_PER_WRITER {
                    let key = writer * KEYS_PER_WRITER + i;
                    store.put(key, key * key);
                }
            })
        })
        .collect();
    for writer in writers {
        writer.join().expect("a writer panicked");
    }

    // Readers check each other's writes, sharing the handle through `&KvStore` this time.
    let found: u64 = thread::scope(|s| {
        let store = &*store;
        let readers: Vec<_> = (0..WRITERS)
            .map(|reader| {
                s.spawn(move || {
                    let keys = (0..WRITERS * KEYS_PER_WRITER).filter(|key| key % WRITERS == reader);
                    keys.map(|key| u64::from(store.get(key) == Some(key * key))).sum::<u64>()
                })
            })
            .collect();
        readers.into_iter().map(|r| r.join().expect("a reader panicked")).sum()
    });
    assert_eq!(found, WRITERS * KEYS_PER_WRITER, "a write was lost");
    println!(
        "ffi_handle: {WRITERS} threads wrote {} keys through one libkv handle shared as \
         Arc<KvStore>, and {WRITERS} threads read every one back through &KvStore.",
        WRITERS * KEYS_PER_WRITER
    );

    drop(store);
    let open = libkv::OPEN_HANDLES.load(std::sync::atomic::Ordering::SeqCst);
    println!("The last Arc was dropped: kv_close ran once; open handles: {open}.");
    assert_eq!(open, 0, "the handle was not closed");
}
