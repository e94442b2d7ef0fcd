// The future of an `async fn` that holds an `Rc` across an `.await`, asserted `Send` with the value form.
// Fix: drop the `Rc` before the `.await` (or use an `Arc`), so that the future can move between threads.
use std::rc::Rc;
use thread_safe::assert_send;

async fn tick() {}

async fn report() -> usize {
    let shared = Rc::new(3);
    tick().await;
    *shared
}

fn main() {
    assert_send!(val: report());
}
