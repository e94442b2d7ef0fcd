// Check mode on a unit struct.
use thread_safe::thread_safe;

#[thread_safe]
pub struct Marker;

fn main() {}
