// A field named like a trait of the `bound` does not shadow that trait in the generated check.
#![allow(non_snake_case)]
use thread_safe::thread_safe;

pub trait Shareable: Send + Sync {}

#[thread_safe(bound = "T: Shareable")]
pub struct Holder<T> {
    Shareable: Vec<T>,
}

fn main() {}
