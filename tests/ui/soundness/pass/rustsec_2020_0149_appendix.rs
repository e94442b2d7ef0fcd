// RUSTSEC-2020-0149 (appendix): an `Index` of `Send + Sync` keys and values is sent and shared.
use std::sync::Arc;
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

    pub fn len(&self) -> usize {
        self.len
    }
}

impl<K, V> Drop for Index<K, V> {
    fn drop(&mut self) {
        // SAFETY: `entries` came from `Box::into_raw` and is freed only here.
        drop(unsafe { Box::from_raw(self.entries) });
    }
}

fn main() {
    let index = Index::with_entry(1_u32, Arc::<str>::from("shared"));
    std::thread::scope(|scope| {
        scope.spawn(|| assert_eq!(&*index.first().1, "shared"));
        scope.spawn(|| assert_eq!(index.len(), 1));
    });
    let moved = std::thread::spawn(move || index).join().unwrap();
    assert_eq!(moved.first().0, 1);
}
