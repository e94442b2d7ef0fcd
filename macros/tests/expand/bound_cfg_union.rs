#[thread_safe(send = "the union is only read through the variant its tag names", bound = "T: Send")]
pub union Slot<T: Copy> {
    #[thread_safe(unchecked)]
    value: T,
    raw: u64,
}

#[thread_safe(reason = "the handle is an index into a table guarded by the global lock", crate = "my_reexport::thread_safe")]
pub struct Tuple<T>(#[thread_safe(unchecked)] *const T, #[cfg(unix)] Vec<T>, u8);
