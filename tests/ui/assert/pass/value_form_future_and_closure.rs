// The value form on types that cannot be named: an `async fn`'s future, an `async` block and a closure.
use std::sync::Arc;
use thread_safe::{assert_send, assert_send_sync, assert_sync};

async fn load(id: u32) -> u32 {
    id + 1
}

fn main() {
    assert_send!(val: load(1));
    assert_send_sync!(val: async { load(2).await + 1 });
    let shared = Arc::new(7_u32);
    let job = move || *shared * 2;
    assert_send_sync!(val: job);
    assert_sync!(val: &job,);
    assert_eq!(job(), 14);
}
