#[thread_safe(reason = "TODO")]
pub struct Handle {
    #[thread_safe(unchecked)]
    raw: *mut u8,
}
