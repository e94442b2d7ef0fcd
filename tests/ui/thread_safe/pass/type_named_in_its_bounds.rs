// A type whose own name appears in its generic bounds and where clause: the check still names the real type.
use thread_safe::thread_safe;

pub trait Convert<T> {}
impl<T> Convert<T> for u8 {}

#[thread_safe]
pub struct Node<T: Convert<Node<u8>>>
where
    T: Clone,
    Vec<Node<u8>>: Sized,
{
    value: T,
}

fn main() {}
