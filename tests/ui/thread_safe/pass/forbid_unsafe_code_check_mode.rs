// Check mode emits no unsafe code, so it compiles under `#![forbid(unsafe_code)]`.
#![forbid(unsafe_code)]
use std::sync::Arc;
use thread_safe::thread_safe;

#[thread_safe]
pub struct Plain<T> {
    value: Arc<T>,
}

fn main() {}
