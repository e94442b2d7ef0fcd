// A field named like a type used in the item does not shadow it.
#![allow(non_snake_case)]
use thread_safe::thread_safe;

#[allow(non_camel_case_types)]
pub struct cache;

#[thread_safe]
pub struct Store<T> {
    cache: cache,
    T: Vec<T>,
    SendSync: u8,
}

fn main() {}
