// The `in fn:` form on a fn's own parameter that has no `Send` bound.
// Fix: add the bound the fn needs, `fn queue<T: Send>(...)`.
use thread_safe::assert_send;

pub fn queue<T>(items: Vec<T>) -> usize {
    assert_send!(in fn: Vec<T>);
    items.len()
}

fn main() {}
