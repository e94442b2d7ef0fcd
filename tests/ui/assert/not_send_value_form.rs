// `assert_not_send!` has no value form.
// Fix: name the type, e.g. `assert_not_send!(Rc<u8>)`.
use std::rc::Rc;
use thread_safe::assert_not_send;

fn main() {
    let shared = Rc::new(1_u8);
    assert_not_send!(val: shared);
}
