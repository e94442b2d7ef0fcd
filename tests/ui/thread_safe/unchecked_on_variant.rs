// `#[thread_safe(unchecked)]` on an enum variant rather than on its fields.
// Fix: put `#[thread_safe(unchecked)]` on the variant's fields.
use thread_safe::thread_safe;

#[thread_safe(reason = "the pointer is owned by the variant and freed in Drop")]
pub enum Resource {
    #[thread_safe(unchecked)]
    Raw(*mut u8),
    Empty,
}

fn main() {}
