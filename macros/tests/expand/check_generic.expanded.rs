use std::sync::{Arc, Mutex};
pub struct Shared<'a, T: Clone, const N: usize> {
    items: [T; N],
    lock: Arc<Mutex<Vec<T>>>,
    name: &'a str,
}
const _: () = {
    use ::thread_safe::__private as thread_safe;
    #[allow(
        dead_code,
        non_camel_case_types,
        clippy::type_complexity,
        clippy::multiple_bound_locations,
        clippy::type_repetition_in_bounds,
        clippy::trait_duplication_in_bounds
    )]
    struct __ThreadSafeChecks0<'a, T: Clone, const N: usize, Shared>(
        thread_safe::AssertFieldSendSync<[T; N], Shared>,
        thread_safe::AssertFieldSendSync<
            Arc<thread_safe::SendSync>,
            Shared,
            Arc<Mutex<Vec<T>>>,
        >,
        thread_safe::AssertArcInner<Mutex<Vec<T>>, Shared>,
        thread_safe::AssertFieldSendSync<&'a str, Shared>,
        ::core::marker::PhantomData<(&'a (), *const T)>,
    )
    where
        T: ::core::marker::Send + ::core::marker::Sync;
};
