// A pool whose unchecked field holds `F::Member` cannot be sent when the member is an `Rc`, even
// though `F` itself is `Send + Sync`: the default bounds cover projections too.
// Fix: use a family whose members are `Send + Sync` (an `Arc` instead of an `Rc`).
use std::rc::Rc;
use thread_safe::thread_safe;

pub trait Family {
    type Member;
}

pub struct RcFamily;

impl Family for RcFamily {
    type Member = Rc<u8>;
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

pub fn exploit() {
    let mine = Rc::new(0_u8);
    let pool = Pool::<RcFamily>::with_member(Rc::clone(&mine));
    std::thread::spawn(move || drop(Rc::clone(pool.first())));
    drop(mine);
}

fn main() {}
