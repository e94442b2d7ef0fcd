//! Values of `#[thread_safe]` types, checked and vouched, generic ones included, really cross
//! threads: moved into scoped threads (`Send`) and shared by reference between them (`Sync`).

use std::collections::HashMap;
use std::marker::PhantomData;
use std::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::thread;
use thread_safe::thread_safe;

#[thread_safe]
struct Counter {
    hits: AtomicUsize,
    names: Arc<Mutex<Vec<String>>>,
}

#[thread_safe]
struct Pair<T>(T, Arc<T>);

#[thread_safe(send = "each block is owned by the pool and only dereferenced through &mut self")]
struct MemoryPool {
    #[thread_safe(unchecked = "owned blocks")]
    blocks: HashMap<usize, Vec<*mut u8>>,
    total: AtomicUsize,
}

impl MemoryPool {
    fn new() -> Self {
        Self { blocks: HashMap::new(), total: AtomicUsize::new(0) }
    }

    fn allocate(&mut self, size: usize) {
        let block = Box::into_raw(vec![0_u8; size].into_boxed_slice()).cast::<u8>();
        self.blocks.entry(size).or_default().push(block);
        self.total.fetch_add(size, Ordering::Relaxed);
    }
}

impl Drop for MemoryPool {
    fn drop(&mut self) {
        for (size, blocks) in self.blocks.drain() {
            for block in blocks {
                let slice = std::ptr::slice_from_raw_parts_mut(block, size);
                // SAFETY: every block came from `Box::into_raw` of a boxed slice of `size` bytes
                // in `allocate` and is freed once, here.
                drop(unsafe { Box::from_raw(slice) });
            }
        }
    }
}

/// The same pool shared as `Arc<RwLock<_>>`, which needs `Sync` too.
#[thread_safe(
    reason = "readers only read `total`; the pointers are only dereferenced with the write lock"
)]
struct SharedPool {
    #[thread_safe(unchecked = "owned blocks")]
    blocks: Vec<*mut u8>,
    total: AtomicUsize,
}

/// A uniquely owning pointer, the classic hand-written `unsafe impl<T> Send` made sound.
#[thread_safe(reason = "`ptr` comes from Box::into_raw in new and is freed once in Drop: a Box<T>")]
struct MyBox<T> {
    #[thread_safe(unchecked)]
    ptr: *mut T,
    _owns: PhantomData<T>,
}

impl<T> MyBox<T> {
    fn new(value: T) -> Self {
        Self { ptr: Box::into_raw(Box::new(value)), _owns: PhantomData }
    }

    fn get(&self) -> &T {
        // SAFETY: `ptr` is valid from `new` until `drop`, and `&self` keeps the box alive.
        unsafe { &*self.ptr }
    }
}

impl<T> Drop for MyBox<T> {
    fn drop(&mut self) {
        // SAFETY: `ptr` came from `Box::into_raw` in `new` and is freed only here.
        drop(unsafe { Box::from_raw(self.ptr) });
    }
}

/// A one-slot lock-free cell: its `AtomicPtr<T>` is unchecked, so `T: Send + Sync` is required.
#[thread_safe(reason = "the slot owns its boxed value; swap hands ownership to exactly one thread")]
struct Slot<T> {
    #[thread_safe(unchecked)]
    value: AtomicPtr<T>,
}

impl<T> Slot<T> {
    fn new(value: T) -> Self {
        Self { value: AtomicPtr::new(Box::into_raw(Box::new(value))) }
    }

    fn take(&self) -> Option<T> {
        let ptr = self.value.swap(std::ptr::null_mut(), Ordering::AcqRel);
        // SAFETY: a non-null pointer came from `Box::into_raw` and the swap gave it to us alone.
        (!ptr.is_null()).then(|| *unsafe { Box::from_raw(ptr) })
    }
}

impl<T> Drop for Slot<T> {
    fn drop(&mut self) {
        drop(self.take());
    }
}

#[test]
fn checked_values_are_sent_and_shared() {
    let counter = Counter { hits: AtomicUsize::new(0), names: Arc::default() };
    thread::scope(|s| {
        for i in 0..4 {
            let counter = &counter;
            s.spawn(move || {
                counter.hits.fetch_add(1, Ordering::Relaxed);
                counter.names.lock().unwrap().push(format!("worker {i}"));
            });
        }
    });
    assert_eq!(counter.hits.load(Ordering::Relaxed), 4);
    assert_eq!(counter.names.lock().unwrap().len(), 4);

    let pair = Pair(String::from("moved"), Arc::new(String::from("shared")));
    let moved = thread::scope(|s| s.spawn(move || pair.0.len() + pair.1.len()).join().unwrap());
    assert_eq!(moved, 11);
}

#[test]
fn vouched_memory_pool_works_under_mutex_and_rwlock() {
    let pool = Arc::new(Mutex::new(MemoryPool::new()));
    thread::scope(|s| {
        for size in [16, 32, 64] {
            let pool = &pool;
            s.spawn(move || pool.lock().unwrap().allocate(size));
        }
    });
    assert_eq!(pool.lock().unwrap().total.load(Ordering::Relaxed), 112);

    let pool = Arc::new(RwLock::new(SharedPool { blocks: Vec::new(), total: AtomicUsize::new(0) }));
    pool.write().unwrap().total.store(8, Ordering::Relaxed);
    let seen = thread::scope(|s| {
        let readers: Vec<_> = (0..3)
            .map(|_| s.spawn(|| pool.read().unwrap().total.load(Ordering::Relaxed)))
            .collect();
        readers.into_iter().map(|r| r.join().unwrap()).sum::<usize>()
    });
    assert_eq!(seen, 24);
    assert!(pool.read().unwrap().blocks.is_empty());
}

#[test]
fn vouched_generic_values_are_sent_and_shared() {
    let boxed = MyBox::new(vec![1, 2, 3]);
    let sum = thread::scope(|s| {
        let a = s.spawn(|| boxed.get().iter().sum::<i32>());
        let b = s.spawn(|| boxed.get().len());
        a.join().unwrap() + i32::try_from(b.join().unwrap()).unwrap()
    });
    assert_eq!(sum, 9);
    let moved = thread::scope(|s| s.spawn(move || boxed.get().len()).join().unwrap());
    assert_eq!(moved, 3);

    let slot = Slot::new(String::from("once"));
    let taken = thread::scope(|s| {
        let handles: Vec<_> = (0..4).map(|_| s.spawn(|| slot.take())).collect();
        handles.into_iter().filter_map(|h| h.join().unwrap()).collect::<Vec<_>>()
    });
    assert_eq!(taken, ["once"]);
}
