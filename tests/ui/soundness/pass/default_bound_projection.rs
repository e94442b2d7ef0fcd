// A pool whose unchecked field holds `F::Member` is sent and shared when the members are
// `Send + Sync`.
use std::sync::Arc;
use thread_safe::thread_safe;

pub trait Family {
    type Member;
}

pub struct ArcFamily;

impl Family for ArcFamily {
    type Member = Arc<u8>;
}

#[thread_safe(reason = "the pool owns the members in `slots` and frees them in `drop`")]
pub struct Pool<F: Family> {
    #[thread_safe(unchecked)]
    slots: *mut F::Member,
    len: usize,
}

impl<F: Family> Pool<F> {
    pub fn with_member(member: F::Member) -> Self {
        Self { slots: Box::into_raw(Box::new(member)), len: 1 }
    }

    pub fn first(&self) -> &F::Member {
        // SAFETY: `slots` came from `Box::into_raw` and lives as long as `self`.
        unsafe { &*self.slots }
    }
}

impl<F: Family> Drop for Pool<F> {
    fn drop(&mut self) {
        // SAFETY: `slots` came from `Box::into_raw` and is freed only here.
        drop(unsafe { Box::from_raw(self.slots) });
    }
}

fn main() {
    let pool = Pool::<ArcFamily>::with_member(Arc::new(7));
    std::thread::scope(|scope| {
        scope.spawn(|| assert_eq!(**pool.first(), 7));
        scope.spawn(|| assert_eq!(pool.len, 1));
    });
    let moved = std::thread::spawn(move || pool).join().unwrap();
    assert_eq!(**moved.first(), 7);
}
