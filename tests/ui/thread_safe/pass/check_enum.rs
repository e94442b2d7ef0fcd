// Check mode on an enum with unit, tuple and struct variants.
use std::sync::Arc;
use thread_safe::thread_safe;

#[thread_safe]
pub enum Message {
    Quit,
    Move(i32, i32),
    Text { body: Arc<str> },
}

fn main() {}
