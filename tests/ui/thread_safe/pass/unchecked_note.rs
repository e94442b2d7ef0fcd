// `#[thread_safe(unchecked = "note")]` documents why a field is covered.
use thread_safe::thread_safe;

#[thread_safe(reason = "the registry index is only dereferenced while the global registry lock is held")]
pub struct Entry {
    #[thread_safe(unchecked = "index into the locked registry")]
    slot: *const u8,
}

fn main() {}
