use std::marker::PhantomData;
use std::sync::Arc;

#[thread_safe(reason = "`ptr` is uniquely owned like a Box<T>; it is freed in Drop and never aliased")]
pub struct MyBox<T, U: Iterator> where T: Default {
    #[thread_safe(unchecked)]
    ptr: *mut T,
    #[thread_safe(unchecked = "cursor into the owned iterator")]
    last: *const U::Item,
    children: Vec<Arc<Node<T>>>,
    marker: PhantomData<U>,
}
