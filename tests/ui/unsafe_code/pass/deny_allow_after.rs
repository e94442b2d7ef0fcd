// `#[allow(unsafe_code)]` written after `#[thread_safe]` opts the vouched type in as well.
#![deny(unsafe_code)]

use thread_safe::thread_safe;

#[thread_safe(reason = "`base` points into a static table that is never written")]
#[allow(unsafe_code)]
pub struct Table {
    #[thread_safe(unchecked)]
    base: *const u8,
    len: usize,
}

fn main() {
    let table = Table { base: std::ptr::null(), len: 0 };
    let moved = std::thread::spawn(move || table).join().unwrap();
    assert!(moved.base.is_null());
    assert_eq!(moved.len, 0);
}
