// Generated code names only absolute paths: user types named `Send`, `Sync`, `core` and `std` do not interfere.
#![allow(non_camel_case_types, dead_code)]
use thread_safe::thread_safe;

pub struct Send;
pub struct Sync;
pub struct Sized;
mod core {}
mod std {}

#[thread_safe]
pub struct Checked<T> {
    value: T,
    marker: Send,
}

#[thread_safe(reason = "the pointer is uniquely owned and freed in Drop, never aliased")]
pub struct Vouched<T> {
    #[thread_safe(unchecked)]
    ptr: *mut T,
    other: Sync,
}

fn main() {}
