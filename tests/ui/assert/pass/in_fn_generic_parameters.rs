// The `in fn:` form names the enclosing fn's own generic parameters, with their declared bounds.
use std::sync::Arc;
use thread_safe::{assert_not_sync, assert_send, assert_send_sync};

fn fan_out<T: Send + Sync + 'static>(value: T) -> Arc<T> {
    assert_send_sync!(in fn: T, Arc<T>, Vec<Arc<T>>,);
    Arc::new(value)
}

fn local<T>(value: T) -> std::cell::Cell<T> {
    assert_not_sync!(in fn: std::cell::Cell<T>);
    std::cell::Cell::new(value)
}

fn boxed<T: Send>(value: T) -> Box<T> {
    assert_send!(in fn: Box<T>);
    Box::new(value)
}

fn main() {
    assert_eq!(*fan_out(3_u8), 3);
    assert_eq!(local(4_u8).get(), 4);
    assert_eq!(*boxed(5_u8), 5);
}
