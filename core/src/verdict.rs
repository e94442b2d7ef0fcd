//! Compile-time verdicts "is `T` `Send`?" and "is `T` `Sync`?" for the type assertions.
//!
//! Stable Rust has no `T: !Send` bound, and a coherence conflict (`impl<T: Send> X for T` beside
//! `impl X for Asserted`) rejects every foreign type because "upstream crates may add a new impl".
//! Method resolution gives the verdict instead: `(&Probe::<T>::NEW).send_verdict()` picks the impl
//! for `Probe<T>` when `T: Send` holds and falls back to the impl for `&Probe<T>` (one auto-ref
//! further) when it does not. The verdict is a type, so a trait with `on_unimplemented` turns a
//! wrong verdict into an error that says what the assertion expected, for the positive assertions
//! too (a plain `T: Send` bound reports the innermost field in rustc's words and never says what
//! was asserted). The calls sit in closures and fns that are never called, so nothing of this
//! reaches the binary.

use core::marker::{PhantomData, Send, Sized, Sync};

/// Stands for the asserted type `T` during method resolution.
pub struct Probe<T: ?Sized>(PhantomData<T>);

impl<T: ?Sized> Probe<T> {
    /// The only value; a constant so that `&Probe::<T>::NEW` is promoted and costs nothing.
    pub const NEW: Self = Probe(PhantomData);

    /// The probe for the type of a value (the `val:` form), without moving the value.
    #[must_use]
    pub fn of(_value: &T) -> Self {
        Probe(PhantomData)
    }
}

/// Verdict: the asserted type is `Send`.
pub enum IsSend {}
/// Verdict: the asserted type is not `Send` (under the bounds in scope).
pub enum IsNotSend {}
/// Verdict: the asserted type is `Sync`.
pub enum IsSync {}
/// Verdict: the asserted type is not `Sync` (under the bounds in scope).
pub enum IsNotSync {}

/// Answers "is `T` `Send`?" through method resolution on `&Probe<T>`.
pub trait SendProbe {
    /// `IsSend` or `IsNotSend`.
    type Verdict;
    /// The verdict as a value whose type the expectation traits inspect.
    fn send_verdict(&self) -> PhantomData<Self::Verdict> {
        PhantomData
    }
}

impl<T: ?Sized + Send> SendProbe for Probe<T> {
    type Verdict = IsSend;
}

// The fallback impl is never the one a failing bound is missing: keep it out of rustc's list of
// "other types that implement the trait".
#[diagnostic::do_not_recommend]
impl<T: ?Sized> SendProbe for &Probe<T> {
    type Verdict = IsNotSend;
}

/// Answers "is `T` `Sync`?" through method resolution on `&Probe<T>`.
pub trait SyncProbe {
    /// `IsSync` or `IsNotSync`.
    type Verdict;
    /// The verdict as a value whose type the expectation traits inspect.
    fn sync_verdict(&self) -> PhantomData<Self::Verdict> {
        PhantomData
    }
}

impl<T: ?Sized + Sync> SyncProbe for Probe<T> {
    type Verdict = IsSync;
}

#[diagnostic::do_not_recommend]
impl<T: ?Sized> SyncProbe for &Probe<T> {
    type Verdict = IsNotSync;
}
