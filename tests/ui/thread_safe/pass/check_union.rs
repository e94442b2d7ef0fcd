// Check mode on a union.
use thread_safe::thread_safe;

#[thread_safe]
pub union Word {
    pub bits: u64,
    pub halves: [u32; 2],
}

fn main() {}
