// An `Arc` of a thread-safe value in an unchecked field written through a `macro_rules!` `$ty`
// fragment is accepted, and the type crosses threads.
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;
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
    Counted,
    "`raw.0` points into a static table that is never written",
    (*const u8, Arc<AtomicU8>)
);

static TABLE: [u8; 2] = [1, 2];

fn main() {
    let counted = Counted { raw: (TABLE.as_ptr(), Arc::new(AtomicU8::new(0))), len: TABLE.len() };
    let moved = std::thread::spawn(move || {
        counted.raw.1.fetch_add(1, Ordering::Relaxed);
        counted
    })
    .join()
    .unwrap();
    assert_eq!(moved.raw.1.load(Ordering::Relaxed), 1);
    assert_eq!(moved.len, 2);
    assert_eq!(moved.raw.0, TABLE.as_ptr());
}
