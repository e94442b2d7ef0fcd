// RUSTSEC-2020-0122 (beef): a `Cow` that borrows a `Cell` cannot be sent to another thread while
// the lender still uses the `Cell`.
// Fix: borrow only `Sync` values into a `Cow` that crosses threads, or send an owned copy.
use std::cell::Cell;
use std::marker::PhantomData;
use std::ptr::NonNull;
use thread_safe::thread_safe;

#[thread_safe(send = "a borrowed `Cow` only reads through `ptr`; an owned one owns the box")]
pub struct Cow<'a, T> {
    #[thread_safe(unchecked)]
    ptr: NonNull<T>,
    owned: bool,
    lifetime: PhantomData<&'a T>,
}

impl<'a, T> Cow<'a, T> {
    pub fn borrowed(value: &'a T) -> Self {
        Self { ptr: NonNull::from(value), owned: false, lifetime: PhantomData }
    }

    pub fn get(&self) -> &T {
        // SAFETY: `ptr` is valid for `'a`, borrowed or owned.
        unsafe { self.ptr.as_ref() }
    }
}

pub fn exploit() {
    let counter = Cell::new(0_u32);
    let cow = Cow::borrowed(&counter);
    std::thread::scope(|scope| {
        scope.spawn(move || cow.get().set(1));
        counter.set(2);
    });
}

fn main() {}
