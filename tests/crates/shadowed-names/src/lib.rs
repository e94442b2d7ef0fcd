//! `#[thread_safe]` in a crate whose own items are named `core`, `std`, `alloc`, `Send`, `Sync`
//! and `PhantomData`. The shadowing traits are `unsafe` and implementable, so generated code that
//! named them by a relative path would compile, but the proofs in `std_types.rs`, written with the
//! real `::std::marker` traits, would then fail.

use thread_safe::thread_safe;

/// Shadows the `core` crate for relative paths.
pub mod core {
    /// Shadows `core::marker`.
    pub mod marker {
        pub use crate::{PhantomData, Send, Sync};
    }
}

/// Shadows the `std` crate for relative paths.
pub mod std {
    /// Shadows `std::marker`.
    pub mod marker {
        pub use crate::{PhantomData, Send, Sync};
    }
}

/// Shadows the `alloc` crate for relative paths.
pub mod alloc {
    /// Shadows `alloc::sync`.
    pub mod sync {
        /// Not the real `Arc`.
        pub struct Arc;
    }
}

/// Not the real `Send`.
///
/// # Safety
///
/// Nothing relies on it; it exists to catch generated code that names `Send` unqualified.
pub unsafe trait Send {}

/// Not the real `Sync`.
///
/// # Safety
///
/// Nothing relies on it; it exists to catch generated code that names `Sync` unqualified.
pub unsafe trait Sync {}

/// Not the real `PhantomData`: no type parameter, so `PhantomData<T>` fails to resolve.
pub struct PhantomData;

include!("../../shared/std_types.rs");

/// A field that names the real marker through an absolute path, beside the shadowing items.
#[thread_safe]
pub struct Tagged<T> {
    /// Marks ownership of a `T`.
    pub marker: ::core::marker::PhantomData<T>,
}

const _: fn() = || {
    fn send_sync<T: ::core::marker::Send + ::core::marker::Sync>() {}
    send_sync::<Tagged<u8>>();
};
