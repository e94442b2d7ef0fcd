// `crate = "..."` names the crate through a re-export.
mod reexport {
    pub use thread_safe;
}

use thread_safe::thread_safe;

#[thread_safe(crate = "reexport::thread_safe")]
pub struct Plain {
    value: u8,
}

#[thread_safe(reason = "the pointer is uniquely owned and freed in Drop", crate = "crate::reexport::thread_safe")]
pub struct Handle {
    #[thread_safe(unchecked)]
    raw: *mut u8,
}

fn main() {}
