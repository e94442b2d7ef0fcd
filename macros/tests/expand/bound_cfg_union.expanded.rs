pub union Slot<T: Copy> {
    value: T,
    raw: u64,
}
/**`Send` is vouched for by `#[thread_safe]`.

**Reason:** the union is only read through the variant its tag names

**Unchecked fields** (covered by the reason): `value`.

**Checked fields** (each must be `Send`): `raw`.

**Bounds:** `T: Send` (written as `bound = "T: Send"`).*/
#[allow(clippy::type_repetition_in_bounds, clippy::trait_duplication_in_bounds)]
unsafe impl<T: Copy> ::core::marker::Send for Slot<T>
where
    T: Send,
{}
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
    struct __ThreadSafeChecks0<T: Copy, Slot>(
        thread_safe::AssertFieldSend<u64, Slot>,
        ::core::marker::PhantomData<(*const T,)>,
    );
};
pub struct Tuple<T>(*const T, #[cfg(unix)] Vec<T>, u8);
#[cfg(all(not(all(unix))))]
/**`Send` is vouched for by `#[thread_safe]`.

**Reason:** the handle is an index into a table guarded by the global lock

**Unchecked fields** (covered by the reason): `0`.

**Checked fields** (each must be `Send`): `1`, `2`.

**Bounds:** `Vec<T>: Send`, `T: Send + Sync` (default: the generic parameters of the unchecked fields are `Send + Sync`).*/
#[allow(clippy::type_repetition_in_bounds, clippy::trait_duplication_in_bounds)]
unsafe impl<T> ::core::marker::Send for Tuple<T>
where
    T: ::core::marker::Send + ::core::marker::Sync,
{}
#[cfg(all(all(unix)))]
/**`Send` is vouched for by `#[thread_safe]`.

**Reason:** the handle is an index into a table guarded by the global lock

**Unchecked fields** (covered by the reason): `0`.

**Checked fields** (each must be `Send`): `1`, `2`.

**Bounds:** `Vec<T>: Send`, `T: Send + Sync` (default: the generic parameters of the unchecked fields are `Send + Sync`).*/
#[allow(clippy::type_repetition_in_bounds, clippy::trait_duplication_in_bounds)]
unsafe impl<T> ::core::marker::Send for Tuple<T>
where
    Vec<T>: ::core::marker::Send,
    T: ::core::marker::Send + ::core::marker::Sync,
{}
#[cfg(all(not(all(unix))))]
/**`Sync` is vouched for by `#[thread_safe]`.

**Reason:** the handle is an index into a table guarded by the global lock

**Unchecked fields** (covered by the reason): `0`.

**Checked fields** (each must be `Sync`): `1`, `2`.

**Bounds:** `Vec<T>: Sync`, `T: Send + Sync` (default: the generic parameters of the unchecked fields are `Send + Sync`).*/
#[allow(clippy::type_repetition_in_bounds, clippy::trait_duplication_in_bounds)]
unsafe impl<T> ::core::marker::Sync for Tuple<T>
where
    T: ::core::marker::Send + ::core::marker::Sync,
{}
#[cfg(all(all(unix)))]
/**`Sync` is vouched for by `#[thread_safe]`.

**Reason:** the handle is an index into a table guarded by the global lock

**Unchecked fields** (covered by the reason): `0`.

**Checked fields** (each must be `Sync`): `1`, `2`.

**Bounds:** `Vec<T>: Sync`, `T: Send + Sync` (default: the generic parameters of the unchecked fields are `Send + Sync`).*/
#[allow(clippy::type_repetition_in_bounds, clippy::trait_duplication_in_bounds)]
unsafe impl<T> ::core::marker::Sync for Tuple<T>
where
    Vec<T>: ::core::marker::Sync,
    T: ::core::marker::Send + ::core::marker::Sync,
{}
const _: () = {
    use my_reexport::thread_safe::__private as thread_safe;
    #[allow(
        dead_code,
        non_camel_case_types,
        clippy::type_complexity,
        clippy::multiple_bound_locations,
        clippy::type_repetition_in_bounds,
        clippy::trait_duplication_in_bounds
    )]
    struct __ThreadSafeChecks0<T, Tuple>(
        thread_safe::AssertFieldSendSync<u8, Tuple>,
        ::core::marker::PhantomData<(*const T,)>,
    );
};
