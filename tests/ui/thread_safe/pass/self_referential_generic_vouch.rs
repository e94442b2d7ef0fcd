// A generic vouched list whose checked field holds `Self`: the where clause refers back to the type, which auto traits allow.
use thread_safe::thread_safe;

#[thread_safe(reason = "`value` is uniquely owned like a Box<T>: allocated in new, freed in Drop")]
pub struct List<T> {
    #[thread_safe(unchecked)]
    value: *mut T,
    next: Option<Box<Self>>,
}

fn require_send_sync<T: Send + Sync>() {}

const _: () = {
    let _ = require_send_sync::<List<String>>;
};

fn main() {}
