use std::collections::HashMap;
use std::sync::atomic::AtomicUsize;
/// A pool of raw allocations, shared as `Arc<Mutex<MemoryPool>>`.
pub struct MemoryPool {
    pools: HashMap<usize, Vec<*mut u8>>,
    pool_sizes: Vec<usize>,
    total_allocated: AtomicUsize,
    max_size: usize,
}
/**`Send` is vouched for by `#[thread_safe]`.

**Reason:** the raw pointers are owned by the pool and only dereferenced through &mut self

**Unchecked fields** (covered by the reason): `pools` (owned allocations).

**Checked fields** (each must be `Send`): `pool_sizes`, `total_allocated`, `max_size`.

**Bounds:** none (default: the generic parameters of the unchecked fields are `Send + Sync`).*/
#[allow(clippy::type_repetition_in_bounds, clippy::trait_duplication_in_bounds)]
unsafe impl ::core::marker::Send for MemoryPool {}
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
        thread_safe::AssertFieldSend<Vec<usize>, MemoryPool>,
        thread_safe::AssertFieldSend<AtomicUsize, MemoryPool>,
        thread_safe::AssertFieldSend<usize, MemoryPool>,
    );
};
