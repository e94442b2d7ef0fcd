//! `#[thread_safe]` in a `#![no_std]` crate without `alloc`: the generated code may name only
//! `::core` and this crate's dependencies.
#![no_std]

use core::cell::Cell;
use core::marker::PhantomData;
use core::ptr::NonNull;
use core::sync::atomic::{AtomicBool, AtomicU32};
use thread_safe::thread_safe;

/// Check mode: no unsafe code.
#[thread_safe]
pub struct Flags {
    /// Set once ready.
    pub ready: AtomicBool,
    /// A counter in static memory.
    pub counter: &'static AtomicU32,
}

/// Vouch mode for both traits.
#[thread_safe(reason = "`registers` is a fixed MMIO address whose reads have no side effects")]
pub struct Device {
    /// The register block.
    #[thread_safe(unchecked)]
    pub registers: *const u32,
    /// The device number.
    pub id: u8,
}

/// Mixed mode: `Sync` vouched, `Send` checked.
#[thread_safe(sync = "`cached` is written only while `busy` is held", send)]
pub struct SpinCache {
    /// Guarded by `busy`.
    #[thread_safe(unchecked)]
    pub cached: Cell<u32>,
    /// The spin lock flag.
    pub busy: AtomicBool,
}

/// Generic vouch with the default bounds.
#[thread_safe(reason = "`value` is uniquely owned by this handle")]
pub struct Unique<T> {
    /// Uniquely owned.
    #[thread_safe(unchecked)]
    pub value: NonNull<T>,
    /// Ownership of a `T`, for drop check.
    pub owns: PhantomData<T>,
}

/// Generic vouch with an explicit bound.
#[thread_safe(reason = "the slot moves one value to one other thread", bound = "T: Send")]
pub struct Mailbox<T> {
    /// The value in flight.
    #[thread_safe(unchecked)]
    pub slot: *mut T,
}

/// Check mode under an assumption.
#[thread_safe(bound = "T: Sync")]
pub struct Borrowed<'a, T> {
    /// A shared borrow.
    pub value: &'a T,
}

/// An enum in check mode with lifetimes and a const parameter.
#[thread_safe]
pub enum Frame<'a, const N: usize> {
    /// Inline bytes.
    Inline([u8; N]),
    /// Borrowed bytes.
    Borrowed(&'a [u8]),
}

/// An enum in vouch mode.
#[thread_safe(reason = "`Mapped` points into read-only flash")]
pub enum Source {
    /// Read-only flash.
    Mapped(#[thread_safe(unchecked)] *const u8),
    /// No source.
    Empty,
}

/// A shared handle to a `'static` value. Without `alloc` there is no `alloc::sync::Arc`, but any
/// path whose last segment is `Arc` gets the `Arc` rule, so this one is asserted the same way.
#[derive(Debug)]
pub struct Arc<T: 'static>(pub &'static T);

/// Check mode with `Arc` fields, nested in an array and an `Option`.
#[thread_safe]
pub struct Shared {
    /// A shared counter.
    pub hits: Arc<AtomicU32>,
    /// Shared flags.
    pub flags: [Option<Arc<AtomicBool>>; 2],
}

const _: fn() = || {
    fn send_sync<T: Send + Sync>() {}
    fn send<T: Send>() {}
    fn generic<T: Send + Sync>() {
        send_sync::<Unique<T>>();
    }
    fn only_send<T: Send>() {
        send_sync::<Mailbox<T>>();
    }
    fn only_sync<T: Sync + 'static>() {
        send_sync::<Borrowed<'static, T>>();
    }
    send_sync::<Flags>();
    send_sync::<Device>();
    send_sync::<SpinCache>();
    send::<SpinCache>();
    send_sync::<Frame<'static, 4>>();
    send_sync::<Source>();
    send_sync::<Shared>();
    generic::<u8>();
    only_send::<Cell<u8>>();
    only_sync::<AtomicU32>();
};

// The generated impls are no wider than their bounds.
thread_safe::assert_not_send!(Unique<*const u8>, Mailbox<*const u8>);
thread_safe::assert_not_sync!(Unique<Cell<u8>>, Borrowed<'static, Cell<u8>>);
