//! `#[thread_safe]` through a renamed dependency: `thread_safe` is not a crate name here, so
//! generated code that hard-codes `::thread_safe` fails; `crate = "ts"` must be used everywhere.

use std::cell::Cell;
use std::sync::{Arc, Mutex};

/// Check mode.
#[ts::thread_safe(crate = "ts")]
pub struct Config {
    /// Shared settings.
    pub settings: Arc<Mutex<Vec<String>>>,
}

/// Vouch mode for both traits.
#[ts::thread_safe(crate = "ts", reason = "`table` points to a static, immutable lookup table")]
pub struct Table {
    /// The immutable table.
    #[ts::thread_safe(unchecked)]
    pub table: *const u16,
}

/// Mixed mode.
#[ts::thread_safe(crate = "ts", sync = "`last` is only touched under `lock`", send)]
pub struct Recorder {
    /// Guarded by `lock`.
    #[ts::thread_safe(unchecked)]
    pub last: Cell<u64>,
    /// Guards `last`.
    pub lock: Mutex<()>,
}

/// Generic vouch with the default bounds.
#[ts::thread_safe(crate = "::ts", reason = "`item` is uniquely owned by this cell")]
pub struct OwnedCell<T> {
    /// Uniquely owned.
    #[ts::thread_safe(unchecked)]
    pub item: *mut T,
    /// Shared with readers.
    pub shared: Arc<T>,
}

/// Generic vouch with an explicit bound.
#[ts::thread_safe(crate = "ts", reason = "values only move through the pipe", bound = "T: Send")]
pub struct Pipe<T> {
    /// The value in flight.
    #[ts::thread_safe(unchecked)]
    pub slot: *mut T,
}

/// An enum in check mode.
#[ts::thread_safe(crate = "ts")]
pub enum Event {
    /// A shared payload.
    Payload(Arc<[u8]>),
    /// Nothing happened.
    Idle,
}

/// The attribute in a module, with the attribute imported under the renamed crate.
pub mod nested {
    use ts::thread_safe;

    /// Check mode in a module.
    #[thread_safe(crate = "ts")]
    pub struct Inner(pub u8);
}

const _: fn() = || {
    fn send_sync<T: Send + Sync>() {}
    fn generic<T: Send + Sync>() {
        send_sync::<OwnedCell<T>>();
    }
    fn only_send<T: Send>() {
        send_sync::<Pipe<T>>();
    }
    send_sync::<Config>();
    send_sync::<Table>();
    send_sync::<Recorder>();
    send_sync::<Event>();
    send_sync::<nested::Inner>();
    generic::<String>();
    only_send::<Cell<u8>>();
};

// The generated impls are no wider than their bounds; the assertion macros work through the
// renamed dependency too.
ts::assert_not_send!(OwnedCell<std::rc::Rc<u8>>, Pipe<std::rc::Rc<u8>>);
ts::assert_not_sync!(OwnedCell<Cell<u8>>);
ts::assert_send_sync!(<T: Send> Pipe<T>);
