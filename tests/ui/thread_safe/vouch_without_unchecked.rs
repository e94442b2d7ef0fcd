// A reason with no unchecked field: every field is checked, so the `unsafe impl` would only hide future fields.
// Fix: drop the reason and write `#[thread_safe]`, or mark the field the reason covers `unchecked`.
use thread_safe::thread_safe;

#[thread_safe(reason = "all fields are plain integers that can be copied anywhere")]
pub struct Point {
    x: i32,
    y: i32,
}

fn main() {}
