// A field type that says `Self` is checked as the type itself.
use thread_safe::thread_safe;

#[thread_safe]
pub struct List {
    value: u8,
    next: Option<Box<Self>>,
}

fn main() {}
