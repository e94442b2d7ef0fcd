// A guard asserted `!Send` whose `!Send` marker was removed: the error says that it *is* `Send`.
// Fix: restore the marker (`PhantomData<*const ()>`), or drop the assertion if the type may now move.
use thread_safe::assert_not_send;

pub struct LockGuard {
    pub id: u64,
}

assert_not_send!(LockGuard);

fn main() {}
