use std::cell::Cell;
pub enum State {
    Idle,
    Busy(*const Cell<u8>, u32),
    Done { code: i32, #[cfg(feature = "trace")] trace: String },
}
/**`Send` is vouched for by `#[thread_safe]`.

**Reason:** the cell is only read and written by the thread that owns the value

**Unchecked fields** (covered by the reason): `Busy::0`.

**Checked fields** (each must be `Send`): `Busy::1`, `Done::code`, `Done::trace`.

**Bounds:** none (default: the generic parameters of the unchecked fields are `Send + Sync`).*/
#[allow(clippy::type_repetition_in_bounds, clippy::trait_duplication_in_bounds)]
unsafe impl ::core::marker::Send for State {}
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
    struct __ThreadSafeChecks0(
        thread_safe::AssertFieldSync<*const Cell<u8>, State>,
        thread_safe::AssertFieldSendSync<u32, State>,
        thread_safe::AssertFieldSendSync<i32, State>,
        #[cfg(feature = "trace")]
        thread_safe::AssertFieldSendSync<String, State>,
    );
};
