// `#[thread_safe]` on an impl block.
// Fix: put it on the type definition instead.
use thread_safe::thread_safe;

pub struct Plain;

#[thread_safe]
impl Plain {}

fn main() {}
