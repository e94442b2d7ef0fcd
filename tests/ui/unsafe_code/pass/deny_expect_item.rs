// Under `#![deny(unsafe_code)]`, `#[expect(unsafe_code)]` on a vouched type opts it in, and the
// expectation is fulfilled (by each generated impl), so no `unfulfilled_lint_expectations` warning.
#![deny(unsafe_code)]
#![deny(unfulfilled_lint_expectations)]

use std::cell::Cell;
use thread_safe::thread_safe;

#[expect(unsafe_code, reason = "the handle protocol is documented in the reasons")]
#[thread_safe(
    send = "the raw handle is owned and moves with the value",
    sync = "`hits` is only touched by the thread that owns the handle"
)]
pub struct Handle {
    #[thread_safe(unchecked)]
    raw: *mut u8,
    #[thread_safe(unchecked)]
    hits: Cell<u32>,
}

fn main() {
    let handle = Handle { raw: std::ptr::null_mut(), hits: Cell::new(0) };
    let moved = std::thread::spawn(move || handle).join().unwrap();
    moved.hits.set(1);
    assert!(moved.raw.is_null());
}
