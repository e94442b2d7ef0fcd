// `sync = "..."` vouches for `Sync` alone; `Send` is left to the compiler.
use thread_safe::thread_safe;

#[thread_safe(sync = "shared references only read `len`; the pointer is never dereferenced through &self")]
pub struct View {
    #[thread_safe(unchecked)]
    ptr: *const u8,
    len: usize,
}

fn require_sync<T: Sync>() {}

const _: () = {
    let _ = require_sync::<View>;
};

fn main() {}
