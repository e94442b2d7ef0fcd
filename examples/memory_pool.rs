//! The motivating case of thread-safe: a memory pool of raw allocations, shared between threads.
//!
//! A pool caches freed blocks as raw pointers (`HashMap<usize, Vec<*mut u8>>`), so the compiler
//! derives neither `Send` nor `Sync` for it, and clippy's `arc_with_non_send_sync` flags the
//! `Arc` that shares it. The usual fix, a hand-written `unsafe impl Send`, vouches for every field
//! the type will ever get. Here the vouch names the one field that needs it, `pools`, and says why
//! that is sound; the compiler still checks every other field, so adding an `Rc` field later is a
//! compile error at that field: docs/errors.md shows it for both pools, in the cases
//! `thread_safe/memory_pool_mutex_rc_added` and `thread_safe/memory_pool_rwlock_rc_added`.
//!
//! Which traits to vouch depends on how the pool is shared:
//!
//! - `Arc<Mutex<MemoryPool>>` needs only `MemoryPool: Send`: a `Mutex` lends the pool to one
//!   thread at a time, so the pool moves between threads but is never used by two at once.
//!   `MemoryPool` vouches `Send` and stays not `Sync`.
//! - `Arc<RwLock<SharedMemoryPool>>` needs `SharedMemoryPool: Send + Sync`: readers hold
//!   `&SharedMemoryPool` on several threads at once. It vouches both, and the `Sync` reason holds
//!   because its `&self` methods read sizes and counters only, never a cached pointer.
//!
//! Run: `cargo run --example memory_pool`

use std::alloc::{self, Layout};
use std::collections::HashMap;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::thread;

use thread_safe::{assert_not_sync, assert_send, assert_send_sync, thread_safe};

/// A pool that is lent to one thread at a time, behind a `Mutex`.
#[thread_safe(
    send = "The pool is the only owner of every block cached in `pools`: a block leaves the map \
            when it is handed out and comes back when it is released, and Drop frees what is \
            left. Moving the pool moves that sole ownership."
)]
struct MemoryPool {
    #[thread_safe(unchecked = "raw allocations owned by the pool")]
    pools: HashMap<usize, Vec<*mut u8>>,
    pool_sizes: Vec<usize>,
    total_allocated: AtomicUsize,
    max_size: usize,
}

/// The same pool for an `RwLock`: monitors read its statistics on several threads at once.
#[thread_safe(
    send = "The pool is the only owner of every block cached in `pools`: a block leaves the map \
            when it is handed out and comes back when it is released, and Drop frees what is \
            left. Moving the pool moves that sole ownership.",
    sync = "Methods taking `&self` read the sizes, the counter and the lengths of the free \
            lists; none reads, writes or returns a cached pointer, so shared use cannot race."
)]
struct SharedMemoryPool {
    #[thread_safe(unchecked = "raw allocations owned by the pool, never touched through &self")]
    pools: HashMap<usize, Vec<*mut u8>>,
    pool_sizes: Vec<usize>,
    total_allocated: AtomicUsize,
    max_size: usize,
}

assert_send!(MemoryPool);
assert_not_sync!(MemoryPool);
assert_send_sync!(SharedMemoryPool, Arc<Mutex<MemoryPool>>, Arc<RwLock<SharedMemoryPool>>);

/// Blocks obtained from the system allocator and not yet returned, across all pools.
static LIVE_BLOCKS: AtomicUsize = AtomicUsize::new(0);

const SIZE_CLASSES: [usize; 4] = [64, 256, 1024, 4096];
const ALIGN: usize = 16;

/// A block lent out by a pool, to be released to the same pool.
struct Block {
    ptr: NonNull<u8>,
    size: usize,
}

impl Block {
    /// Ends the lend: the pointer goes back to the pool's free list.
    fn into_raw(self) -> *mut u8 {
        self.ptr.as_ptr()
    }

    fn bytes_mut(&mut self) -> &mut [u8] {
        // SAFETY: `ptr` is a zeroed allocation of `size` bytes that only this `Block` points at
        // while it is lent out, and `&mut self` makes this borrow the only one.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.size) }
    }
}

fn layout(size: usize) -> Layout {
    Layout::from_size_align(size, ALIGN).expect("size classes are small multiples of ALIGN")
}

/// Takes a cached block of the smallest class that fits `len`, or allocates one if the limit
/// allows. Shared by both pools: they differ only in what they vouch.
fn take_block(
    pools: &mut HashMap<usize, Vec<*mut u8>>,
    pool_sizes: &[usize],
    total_allocated: &AtomicUsize,
    max_size: usize,
    len: usize,
) -> Option<(Block, bool)> {
    let size = *pool_sizes.iter().find(|&&size| size >= len)?;
    if let Some(ptr) = pools.get_mut(&size).and_then(Vec::pop) {
        return Some((Block { ptr: NonNull::new(ptr)?, size }, false));
    }
    if total_allocated.load(Ordering::Relaxed) + size > max_size {
        return None;
    }
    // SAFETY: the layout has a non-zero size (every size class is at least 64 bytes).
    let ptr = unsafe { alloc::alloc_zeroed(layout(size)) };
    let Some(ptr) = NonNull::new(ptr) else { alloc::handle_alloc_error(layout(size)) };
    total_allocated.fetch_add(size, Ordering::Relaxed);
    LIVE_BLOCKS.fetch_add(1, Ordering::Relaxed);
    Some((Block { ptr, size }, true))
}

fn free_all(pools: &mut HashMap<usize, Vec<*mut u8>>) {
    for (size, blocks) in pools.drain() {
        for ptr in blocks {
            // SAFETY: every cached pointer came from `alloc_zeroed(layout(size))` in `take_block`
            // and is owned by this pool alone, so it is freed exactly once, here.
            unsafe { alloc::dealloc(ptr, layout(size)) };
            LIVE_BLOCKS.fetch_sub(1, Ordering::Relaxed);
        }
    }
}

impl MemoryPool {
    fn new(max_size: usize) -> Self {
        Self {
            pools: HashMap::new(),
            pool_sizes: SIZE_CLASSES.to_vec(),
            total_allocated: AtomicUsize::new(0),
            max_size,
        }
    }

    /// The block, and whether it was freshly allocated rather than reused.
    fn allocate(&mut self, len: usize) -> Option<(Block, bool)> {
        take_block(&mut self.pools, &self.pool_sizes, &self.total_allocated, self.max_size, len)
    }

    fn release(&mut self, block: Block) {
        let size = block.size;
        self.pools.entry(size).or_default().push(block.into_raw());
    }

    fn cached_blocks(&self) -> usize {
        self.pools.values().map(Vec::len).sum()
    }
}

impl Drop for MemoryPool {
    fn drop(&mut self) {
        free_all(&mut self.pools);
    }
}

impl SharedMemoryPool {
    fn new(max_size: usize) -> Self {
        Self {
            pools: HashMap::new(),
            pool_sizes: SIZE_CLASSES.to_vec(),
            total_allocated: AtomicUsize::new(0),
            max_size,
        }
    }

    fn allocate(&mut self, len: usize) -> Option<(Block, bool)> {
        take_block(&mut self.pools, &self.pool_sizes, &self.total_allocated, self.max_size, len)
    }

    fn release(&mut self, block: Block) {
        let size = block.size;
        self.pools.entry(size).or_default().push(block.into_raw());
    }

    /// Cached blocks and bytes allocated so far: what a monitor reads under a read lock.
    fn stats(&self) -> (usize, usize) {
        let cached = self.pools.values().map(Vec::len).sum();
        (cached, self.total_allocated.load(Ordering::Relaxed))
    }
}

impl Drop for SharedMemoryPool {
    fn drop(&mut self) {
        free_all(&mut self.pools);
    }
}

/// A request size for round `round` of worker `worker`: a spread over all four size classes.
fn request_len(worker: usize, round: usize) -> usize {
    48 + (worker * 97 + round * 389) % 4000
}

/// Fills a block with a worker's signature and checks that nobody else wrote to it meanwhile.
fn use_block(block: &mut Block, worker: usize) {
    let signature = u8::try_from(worker).expect("few workers");
    let bytes = block.bytes_mut();
    bytes.fill(signature);
    thread::yield_now();
    assert!(bytes.iter().all(|&b| b == signature), "a block was shared by two workers");
}

const WORKERS: usize = 4;
const ROUNDS: usize = 100;
const LIMIT: usize = 64 * 1024;

fn mutex_story() {
    let pool = Arc::new(Mutex::new(MemoryPool::new(LIMIT)));
    let fresh: usize = thread::scope(|s| {
        let handles: Vec<_> = (0..WORKERS)
            .map(|worker| {
                let pool = Arc::clone(&pool);
                s.spawn(move || {
                    let mut fresh = 0;
                    for round in 0..ROUNDS {
                        let allocated = pool.lock().unwrap().allocate(request_len(worker, round));
                        let (mut block, new) = allocated.expect("the limit fits every worker");
                        fresh += usize::from(new);
                        use_block(&mut block, worker);
                        pool.lock().unwrap().release(block);
                    }
                    fresh
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).sum()
    });
    let pool = pool.lock().unwrap();
    println!(
        "1. Arc<Mutex<MemoryPool>>: MemoryPool is vouched Send only (Mutex<T> is Sync when T: Send).\n   \
         {WORKERS} workers made {} allocations of 48..4048 bytes: {fresh} came from the system \
         allocator, {} were reused.\n   \
         The pool now caches {} blocks, {} allocated of its {} KiB limit.",
        WORKERS * ROUNDS,
        WORKERS * ROUNDS - fresh,
        pool.cached_blocks(),
        format_kib(pool.total_allocated.load(Ordering::Relaxed)),
        LIMIT / 1024,
    );
}

fn rwlock_story() {
    let pool = Arc::new(RwLock::new(SharedMemoryPool::new(LIMIT)));
    let checks: usize = thread::scope(|s| {
        for worker in 0..WORKERS / 2 {
            let pool = Arc::clone(&pool);
            s.spawn(move || {
                for round in 0..ROUNDS {
                    let allocated = pool.write().unwrap().allocate(request_len(worker, round));
                    let (mut block, _) = allocated.expect("the limit fits every worker");
                    use_block(&mut block, worker);
                    pool.write().unwrap().release(block);
                }
            });
        }
        let monitors: Vec<_> = (0..WORKERS / 2)
            .map(|_| {
                let pool = Arc::clone(&pool);
                s.spawn(move || {
                    let within_limit = |_: &usize| pool.read().unwrap().stats().1 <= LIMIT;
                    (0..ROUNDS).filter(within_limit).count()
                })
            })
            .collect();
        monitors.into_iter().map(|h| h.join().unwrap()).sum()
    });
    let (cached, total) = pool.read().unwrap().stats();
    println!(
        "2. Arc<RwLock<SharedMemoryPool>>: vouched Send + Sync (RwLock<T> is Sync only when T: \
         Send + Sync).\n   \
         {} writers made {} allocations while {} monitors, holding read locks at the same time, \
         checked {checks} times that the pool kept within its limit.\n   \
         The pool now caches {cached} blocks, {} allocated.",
        WORKERS / 2,
        WORKERS / 2 * ROUNDS,
        WORKERS / 2,
        format_kib(total),
    );
    assert_eq!(checks, WORKERS / 2 * ROUNDS, "the pool went over its limit");
}

fn format_kib(bytes: usize) -> String {
    format!("{:.1} KiB", f64::from(u32::try_from(bytes).unwrap_or(u32::MAX)) / 1024.0)
}

fn main() {
    println!("memory_pool: one pool of raw allocations, shared between threads two ways.\n");
    mutex_story();
    rwlock_story();
    let live = LIVE_BLOCKS.load(Ordering::Relaxed);
    println!("\nBoth pools dropped: {live} blocks still allocated (every block was freed once).");
    println!(
        "Only `pools` is vouched for: an `Rc` field added to either pool later is a compile error \
         at that field (docs/errors.md, case thread_safe/memory_pool_mutex_rc_added)."
    );
    assert_eq!(live, 0, "the pools leaked blocks");
}
