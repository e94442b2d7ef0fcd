// `#[thread_safe]` on a trait.
// Fix: put it on a struct, enum or union.
use thread_safe::thread_safe;

#[thread_safe]
pub trait Job {}

fn main() {}
