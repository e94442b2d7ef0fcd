// RUSTSEC-2020-0122 (beef): borrowed and owned `Cow`s of `Send + Sync` values are sent to other
// threads.
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

    pub fn owned(value: T) -> Self {
        Self { ptr: NonNull::from(Box::leak(Box::new(value))), owned: true, lifetime: PhantomData }
    }

    pub fn get(&self) -> &T {
        // SAFETY: `ptr` is valid for `'a`, borrowed or owned.
        unsafe { self.ptr.as_ref() }
    }
}

impl<T> Drop for Cow<'_, T> {
    fn drop(&mut self) {
        if self.owned {
            // SAFETY: an owned `ptr` came from `Box::leak` and is freed only here.
            drop(unsafe { Box::from_raw(self.ptr.as_ptr()) });
        }
    }
}

fn main() {
    let text = String::from("lent");
    let borrowed = Cow::borrowed(&text);
    let owned = Cow::owned(String::from("given"));
    std::thread::scope(|scope| {
        scope.spawn(move || assert_eq!(borrowed.get(), "lent"));
        scope.spawn(move || assert_eq!(owned.get(), "given"));
        assert_eq!(text.len(), 4);
    });
}
