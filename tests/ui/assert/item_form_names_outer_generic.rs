// The plain form inside a generic fn names the fn's parameter: an item cannot see it (rustc's wording).
// Fix: write `assert_send!(in fn: Vec<T>)`, the form that expands to a statement.
use thread_safe::assert_send;

pub fn queue<T: Send>(items: Vec<T>) -> usize {
    assert_send!(Vec<T>);
    items.len()
}

fn main() {}
