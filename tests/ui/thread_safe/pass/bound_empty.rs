// `bound = ""` states that the vouch needs no bounds at all: the impl is unconditional.
use std::cell::Cell;
use thread_safe::thread_safe;

#[thread_safe(send = "the marker never touches a T: it only records which type was requested", bound = "")]
pub struct TypeTag<T> {
    #[thread_safe(unchecked)]
    tag: std::marker::PhantomData<*const T>,
}

fn require_send<T: Send>() {}

const _: () = {
    let _ = require_send::<TypeTag<Cell<u8>>>;
};

fn main() {}
