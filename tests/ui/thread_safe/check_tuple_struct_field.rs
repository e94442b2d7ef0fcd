// A tuple struct whose second field is not thread-safe: the field is named by its index.
// Fix: make field `1` thread-safe (`Arc` instead of `Rc`).
use std::rc::Rc;
use thread_safe::thread_safe;

#[thread_safe]
pub struct Pair(u32, Rc<u32>);

fn main() {}
