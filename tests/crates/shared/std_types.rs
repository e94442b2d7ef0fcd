// The same annotated types, compiled by each hygiene crate that has `std` (one per edition,
// `no_implicit_prelude`, shadowed names), so that a difference between those crates' results can
// only come from the crate's setting. Every path is absolute and every name is spelled out because
// the includer may have no prelude and may shadow `core`, `std`, `Send`, `Sync` or `PhantomData`.
// Each includer has `thread_safe` (the attribute) in scope at its root.

/// Check mode: every field is checked and no unsafe code is emitted.
#[thread_safe]
pub struct Counter {
    /// Hits so far.
    pub hits: ::std::sync::atomic::AtomicUsize,
    /// A shared log: an `Arc` field, whose inner type is asserted `Send + Sync`.
    pub log: ::std::sync::Arc<::std::sync::Mutex<::std::vec::Vec<u8>>>,
    /// A weak handle to the same kind of log.
    pub weak_log: ::std::sync::Weak<::std::sync::Mutex<::std::vec::Vec<u8>>>,
}

/// Check mode for `Send` only.
#[thread_safe(send)]
pub struct Scratch {
    /// A `Send` but not `Sync` cell.
    pub cell: ::std::cell::Cell<u32>,
}

/// Vouch mode for both traits, one reason, one unchecked field.
#[thread_safe(reason = "`base` points into a static table that is never written after start-up")]
pub struct StaticView {
    /// Start of the table.
    #[thread_safe(unchecked)]
    pub base: *const u8,
    /// Number of bytes in the table.
    pub len: usize,
}

/// Mixed mode: `Sync` vouched, `Send` checked.
#[thread_safe(sync = "`hits` is only read or written while `lock` is held", send)]
pub struct Guarded {
    /// Written only under `lock`.
    #[thread_safe(unchecked = "guarded by `lock`")]
    pub hits: ::std::cell::Cell<u32>,
    /// The lock that guards `hits`.
    pub lock: ::std::sync::Mutex<()>,
}

/// Generic vouch with the default bounds (`T: Send + Sync`) and an `Arc` of a parameter.
#[thread_safe(reason = "`pending` is the only pointer to a value owned by this slot")]
pub struct Slot<T> {
    /// Owned, freed by the owner of the slot.
    #[thread_safe(unchecked)]
    pub pending: *mut T,
    /// The last published value.
    pub published: ::std::sync::Arc<T>,
}

/// Vouch with an explicit bound: values are moved between threads, never shared.
#[thread_safe(
    reason = "each value is moved out by exactly one thread and never borrowed",
    bound = "T: ::std::marker::Send"
)]
pub struct Handoff<T> {
    /// The value waiting to be taken.
    #[thread_safe(unchecked)]
    pub waiting: *mut T,
    /// How many values were handed over.
    pub handed: usize,
}

/// One reason per trait and one bound per trait: the rules of `Box<T>`.
#[thread_safe(
    send = "`value` is uniquely owned, so sending the box sends the `T`",
    sync = "`&OwnedBox<T>` only gives `&T`",
    bound(send = "T: ::std::marker::Send", sync = "T: ::std::marker::Sync")
)]
pub struct OwnedBox<T> {
    /// Uniquely owned.
    #[thread_safe(unchecked)]
    pub value: ::std::ptr::NonNull<T>,
}

/// Check mode under an explicit assumption: `Locked<T>` is `Send + Sync` when `T: Send`.
#[thread_safe(bound = "T: ::std::marker::Send")]
pub struct Locked<T>(pub ::std::sync::Mutex<T>);

/// Check mode on a generic type that shares its values through an `Arc`.
#[thread_safe]
pub struct Registry<T> {
    /// The registered values.
    pub items: ::std::sync::Arc<::std::sync::RwLock<::std::vec::Vec<T>>>,
}

/// Check mode on an enum with an `Arc` variant.
#[thread_safe]
pub enum Message {
    /// A text message.
    Text(::std::string::String),
    /// A shared counter.
    Shared(::std::sync::Arc<::std::sync::atomic::AtomicU64>),
    /// End of the stream.
    Stop,
}

/// Vouch mode on an enum with an unchecked variant field.
#[thread_safe(reason = "`Static` points into read-only memory that lives for the whole program")]
pub enum Bytes {
    /// Bytes in read-only static memory.
    Static(#[thread_safe(unchecked)] *const u8, usize),
    /// Owned bytes.
    Owned(::std::vec::Vec<u8>),
}

/// The attribute inside a module.
pub mod nested {
    use super::thread_safe;

    /// Check mode inside a module.
    #[thread_safe]
    pub struct Inner {
        /// A plain field.
        pub id: u64,
    }
}

/// The attribute inside a function body.
#[must_use]
pub fn local_type() -> u8 {
    #[thread_safe]
    struct Local {
        count: u8,
    }
    let local = Local { count: 3 };
    local.count
}

// The attribute inside a `macro_rules!` expansion: the reason arrives as a `$reason:literal` and
// the field types as `$ty` fragments, which reach the attribute wrapped in invisible groups.
macro_rules! vouched_handle {
    ($name:ident, $reason:literal, $raw:ty, $shared:ty) => {
        /// A handle type written by a declarative macro.
        #[thread_safe(reason = $reason)]
        pub struct $name {
            /// The raw handle.
            #[thread_safe(unchecked)]
            pub raw: $raw,
            /// Shared bookkeeping.
            pub shared: $shared,
        }
    };
}

vouched_handle!(
    MacroHandle,
    "`raw` points into a static table that is never written",
    *const u8,
    ::std::sync::Arc<::std::sync::atomic::AtomicUsize>
);

// Compile-time proof of what the attributes above claim, with the real marker traits.
const _: fn() = || {
    fn send_sync<T: ::std::marker::Send + ::std::marker::Sync>() {}
    fn send<T: ::std::marker::Send>() {}
    fn any_send_sync<T: ::std::marker::Send + ::std::marker::Sync>() {
        send_sync::<Slot<T>>();
        send_sync::<Registry<T>>();
    }
    fn only_send<T: ::std::marker::Send>() {
        send_sync::<Handoff<T>>();
        send_sync::<Locked<T>>();
        send::<OwnedBox<T>>();
    }
    send_sync::<Counter>();
    send::<Scratch>();
    send_sync::<StaticView>();
    send_sync::<Guarded>();
    send_sync::<OwnedBox<u8>>();
    send_sync::<Message>();
    send_sync::<Bytes>();
    send_sync::<nested::Inner>();
    send_sync::<MacroHandle>();
    any_send_sync::<u8>();
    only_send::<::std::cell::Cell<u8>>();
};

// The other half of the claims: the generated impls are no wider than their bounds. These also run
// the crate's assertion macros under this crate's edition and prelude.
::thread_safe::assert_not_send!(
    Slot<::std::rc::Rc<u8>>,
    Handoff<::std::rc::Rc<u8>>,
    OwnedBox<::std::rc::Rc<u8>>,
    Registry<::std::rc::Rc<u8>>,
);
::thread_safe::assert_not_sync!(
    Scratch,
    Slot<::std::cell::Cell<u8>>,
    OwnedBox<::std::cell::Cell<u8>>,
    Locked<::std::rc::Rc<u8>>,
);
