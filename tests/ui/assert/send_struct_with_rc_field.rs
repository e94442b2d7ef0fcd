// A struct asserted `Send` whose field is an `Rc`: the first error names the struct, the second the field's type.
// Fix: make the field `Arc<String>` (or drop the sharing), so that the struct is `Send`.
use std::rc::Rc;
use thread_safe::assert_send;

pub struct Session {
    pub id: u64,
    pub user: Rc<String>,
}

assert_send!(Session);

fn main() {}
