// Other attributes, derives and doc comments are kept; the helper attributes are removed.
use thread_safe::thread_safe;

/// A handle.
#[thread_safe(reason = "the id is an index into a table that only the owner thread reads")]
#[derive(Debug, Clone, Copy, PartialEq)]
#[repr(C)]
pub struct Handle {
    /// The raw slot.
    #[thread_safe(unchecked = "index, never dereferenced")]
    #[allow(clippy::pedantic)]
    slot: *const u8,
    #[doc = "The generation."]
    generation: u32,
}

pub fn same(a: Handle) -> bool {
    a == a.clone()
}

fn main() {}
