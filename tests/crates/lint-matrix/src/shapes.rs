//! Tuple and unit structs, enums and unions.

use std::fmt;
use std::sync::atomic::AtomicU64;
use std::sync::Arc;
use thread_safe::thread_safe;

/// A tuple struct in check mode.
#[derive(Debug)]
#[thread_safe]
pub struct Tuple(pub u8, pub String);

/// A unit struct in check mode.
#[derive(Debug)]
#[thread_safe]
pub struct Unit;

/// An enum in check mode.
#[derive(Debug)]
#[thread_safe]
pub enum Message {
    /// A text.
    Text(String),
    /// A shared counter.
    Counter {
        /// The counter.
        shared: Arc<AtomicU64>,
    },
    /// No message.
    Empty,
}

/// An enum in vouch mode.
#[derive(Debug)]
#[thread_safe(reason = "`Mapped` points into read-only memory that lives for the whole program")]
pub enum Source {
    /// Read-only memory.
    Mapped {
        /// Start of the memory.
        #[thread_safe(unchecked)]
        start: *const u8,
        /// Its length.
        len: usize,
    },
    /// Owned bytes.
    Owned(Vec<u8>),
}

/// A union in vouch mode.
#[thread_safe(reason = "both views are plain data; `address` is never dereferenced")]
pub union Word {
    /// The word as a number.
    pub number: u64,
    /// The word as an address.
    #[thread_safe(unchecked)]
    pub address: *const u8,
}

impl fmt::Debug for Word {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // SAFETY: every bit pattern is a valid `u64`.
        let number = unsafe { self.number };
        f.debug_struct("Word").field("number", &number).finish()
    }
}

/// An explicit path to the crate, as a re-exporting crate would write it.
#[derive(Debug)]
#[thread_safe(crate = "::thread_safe")]
pub struct ViaCratePath {
    /// An atomic pointer to a concrete type: checked, no parameter to lose.
    pub head: std::sync::atomic::AtomicPtr<u8>,
}

/// The attribute on a type local to a function body.
#[must_use]
pub const fn local_total() -> u32 {
    #[thread_safe]
    struct Local(u32, u32);
    let local = Local(2, 3);
    local.0 + local.1
}
