//! Helper traits that `#[thread_safe]` names in the assertions it generates.
//!
//! Each assertion is one field of a generated check struct, such as
//! `AssertFieldSend<Checked, Owner, Shown>`: `Checked` is the type that must hold the trait,
//! `Owner` is the annotated type, and `Shown` is the field's type as the user wrote it (printed in
//! the message; written only when it differs from `Checked`). Checking a struct's field types
//! needs no function body: the cheapest encoding rustc offers.
//!
//! The message does not name the field: the error points at the field's type, so the snippet
//! shows the field. Naming it would take a type parameter per field, which makes every assertion
//! a distinct obligation that rustc proves anew (a third of the crate's check time in the
//! benchmark, see BENCHMARKS.md).
//!
//! The blanket impls carry `#[diagnostic::do_not_recommend]`: without it rustc reports the
//! innermost auto-trait failure (`Rc<u8>: Send`) with its own message, and ours is lost whenever
//! the field's type is not itself the culprit (`Vec<Rc<u8>>`).

use core::marker::{PhantomData, Send, Sized, Sync};

/// A field of a type checked for `Send` must be `Send`.
#[diagnostic::on_unimplemented(
    message = "a field of `{Owner}` is `{Shown}`, which cannot be sent between threads",
    label = "this field is not `Send`",
    note = "`#[thread_safe]` checks that every field of `{Owner}` is `Send`, except a field marked `#[thread_safe(unchecked)]` when `Send` is vouched for",
    note = "make the field `Send` (`Arc` instead of `Rc`, a `Mutex` around a cell), or mark it `#[thread_safe(unchecked = \"...\")]` and vouch for `Send` with `send = \"<why it is safe>\"`"
)]
pub trait FieldIsSend<Shown: ?Sized, Owner: ?Sized> {}

#[diagnostic::do_not_recommend]
impl<T: ?Sized + Send, Shown: ?Sized, Owner: ?Sized> FieldIsSend<Shown, Owner> for T {}

/// A field of a type checked for `Sync` must be `Sync`.
#[diagnostic::on_unimplemented(
    message = "a field of `{Owner}` is `{Shown}`, which cannot be shared between threads",
    label = "this field is not `Sync`",
    note = "`#[thread_safe]` checks that every field of `{Owner}` is `Sync`, except a field marked `#[thread_safe(unchecked)]` when `Sync` is vouched for",
    note = "make the field `Sync` (a `Mutex` or `RwLock` instead of a `Cell`/`RefCell`, an atomic), or mark it `#[thread_safe(unchecked = \"...\")]` and vouch for `Sync` with `sync = \"<why it is safe>\"`"
)]
pub trait FieldIsSync<Shown: ?Sized, Owner: ?Sized> {}

#[diagnostic::do_not_recommend]
impl<T: ?Sized + Sync, Shown: ?Sized, Owner: ?Sized> FieldIsSync<Shown, Owner> for T {}

/// The value behind an `Arc` (or `sync::Weak`) held by a field must be `Send + Sync`.
#[diagnostic::on_unimplemented(
    message = "a field of `{Owner}` holds an `Arc<{Shown}>`, but `{Shown}` is not `Send + Sync`",
    label = "an `Arc` of this type cannot be shared between threads",
    note = "an `Arc<X>` is shared between threads only when `X` is `Send + Sync`; otherwise it is `!Send` and `!Sync` itself",
    note = "for sharing within one thread use `Rc<{Shown}>`; to share between threads make the value thread-safe (a `Mutex`/`RwLock` around it, an atomic)"
)]
pub trait ArcInnerIsSendSync<Shown: ?Sized, Owner: ?Sized> {}

#[diagnostic::do_not_recommend]
impl<T: ?Sized + Send + Sync, Shown: ?Sized, Owner: ?Sized> ArcInnerIsSendSync<Shown, Owner> for T {}

/// A field of a type checked for both `Send` and `Sync` must be both: one assertion, so that a
/// field that is neither (`Rc<u8>`) gets one error.
#[diagnostic::on_unimplemented(
    message = "a field of `{Owner}` is `{Shown}`, which is not thread-safe (`Send + Sync`)",
    label = "this field is not both `Send` and `Sync`",
    note = "`#[thread_safe]` checks that every field of `{Owner}` is `Send` and `Sync`, except fields marked `#[thread_safe(unchecked)]` when the traits are vouched for",
    note = "use a thread-safe type (`Arc` instead of `Rc`; a `Mutex`, `RwLock` or atomic instead of a `Cell`/`RefCell`), or mark the field `#[thread_safe(unchecked = \"...\")]` and vouch with `reason = \"<why it is safe>\"`"
)]
pub trait FieldIsSendSync<Shown: ?Sized, Owner: ?Sized> {}

#[diagnostic::do_not_recommend]
impl<T: ?Sized + Send + Sync, Shown: ?Sized, Owner: ?Sized> FieldIsSendSync<Shown, Owner> for T {}

/// Stands for the `X` of every `Arc<X>` in a field's type when the field itself is checked, so
/// that a bad `X` is reported once, by the Arc's own assertion. A concrete type, so that the
/// field's assertion mentions no parameter and rustc proves it once for every type that has it.
pub struct SendSync;

/// A field type that is well-formed only when `Checked: Send`.
pub struct AssertFieldSend<Checked, Owner, Shown = Checked>(
    PhantomData<Checked>,
    PhantomData<Owner>,
    PhantomData<Shown>,
)
where
    Checked: ?Sized + FieldIsSend<Shown, Owner>,
    Shown: ?Sized,
    Owner: ?Sized;

/// A field type that is well-formed only when `Checked: Sync`.
pub struct AssertFieldSync<Checked, Owner, Shown = Checked>(
    PhantomData<Checked>,
    PhantomData<Owner>,
    PhantomData<Shown>,
)
where
    Checked: ?Sized + FieldIsSync<Shown, Owner>,
    Shown: ?Sized,
    Owner: ?Sized;

/// A field type that is well-formed only when `Checked: Send + Sync`.
pub struct AssertFieldSendSync<Checked, Owner, Shown = Checked>(
    PhantomData<Checked>,
    PhantomData<Owner>,
    PhantomData<Shown>,
)
where
    Checked: ?Sized + FieldIsSendSync<Shown, Owner>,
    Shown: ?Sized,
    Owner: ?Sized;

/// A field type that is well-formed only when the value behind an `Arc` is `Send + Sync`.
pub struct AssertArcInner<Checked, Owner, Shown = Checked>(
    PhantomData<Checked>,
    PhantomData<Owner>,
    PhantomData<Shown>,
)
where
    Checked: ?Sized + ArcInnerIsSendSync<Shown, Owner>,
    Shown: ?Sized,
    Owner: ?Sized;
