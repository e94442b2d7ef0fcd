// A type-erased handler whose unchecked field mentions `T` only as a `dyn Fn(T)` argument is not
// `Send` for `T = Rc<u8>`: the default bounds cover parameters inside `dyn` arguments too.
// Fix: hand the handler `Send + Sync` values only (an `Arc` instead of an `Rc`).
use std::rc::Rc;
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

pub fn exploit() {
    let mut handler = Handler::new(|shared: Rc<u8>| drop(shared));
    std::thread::spawn(move || handler.run(Rc::new(1)));
}

fn main() {}
