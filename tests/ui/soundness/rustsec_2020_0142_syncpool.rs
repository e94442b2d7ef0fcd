// RUSTSEC-2020-0142 (syncpool): a `Bucket2<Rc<u8>>` cannot be sent to another thread.
// Fix: pool only `Send + Sync` values; use `Arc` instead of `Rc`.
use std::rc::Rc;
use thread_safe::thread_safe;

#[thread_safe(send = "the bucket owns the boxed value in `slot` and moves with it")]
pub struct Bucket2<T> {
    #[thread_safe(unchecked)]
    slot: *mut T,
    taken: bool,
}

impl<T> Bucket2<T> {
    pub fn new(value: T) -> Self {
        Self { slot: Box::into_raw(Box::new(value)), taken: false }
    }

    pub fn get(&self) -> &T {
        // SAFETY: `slot` came from `Box::into_raw` and is freed only by `drop`.
        unsafe { &*self.slot }
    }
}

pub fn exploit() {
    let mine = Rc::new(0_u8);
    let bucket = Bucket2::new(Rc::clone(&mine));
    std::thread::spawn(move || drop(Rc::clone(bucket.get())));
    drop(mine);
}

fn main() {}
