//! Every mode and shape of `#[thread_safe]` under strict lints. `.ci/run` builds this crate with
//! `-D warnings` and runs clippy with `all`, `pedantic`, `nursery`, `undocumented_unsafe_blocks`
//! and `missing_safety_doc` denied: a warning caused by generated code fails CI.
#![deny(
    missing_docs,
    unreachable_pub,
    unused_qualifications,
    rust_2018_idioms,
    missing_debug_implementations
)]

pub mod arcs;
pub mod generics;
pub mod modes;
pub mod shapes;

// Compile-time proof that the annotated types are what their attributes claim.
const _: fn() = || {
    const fn send_sync<T: Send + Sync>() {}
    const fn send<T: Send>() {}
    const fn sync<T: Sync>() {}
    send_sync::<modes::Checked>();
    send::<modes::SendChecked>();
    sync::<modes::SyncChecked>();
    send_sync::<modes::Vouched>();
    send_sync::<modes::VouchedEach>();
    send_sync::<modes::SendVouchedSyncChecked>();
    send_sync::<modes::SyncVouchedSendChecked>();
    send::<modes::SendOnlyVouched>();
    send_sync::<shapes::Tuple>();
    send_sync::<shapes::Unit>();
    send_sync::<shapes::Message>();
    send_sync::<shapes::Source>();
    send_sync::<shapes::Word>();
    send_sync::<shapes::ViaCratePath>();
    send_sync::<arcs::Nested>();
    send_sync::<generics::Frame<'static, u8, 4>>();
    send_sync::<generics::Stack<String>>();
    send_sync::<generics::Pipe<std::cell::Cell<u8>>>();
    send_sync::<generics::OwnedBox<u8>>();
    send_sync::<generics::Locked<std::cell::Cell<u8>>>();
    send_sync::<generics::Drain<std::vec::IntoIter<u8>>>();
    send_sync::<generics::Callbacks<u8>>();
    send_sync::<arcs::Graph<u64>>();
};

// The generated impls are no wider than their bounds.
thread_safe::assert_not_send!(generics::Stack<std::rc::Rc<u8>>, generics::Pipe<std::rc::Rc<u8>>);
thread_safe::assert_not_sync!(generics::OwnedBox<std::cell::Cell<u8>>, modes::SendChecked);
