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
    use ::thread_safe::__private::AssertFieldSync;
    use ::thread_safe::__private::AssertFieldSendSync;
    #[allow(
        dead_code,
        non_camel_case_types,
        clippy::type_complexity,
        clippy::multiple_bound_locations,
        clippy::type_repetition_in_bounds,
        clippy::trait_duplication_in_bounds
    )]
    struct __ThreadSafeChecks0<
        State,
        Busy_0,
        Busy_1,
        code,
        #[cfg(feature = "trace")]
        trace,
    >(
        AssertFieldSync<*const Cell<u8>, State, Busy_0>,
        AssertFieldSendSync<u32, State, Busy_1>,
        AssertFieldSendSync<i32, State, code>,
        #[cfg(feature = "trace")]
        AssertFieldSendSync<String, State, trace>,
        ::core::marker::PhantomData<State>,
    );
};
