// User items named `Send`, `Sync`, `core`, `Probe` and `macro_name` do not confuse the expansions.
#![allow(dead_code, non_camel_case_types)]

use thread_safe::{assert_not_send, assert_send, assert_send_sync};

pub trait Send {}
pub trait Sync {}
pub struct Probe;
pub mod core {}
pub mod macro_name {}
pub struct assert_send;

pub struct Job(u8);

assert_send!(Job, Probe, assert_send);
assert_send_sync!(<T: ::core::marker::Send + ::core::marker::Sync> Vec<T>);
assert_not_send!(*const Job);

fn main() {}
