// The one type of a list that is not `Send` is the one pointed at.
// Fix: make that type `Send`, or remove it from the assertion if it must stay on one thread.
use std::cell::RefCell;
use std::rc::Rc;
use thread_safe::assert_send;

assert_send!(u8, String, Vec<Rc<RefCell<u8>>>, Box<str>);

fn main() {}
