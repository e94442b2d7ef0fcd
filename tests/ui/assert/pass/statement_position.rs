// The plain form in a fn body, beside statements, for concrete types.
use std::sync::atomic::AtomicUsize;
use thread_safe::{assert_not_sync, assert_send_sync};

fn main() {
    let counter = AtomicUsize::new(0);
    assert_send_sync!(AtomicUsize);
    assert_not_sync!(std::cell::Cell<usize>);
    counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    assert_eq!(counter.into_inner(), 1);
}
