// RUSTSEC-2020-0149 (appendix): an `Index<u32, Rc<str>>` cannot be sent to another thread.
// Fix: store `Send + Sync` keys and values in an `Index` (`Arc<str>` instead of `Rc<str>`).
use std::rc::Rc;
use thread_safe::thread_safe;

#[thread_safe(reason = "the index owns its entries, allocated by `insert` and freed by `drop`")]
pub struct Index<K, V> {
    #[thread_safe(unchecked)]
    entries: *mut (K, V),
    len: usize,
}

impl<K, V> Index<K, V> {
    pub fn with_entry(key: K, value: V) -> Self {
        Self { entries: Box::into_raw(Box::new((key, value))), len: 1 }
    }

    pub fn first(&self) -> &(K, V) {
        // SAFETY: `entries` came from `Box::into_raw` and lives as long as `self`.
        unsafe { &*self.entries }
    }
}

pub fn exploit() {
    let name: Rc<str> = Rc::from("shared");
    let index = Index::with_entry(1_u32, Rc::clone(&name));
    std::thread::spawn(move || drop(Rc::clone(&index.first().1)));
    drop(name);
}

fn main() {}
