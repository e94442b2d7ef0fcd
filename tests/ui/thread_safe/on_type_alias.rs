// `#[thread_safe]` on a type alias.
// Fix: put it on the struct, enum or union the alias names.
use thread_safe::thread_safe;

pub struct Inner(u8);

#[thread_safe]
pub type Alias = Inner;

fn main() {}
