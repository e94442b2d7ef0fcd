// RUSTSEC-2020-0142 (syncpool): a `Bucket2` of a `Send + Sync` value is sent to another thread.
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

    pub fn take(mut self) -> Option<T> {
        if std::mem::replace(&mut self.taken, true) {
            return None;
        }
        // SAFETY: `slot` came from `Box::into_raw` and `taken` makes this the only release.
        Some(*unsafe { Box::from_raw(self.slot) })
    }
}

impl<T> Drop for Bucket2<T> {
    fn drop(&mut self) {
        if !self.taken {
            // SAFETY: `slot` came from `Box::into_raw` and was not taken.
            drop(unsafe { Box::from_raw(self.slot) });
        }
    }
}

fn main() {
    let bucket = Bucket2::new(vec![1_u8, 2, 3]);
    let taken = std::thread::spawn(move || bucket.take()).join().unwrap();
    assert_eq!(taken, Some(vec![1, 2, 3]));
}
