// The value form neither evaluates its expression nor moves the value.
use std::sync::atomic::{AtomicUsize, Ordering};
use thread_safe::assert_send;

static CALLS: AtomicUsize = AtomicUsize::new(0);

fn make() -> Vec<u8> {
    CALLS.fetch_add(1, Ordering::SeqCst);
    vec![1, 2, 3]
}

fn explode() -> String {
    panic!("the value form evaluated its expression")
}

fn main() {
    assert_send!(val: make());
    assert_eq!(CALLS.load(Ordering::SeqCst), 0, "the expression must not run");

    let owned = String::from("still here");
    assert_send!(val: owned);
    assert_eq!(owned, "still here");

    assert_send!(val: explode());
}
