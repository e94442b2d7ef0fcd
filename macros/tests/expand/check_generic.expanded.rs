use std::sync::{Arc, Mutex};
pub struct Shared<'a, T: Clone, const N: usize> {
    items: [T; N],
    lock: Arc<Mutex<Vec<T>>>,
    name: &'a str,
}
const _: () = {
    use ::thread_safe::__private::AssertFieldSendSync;
    use ::thread_safe::__private::AssertArcInner;
    #[allow(
        dead_code,
        non_camel_case_types,
        clippy::type_complexity,
        clippy::multiple_bound_locations,
        clippy::type_repetition_in_bounds,
        clippy::trait_duplication_in_bounds
    )]
    struct __ThreadSafeChecks0<
        'a,
        T: Clone,
        const N: usize,
        SendSync: ::core::marker::Send + ::core::marker::Sync + 'static,
        Shared,
        items,
        lock,
        name,
    >(
        AssertFieldSendSync<[T; N], Shared, items>,
        AssertFieldSendSync<Arc<SendSync>, Shared, lock, Arc<Mutex<Vec<T>>>>,
        AssertArcInner<Mutex<Vec<T>>, Shared, lock>,
        AssertFieldSendSync<&'a str, Shared, name>,
        ::core::marker::PhantomData<(&'a (), *const T)>,
        ::core::marker::PhantomData<SendSync>,
    )
    where
        T: ::core::marker::Send + ::core::marker::Sync;
};
