// Under `#![deny(unsafe_code)]`, `#[allow(unsafe_code)]` on one vouched type lets it opt in.
#![deny(unsafe_code)]

use thread_safe::thread_safe;

#[allow(unsafe_code)]
#[thread_safe(reason = "`base` points into a static table that is never written")]
pub struct Table {
    #[thread_safe(unchecked)]
    base: *const u8,
    len: usize,
}

static BYTES: [u8; 3] = [1, 2, 3];

fn main() {
    let table = Table { base: BYTES.as_ptr(), len: BYTES.len() };
    let moved = std::thread::spawn(move || table).join().unwrap();
    assert_eq!(moved.base, BYTES.as_ptr());
    assert_eq!(moved.len, 3);
}
