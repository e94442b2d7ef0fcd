// A type-erased handler of `Send + Sync` values runs on another thread.
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use thread_safe::thread_safe;

#[thread_safe(
    reason = "`handler` is a leaked box of a `Send + Sync` closure that the `Handler` owns"
)]
pub struct Handler<T> {
    #[thread_safe(unchecked)]
    handler: *const (dyn Fn(T) + Send + Sync),
    calls: usize,
}

impl<T> Handler<T> {
    pub fn new(handler: impl Fn(T) + Send + Sync + 'static) -> Self {
        let handler: Box<dyn Fn(T) + Send + Sync> = Box::new(handler);
        Self { handler: Box::into_raw(handler), calls: 0 }
    }

    pub fn run(&mut self, value: T) {
        self.calls += 1;
        // SAFETY: `handler` came from `Box::into_raw` and is freed only by `drop`.
        unsafe { (*self.handler)(value) }
    }
}

impl<T> Drop for Handler<T> {
    fn drop(&mut self) {
        // SAFETY: `handler` came from `Box::into_raw` and is freed only here.
        drop(unsafe { Box::from_raw(self.handler.cast_mut()) });
    }
}

fn main() {
    let total = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&total);
    let mut handler = Handler::new(move |step: Arc<usize>| {
        counter.fetch_add(*step, Ordering::Relaxed);
    });
    let calls = std::thread::spawn(move || {
        handler.run(Arc::new(2));
        handler.run(Arc::new(3));
        handler.calls
    })
    .join()
    .unwrap();
    assert_eq!(calls, 2);
    assert_eq!(total.load(Ordering::Relaxed), 5);
}
