// `#[expect(unsafe_code)]` on a vouched type under `deny(unsafe_code)` moves onto the generated impls, where it is fulfilled.
#![deny(unsafe_code)]
#![deny(warnings)]
use thread_safe::thread_safe;

#[expect(unsafe_code, reason = "the table is immutable and audited")]
#[thread_safe(reason = "`base` points into a static table that is never written")]
pub struct Table {
    #[thread_safe(unchecked)]
    pub base: *const u8,
}

fn main() {}
