// Check mode on a tuple struct.
use thread_safe::thread_safe;

#[thread_safe]
pub struct Pair(pub u32, pub String);

fn main() {}
