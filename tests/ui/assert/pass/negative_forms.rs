// `assert_not_send!` and `assert_not_sync!` accept local, foreign and generic types.
use std::cell::{Cell, RefCell};
use std::marker::PhantomData;
use std::rc::Rc;
use std::sync::MutexGuard;
use thread_safe::{assert_not_send, assert_not_sync};

pub struct LockGuard {
    _not_send: PhantomData<*const ()>,
}

assert_not_send!(LockGuard, Rc<u8>, *mut u8, MutexGuard<'static, u8>,);
assert_not_sync!(LockGuard, Cell<u8>, RefCell<String>, Rc<u8>);
assert_not_send!(<T> Vec<T>);
assert_not_sync!(<T: Sync> Cell<T>);

fn main() {}
