// An `Arc<Cell<u8>>` that reaches an unchecked field through a `macro_rules!` `$ty` fragment is
// still found: a vouch cannot share a non-`Sync` value through an `Arc`.
// Fix: share a thread-safe value (`Arc<AtomicU8>`, `Arc<Mutex<u8>>`), or use `Rc` on one thread.
use thread_safe::thread_safe;

macro_rules! holder {
    ($name:ident, $reason:literal, $raw:ty) => {
        #[thread_safe(reason = $reason)]
        pub struct $name {
            #[thread_safe(unchecked)]
            pub raw: $raw,
            pub len: usize,
        }
    };
}

holder!(
    Leaky,
    "the raw pointer is owned by this value",
    (*const u8, std::sync::Arc<std::cell::Cell<u8>>)
);

fn main() {}
