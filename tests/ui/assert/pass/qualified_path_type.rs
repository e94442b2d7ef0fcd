// A type written as a qualified path starts with `<` but is not the generic form.
use thread_safe::{assert_send, assert_send_sync};

assert_send!(<Vec<u8> as IntoIterator>::IntoIter);
assert_send_sync!(<Vec<Vec<u8>> as IntoIterator>::Item, u8);

fn main() {}
