//! Check, vouch and mixed modes on plain structs.

use std::cell::Cell;
use std::marker::PhantomData;
use std::sync::atomic::AtomicUsize;
use std::sync::{Mutex, MutexGuard};
use thread_safe::thread_safe;

/// Checks both traits.
#[thread_safe]
#[derive(Debug, Default)]
pub struct Checked {
    /// A counter.
    pub hits: AtomicUsize,
}

/// Checks `Send` only.
#[thread_safe(send)]
#[derive(Debug)]
pub struct SendChecked {
    /// `Send`, not `Sync`.
    pub scratch: Cell<u8>,
}

/// Checks `Sync` only.
#[thread_safe(sync)]
#[derive(Debug)]
pub struct SyncChecked {
    /// `Sync`.
    pub name: &'static str,
}

/// Vouches both traits with one reason.
#[thread_safe(reason = "`base` points into a static table that is never written")]
#[derive(Debug)]
pub struct Vouched {
    /// Start of the table.
    #[thread_safe(unchecked)]
    pub base: *const u8,
    /// Length of the table.
    pub len: usize,
}

/// Vouches each trait with its own reason.
#[derive(Debug)]
#[thread_safe(
    send = "the handle is owned and released by whichever thread drops it",
    sync = "shared access only reads the handle's number, never through the pointer"
)]
pub struct VouchedEach {
    /// An owned OS handle.
    #[thread_safe(unchecked = "owned by this value")]
    pub handle: *mut u8,
    /// The handle's number.
    pub number: u32,
}

/// Vouches `Send`, checks `Sync`.
#[thread_safe(send = "`origin` holds no guard; it kept the type `!Send` for an older API", sync)]
#[derive(Debug)]
pub struct SendVouchedSyncChecked {
    /// `Sync` but not `Send`.
    #[thread_safe(unchecked)]
    pub origin: PhantomData<MutexGuard<'static, ()>>,
    /// The identifier.
    pub id: u64,
}

/// Vouches `Sync`, checks `Send`.
#[thread_safe(sync = "`hits` is only touched while `lock` is held", send)]
#[derive(Debug)]
pub struct SyncVouchedSendChecked {
    /// Guarded by `lock`.
    #[thread_safe(unchecked)]
    pub hits: Cell<u32>,
    /// Guards `hits`.
    pub lock: Mutex<()>,
}

/// Vouches `Send` and leaves `Sync` to the compiler.
#[thread_safe(send = "the buffer is uniquely owned and moves with the value")]
#[derive(Debug)]
pub struct SendOnlyVouched {
    /// Uniquely owned.
    #[thread_safe(unchecked)]
    pub buffer: *mut u8,
}
