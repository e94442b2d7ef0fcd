// With `bound = "T: Send"`, check mode no longer assumes `T: Sync`, so a `Vec<T>` field is not `Sync`.
// Fix: wrap the values in a `Mutex` (`Mutex<Vec<T>>` is `Sync` when `T: Send`), or widen the bound.
use thread_safe::thread_safe;

#[thread_safe(bound = "T: Send")]
pub struct Queue<T> {
    items: Vec<T>,
}

fn main() {}
