// `Self<T>` in a field type: rustc's own error, at the user's tokens.
// Fix: write `Self` (or the type with its arguments, `S<T>`).
use thread_safe::thread_safe;

#[thread_safe]
pub struct S<T> {
    next: Option<Box<Self<T>>>,
}

fn main() {}
