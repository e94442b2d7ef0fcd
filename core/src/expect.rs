//! The traits whose `#[diagnostic::on_unimplemented]` messages are the assertions' errors, and the
//! no-op functions that the macro expansions call to require them.
//!
//! A type check requires `Asserted: Trait<Verdict>` where the verdict comes from `crate::verdict`;
//! the trait is implemented for the expected verdict only, so a wrong one fails with the message
//! of the trait, at the asserted type as written. Each macro has its own traits, so that each
//! message names the macro (a type parameter naming it would be printed with its full path).

use core::marker::{PhantomData, Send, Sized, Sync};

use crate::verdict::{IsNotSend, IsNotSync, IsSend, IsSync};

/// Never a verdict. Each expectation trait is also implemented for it, which keeps rustc from
/// inferring the verdict from a single impl: that would turn the failure into a type mismatch.
pub enum Unreachable {}

/// `assert_send!(T)`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not `Send`, but `assert_send!` expects it to be",
    label = "this type is not `Send`",
    note = "a value of a `Send` type can be moved to another thread; the next error names what in `{Self}` is not `Send`"
)]
pub trait AssertSend<Verdict> {}

impl<T: ?Sized> AssertSend<IsSend> for T {}
impl<T: ?Sized> AssertSend<Unreachable> for T {}

/// Requires the verdict on `T` to be `IsSend`; a no-op at run time.
pub fn expect_send<T: ?Sized + AssertSend<Verdict>, Verdict>(_verdict: PhantomData<Verdict>) {}

/// `assert_sync!(T)`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not `Sync`, but `assert_sync!` expects it to be",
    label = "this type is not `Sync`",
    note = "a `Sync` type can be shared (`&{Self}`) between threads; the next error names what in `{Self}` is not `Sync`"
)]
pub trait AssertSync<Verdict> {}

impl<T: ?Sized> AssertSync<IsSync> for T {}
impl<T: ?Sized> AssertSync<Unreachable> for T {}

/// Requires the verdict on `T` to be `IsSync`; a no-op at run time.
pub fn expect_sync<T: ?Sized + AssertSync<Verdict>, Verdict>(_verdict: PhantomData<Verdict>) {}

/// The `Send` half of `assert_send_sync!(T)`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not `Send`, but `assert_send_sync!` expects it to be",
    label = "this type is not `Send`",
    note = "a value of a `Send` type can be moved to another thread; the next error names what in `{Self}` is not `Send`"
)]
pub trait AssertSendSyncSend<Verdict> {}

impl<T: ?Sized> AssertSendSyncSend<IsSend> for T {}
impl<T: ?Sized> AssertSendSyncSend<Unreachable> for T {}

/// Requires the verdict on `T` to be `IsSend`; a no-op at run time.
pub fn expect_send_sync_send<T: ?Sized + AssertSendSyncSend<Verdict>, Verdict>(
    _verdict: PhantomData<Verdict>,
) {
}

/// The `Sync` half of `assert_send_sync!(T)`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not `Sync`, but `assert_send_sync!` expects it to be",
    label = "this type is not `Sync`",
    note = "a `Sync` type can be shared (`&{Self}`) between threads; the next error names what in `{Self}` is not `Sync`"
)]
pub trait AssertSendSyncSync<Verdict> {}

impl<T: ?Sized> AssertSendSyncSync<IsSync> for T {}
impl<T: ?Sized> AssertSendSyncSync<Unreachable> for T {}

/// Requires the verdict on `T` to be `IsSync`; a no-op at run time.
pub fn expect_send_sync_sync<T: ?Sized + AssertSendSyncSync<Verdict>, Verdict>(
    _verdict: PhantomData<Verdict>,
) {
}

/// `assert_not_send!(T)`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is `Send`, but `assert_not_send!` expects it not to be",
    label = "this type is `Send`",
    note = "a type that must stay on its thread needs a `!Send` field, such as `PhantomData<*const ()>`; a changed field or an `unsafe impl Send` can remove it"
)]
pub trait AssertNotSend<Verdict> {}

impl<T: ?Sized> AssertNotSend<IsNotSend> for T {}
impl<T: ?Sized> AssertNotSend<Unreachable> for T {}

/// Requires the verdict on `T` to be `IsNotSend`; a no-op at run time.
pub fn expect_not_send<T: ?Sized + AssertNotSend<Verdict>, Verdict>(
    _verdict: PhantomData<Verdict>,
) {
}

/// `assert_not_sync!(T)`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is `Sync`, but `assert_not_sync!` expects it not to be",
    label = "this type is `Sync`",
    note = "a type that must not be shared needs a `!Sync` field, such as `PhantomData<Cell<()>>`; a changed field or an `unsafe impl Sync` can remove it"
)]
pub trait AssertNotSync<Verdict> {}

impl<T: ?Sized> AssertNotSync<IsNotSync> for T {}
impl<T: ?Sized> AssertNotSync<Unreachable> for T {}

/// Requires the verdict on `T` to be `IsNotSync`; a no-op at run time.
pub fn expect_not_sync<T: ?Sized + AssertNotSync<Verdict>, Verdict>(
    _verdict: PhantomData<Verdict>,
) {
}

/// Requires plain `T: Send`, so that rustc names the part of `T` that is not `Send`.
pub fn assert_send<T: ?Sized + Send>() {}

/// Requires plain `T: Sync`, so that rustc names the part of `T` that is not `Sync`.
pub fn assert_sync<T: ?Sized + Sync>() {}

// The value form uses the same verdicts. For a closure defined in the same fn, the verdict can
// be undecided while the fn is type-checked (its captures are known only at the end); method
// resolution then takes the `Send` impl and defers the bound, so a closure that is not `Send` is
// reported by the plain bound below, in rustc's words, which name the captured value.

/// `assert_send!(val: expr)`.
#[diagnostic::on_unimplemented(
    message = "this value is not `Send`, but `assert_send!` expects it to be",
    label = "this value is not `Send`",
    note = "the value's type is `{Self}`; rustc's error beside this one names what in it is not `Send`"
)]
pub trait AssertSendValue<Verdict> {}

impl<T: ?Sized> AssertSendValue<IsSend> for T {}
impl<T: ?Sized> AssertSendValue<Unreachable> for T {}

/// `assert_sync!(val: expr)`.
#[diagnostic::on_unimplemented(
    message = "this value is not `Sync`, but `assert_sync!` expects it to be",
    label = "this value is not `Sync`",
    note = "the value's type is `{Self}`; rustc's error beside this one names what in it is not `Sync`"
)]
pub trait AssertSyncValue<Verdict> {}

impl<T: ?Sized> AssertSyncValue<IsSync> for T {}
impl<T: ?Sized> AssertSyncValue<Unreachable> for T {}

/// The `Send` half of `assert_send_sync!(val: expr)`.
#[diagnostic::on_unimplemented(
    message = "this value is not `Send`, but `assert_send_sync!` expects it to be",
    label = "this value is not `Send`",
    note = "the value's type is `{Self}`; rustc's error beside this one names what in it is not `Send`"
)]
pub trait AssertSendSyncValueSend<Verdict> {}

impl<T: ?Sized> AssertSendSyncValueSend<IsSend> for T {}
impl<T: ?Sized> AssertSendSyncValueSend<Unreachable> for T {}

/// The `Sync` half of `assert_send_sync!(val: expr)`.
#[diagnostic::on_unimplemented(
    message = "this value is not `Sync`, but `assert_send_sync!` expects it to be",
    label = "this value is not `Sync`",
    note = "the value's type is `{Self}`; rustc's error beside this one names what in it is not `Sync`"
)]
pub trait AssertSendSyncValueSync<Verdict> {}

impl<T: ?Sized> AssertSendSyncValueSync<IsSync> for T {}
impl<T: ?Sized> AssertSendSyncValueSync<Unreachable> for T {}

/// Requires the `Send` verdict on the value's type to be `IsSend`.
pub fn expect_send_value<T: ?Sized + AssertSendValue<Verdict>, Verdict>(
    _verdict: PhantomData<Verdict>,
    _value: &T,
) {
}

/// Requires the `Sync` verdict on the value's type to be `IsSync`.
pub fn expect_sync_value<T: ?Sized + AssertSyncValue<Verdict>, Verdict>(
    _verdict: PhantomData<Verdict>,
    _value: &T,
) {
}

/// Requires the `Send` verdict on the value's type to be `IsSend` (for `assert_send_sync!`).
pub fn expect_send_sync_value_send<T: ?Sized + AssertSendSyncValueSend<Verdict>, Verdict>(
    _verdict: PhantomData<Verdict>,
    _value: &T,
) {
}

/// Requires the `Sync` verdict on the value's type to be `IsSync` (for `assert_send_sync!`).
pub fn expect_send_sync_value_sync<T: ?Sized + AssertSendSyncValueSync<Verdict>, Verdict>(
    _verdict: PhantomData<Verdict>,
    _value: &T,
) {
}

/// Requires plain `T: Send` of a value's type, so that rustc names what in it is not `Send`.
pub fn assert_send_value<T: ?Sized + Send>(_value: &T) {}

/// Requires plain `T: Sync` of a value's type, so that rustc names what in it is not `Sync`.
pub fn assert_sync_value<T: ?Sized + Sync>(_value: &T) {}
