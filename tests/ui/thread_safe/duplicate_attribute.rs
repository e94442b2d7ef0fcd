// `#[thread_safe]` written twice on one type.
// Fix: merge the two attributes into one.
use thread_safe::thread_safe;

#[thread_safe(send)]
#[thread_safe(sync)]
pub struct Plain {
    value: u8,
}

fn main() {}
