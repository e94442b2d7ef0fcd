use std::sync::{Arc, Mutex};
pub struct Shared<'a, T: Clone, const N: usize> {
    items: [T; N],
    lock: Arc<Mutex<Vec<T>>>,
    name: &'a str,
}
const _: () = {
    #[allow(
        dead_code,
        non_camel_case_types,
        clippy::extra_unused_type_parameters,
        clippy::extra_unused_lifetimes,
        clippy::multiple_bound_locations,
        clippy::type_repetition_in_bounds,
        clippy::trait_duplication_in_bounds
    )]
    const fn __thread_safe_checks_0<
        'a,
        T: Clone,
        const N: usize,
        SendSync: ::core::marker::Send + ::core::marker::Sync + 'static,
        items: ?::core::marker::Sized,
        lock: ?::core::marker::Sized,
        name: ?::core::marker::Sized,
    >(_: ::core::marker::PhantomData<Shared<'a, T, N>>)
    where
        T: ::core::marker::Send + ::core::marker::Sync,
    {
        ::thread_safe::__private::assert_field_send_sync::<
            [T; N],
            [T; N],
            Shared<'a, T, N>,
            items,
        >();
        ::thread_safe::__private::assert_field_send_sync::<
            Arc<SendSync>,
            Arc<Mutex<Vec<T>>>,
            Shared<'a, T, N>,
            lock,
        >();
        ::thread_safe::__private::assert_arc_inner::<
            Mutex<Vec<T>>,
            Mutex<Vec<T>>,
            Shared<'a, T, N>,
            lock,
        >();
        ::thread_safe::__private::assert_field_send_sync::<
            &'a str,
            &'a str,
            Shared<'a, T, N>,
            name,
        >();
    }
};
