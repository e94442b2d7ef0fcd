//! Annotated values really cross threads: generic vouched containers, explicit bounds, enums,
//! mixed mode and `Arc` fields, each moved into and shared between `std::thread::scope` threads.

use std::cell::{Cell, UnsafeCell};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, RwLock, Weak};
use std::thread;
use thread_safe::thread_safe;

/// A fixed-size buffer that owns its elements through a raw pointer.
#[thread_safe(reason = "`start` owns `len` initialised elements, freed only by `drop`")]
struct Slab<T> {
    #[thread_safe(unchecked)]
    start: NonNull<T>,
    len: usize,
}

impl<T> Slab<T> {
    fn new(values: Vec<T>) -> Self {
        let values: &mut [T] = Box::leak(values.into_boxed_slice());
        let len = values.len();
        Self { start: NonNull::from(values).cast(), len }
    }

    fn as_slice(&self) -> &[T] {
        // SAFETY: `start` points to `len` initialised elements owned by `self`.
        unsafe { std::slice::from_raw_parts(self.start.as_ptr(), self.len) }
    }

    fn as_mut_slice(&mut self) -> &mut [T] {
        // SAFETY: as in `as_slice`, and `&mut self` makes this the only access.
        unsafe { std::slice::from_raw_parts_mut(self.start.as_ptr(), self.len) }
    }
}

impl<T> Drop for Slab<T> {
    fn drop(&mut self) {
        let slice = std::ptr::slice_from_raw_parts_mut(self.start.as_ptr(), self.len);
        // SAFETY: `start` and `len` came from `Box::leak` of a boxed slice and are freed only here.
        drop(unsafe { Box::from_raw(slice) });
    }
}

/// A one-slot mailbox that only moves values: `T: Send` is enough for both traits.
#[thread_safe(
    reason = "the mailbox moves each `T` to one taker and never lends `&T`",
    bound = "T: Send"
)]
struct Mailbox<T> {
    busy: AtomicBool,
    #[thread_safe(unchecked)]
    slot: UnsafeCell<Option<T>>,
}

impl<T> Mailbox<T> {
    fn new() -> Self {
        Self { busy: AtomicBool::new(false), slot: UnsafeCell::new(None) }
    }

    fn with_slot<R>(&self, action: impl FnOnce(&mut Option<T>) -> R) -> R {
        while self.busy.swap(true, Ordering::Acquire) {
            std::hint::spin_loop();
        }
        // SAFETY: `busy` is held, so this is the only access to `slot`.
        let result = action(unsafe { &mut *self.slot.get() });
        self.busy.store(false, Ordering::Release);
        result
    }

    fn put(&self, value: T) -> Option<T> {
        self.with_slot(|slot| slot.replace(value))
    }

    fn take(&self) -> Option<T> {
        self.with_slot(Option::take)
    }
}

/// A spin lock: `Sync` vouched by the lock protocol, `Send` checked.
#[thread_safe(sync = "`value` is reached only through `lock`, by one thread at a time", send)]
struct SpinLock<T> {
    locked: AtomicBool,
    #[thread_safe(unchecked)]
    value: UnsafeCell<T>,
}

impl<T> SpinLock<T> {
    fn new(value: T) -> Self {
        Self { locked: AtomicBool::new(false), value: UnsafeCell::new(value) }
    }

    fn lock<R>(&self, action: impl FnOnce(&mut T) -> R) -> R {
        while self.locked.swap(true, Ordering::Acquire) {
            std::hint::spin_loop();
        }
        // SAFETY: `locked` is held, so this is the only access to `value`.
        let result = action(unsafe { &mut *self.value.get() });
        self.locked.store(false, Ordering::Release);
        result
    }

    fn into_inner(self) -> T {
        self.value.into_inner()
    }
}

/// Check mode with `Arc` and `Weak` fields.
#[thread_safe]
struct Registry {
    names: Arc<Mutex<Vec<String>>>,
    lookups: Arc<AtomicUsize>,
    parent: Weak<RwLock<String>>,
}

/// Check mode on a generic enum with an `Arc` variant.
#[thread_safe]
enum Job<T> {
    Run(T),
    Shared(Arc<RwLock<T>>),
    Stop,
}

/// Vouch mode on an enum whose unchecked variant points into static memory.
#[thread_safe(reason = "`Static` points into read-only memory that lives for the whole program")]
enum Bytes {
    Static(#[thread_safe(unchecked)] *const u8, usize),
    Owned(Vec<u8>),
}

impl Bytes {
    fn from_static(bytes: &'static [u8]) -> Self {
        Self::Static(bytes.as_ptr(), bytes.len())
    }

    fn as_slice(&self) -> &[u8] {
        match self {
            // SAFETY: the pointer and length came from a `&'static [u8]`.
            Self::Static(start, len) => unsafe { std::slice::from_raw_parts(*start, *len) },
            Self::Owned(bytes) => bytes,
        }
    }
}

/// Check mode with a lifetime, a type parameter and a const parameter.
#[thread_safe]
struct Window<'a, T, const N: usize> {
    recent: [T; N],
    history: &'a [T],
}

#[test]
fn borrowing_generic_with_const_parameter_is_shared() {
    let history: Vec<u64> = (1..=10).collect();
    let window = Window { recent: [9_u64, 10], history: &history };
    let sums: Vec<u64> = thread::scope(|scope| {
        let recent = scope.spawn(|| window.recent.iter().sum());
        let all = scope.spawn(|| window.history.iter().sum());
        vec![recent.join().unwrap(), all.join().unwrap()]
    });
    assert_eq!(sums, [19, 55]);
}

#[test]
fn generic_vouched_container_is_moved_and_shared() {
    let mut slab = Slab::new(vec![String::from("a"), String::from("bb"), String::from("ccc")]);
    slab = thread::scope(|scope| {
        scope
            .spawn(move || {
                slab.as_mut_slice()[0].push('!');
                slab
            })
            .join()
            .unwrap()
    });
    let total = AtomicUsize::new(0);
    thread::scope(|scope| {
        for index in 0..slab.len {
            let (slab, total) = (&slab, &total);
            scope.spawn(move || total.fetch_add(slab.as_slice()[index].len(), Ordering::Relaxed));
        }
    });
    assert_eq!(slab.as_slice()[0], "a!");
    assert_eq!(total.into_inner(), 7);
}

#[test]
fn explicit_send_bound_carries_a_cell_between_threads() {
    let mailbox = Mailbox::new();
    thread::scope(|scope| {
        scope.spawn(|| assert!(mailbox.put(Cell::new(41_u32)).is_none()));
    });
    let received = thread::scope(|scope| {
        scope
            .spawn(|| {
                let cell = mailbox.take().expect("the value was put before");
                cell.set(cell.get() + 1);
                cell
            })
            .join()
            .unwrap()
    });
    assert_eq!(received.get(), 42);
    assert!(mailbox.take().is_none());
}

#[test]
fn mixed_mode_lock_is_shared_by_many_threads() {
    let lock = SpinLock::new(Vec::new());
    thread::scope(|scope| {
        for worker in 0..4_u32 {
            let lock = &lock;
            scope.spawn(move || {
                for step in 0..100 {
                    lock.lock(|values| values.push(worker * 1000 + step));
                }
            });
        }
    });
    let mut values = thread::spawn(move || lock.into_inner()).join().unwrap();
    values.sort_unstable();
    values.dedup();
    assert_eq!(values.len(), 400);
}

#[test]
fn arc_fields_are_cloned_into_threads() {
    let parent = Arc::new(RwLock::new(String::from("root")));
    let registry = Registry {
        names: Arc::default(),
        lookups: Arc::default(),
        parent: Arc::downgrade(&parent),
    };
    thread::scope(|scope| {
        for index in 0..3 {
            let registry = &registry;
            scope.spawn(move || {
                registry.lookups.fetch_add(1, Ordering::Relaxed);
                let parent = registry.parent.upgrade().expect("the parent outlives the scope");
                let name = format!("{}/{index}", parent.read().unwrap());
                registry.names.lock().unwrap().push(name);
            });
        }
    });
    let registry = thread::spawn(move || registry).join().unwrap();
    assert_eq!(registry.lookups.load(Ordering::Relaxed), 3);
    assert_eq!(registry.names.lock().unwrap().len(), 3);
}

#[test]
fn generic_enum_with_arc_variant_is_sent_and_shared() {
    let shared = Arc::new(RwLock::new(0_u64));
    let jobs = vec![Job::Run(5_u64), Job::Shared(Arc::clone(&shared)), Job::Stop];
    let results: Vec<u64> = thread::scope(|scope| {
        let handles: Vec<_> = jobs
            .into_iter()
            .map(|job| {
                scope.spawn(move || match job {
                    Job::Run(value) => value * 2,
                    Job::Shared(cell) => {
                        *cell.write().unwrap() += 1;
                        1
                    }
                    Job::Stop => 0,
                })
            })
            .collect();
        handles.into_iter().map(|handle| handle.join().unwrap()).collect()
    });
    assert_eq!(results, [10, 1, 0]);
    assert_eq!(*shared.read().unwrap(), 1);
}

#[test]
fn vouched_enum_is_shared_and_sent() {
    static TABLE: [u8; 4] = [1, 2, 3, 4];
    let sources = [Bytes::from_static(&TABLE), Bytes::Owned(vec![5, 6])];
    let sums: Vec<u32> = thread::scope(|scope| {
        let handles: Vec<_> = sources
            .iter()
            .map(|bytes| scope.spawn(move || bytes.as_slice().iter().map(|&b| u32::from(b)).sum()))
            .collect();
        handles.into_iter().map(|handle| handle.join().unwrap()).collect()
    });
    assert_eq!(sums, [10, 11]);
    let moved = thread::spawn(move || sources).join().unwrap();
    assert_eq!(moved[0].as_slice(), TABLE);
}
