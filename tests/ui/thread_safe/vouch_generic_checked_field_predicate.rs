// A checked generic field becomes a where-clause predicate: `Sorted<Cell<u8>>` is not `Sync` because its `Vec<Cell<u8>>` is not.
// Fix: use the type with a `T` that is `Sync`, or mark the field unchecked if the vouch really covers it.
use std::cell::Cell;
use thread_safe::thread_safe;

#[thread_safe(reason = "the cursor points into `items` and is only moved by &mut self methods")]
pub struct Sorted<T> {
    items: Vec<T>,
    #[thread_safe(unchecked)]
    cursor: *const u8,
}

fn require_sync<T: Sync>() {}

pub fn share_cells() {
    require_sync::<Sorted<Cell<u8>>>();
}

fn main() {}
