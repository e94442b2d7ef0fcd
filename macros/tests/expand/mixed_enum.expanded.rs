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
        Busy_0: ?::core::marker::Sized,
        Busy_1: ?::core::marker::Sized,
        code: ?::core::marker::Sized,
        trace: ?::core::marker::Sized,
    >() {
        ::thread_safe::__private::assert_field_sync::<
            *const Cell<u8>,
            *const Cell<u8>,
            State,
            Busy_0,
        >();
        ::thread_safe::__private::assert_field_send_sync::<u32, u32, State, Busy_1>();
        ::thread_safe::__private::assert_field_send_sync::<i32, i32, State, code>();
        #[cfg(feature = "trace")]
        ::thread_safe::__private::assert_field_send_sync::<
            String,
            String,
            State,
            trace,
        >();
    }
};
