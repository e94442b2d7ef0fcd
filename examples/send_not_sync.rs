//! A type that may move to another thread but must never be shared: vouched `Send`, not `Sync`.
//!
//! `Arena` is a bump allocator: it owns one chunk of memory behind a raw pointer and hands out
//! slices of it, advancing a `Cell<usize>` cursor through `&self`. The raw pointer makes it
//! neither `Send` nor `Sync`. Moving the whole arena to a worker thread is sound (it owns the
//! chunk, and no slice it handed out can outlive a borrow of it), so it vouches `Send`. Sharing
//! it is not: two threads bumping the same `Cell` through `&Arena` would race and hand out
//! overlapping slices. So it does not name `Sync` at all: the compiler's rules apply, the `Cell`
//! keeps it `!Sync`, and `assert_not_sync!` below makes that a tested fact instead of an
//! accident, so that nobody "fixes" a future compile error with `unsafe impl Sync`.
//!
//! Run: `cargo run --example send_not_sync`

use std::alloc::{self, Layout};
use std::cell::Cell;
use std::sync::mpsc;
use std::thread;

use thread_safe::{assert_not_sync, assert_send, thread_safe};

/// A bump allocator for one thread at a time.
#[thread_safe(send = "The arena is the sole owner of the chunk that `start` points to and frees \
            it in Drop; every slice it hands out borrows the arena, so none is left \
            behind when the arena moves to another thread.")]
struct Arena {
    #[thread_safe(unchecked = "the arena's own chunk")]
    start: *mut u8,
    capacity: usize,
    used: Cell<usize>,
}

assert_send!(Arena);
assert_not_sync!(Arena);

impl Arena {
    fn with_capacity(capacity: usize) -> Self {
        let layout = Self::layout(capacity);
        // SAFETY: `layout` has a non-zero size (`layout` rounds a zero capacity up to one).
        let start = unsafe { alloc::alloc_zeroed(layout) };
        if start.is_null() {
            alloc::handle_alloc_error(layout);
        }
        Self { start, capacity, used: Cell::new(0) }
    }

    fn layout(capacity: usize) -> Layout {
        Layout::array::<u8>(capacity.max(1)).expect("arena capacity fits in isize")
    }

    /// A zeroed slice of `len` bytes from the chunk, or `None` when the chunk is used up.
    // Each call hands out a new range, disjoint from every earlier one.
    #[allow(clippy::mut_from_ref)]
    fn alloc(&self, len: usize) -> Option<&mut [u8]> {
        let offset = self.used.get();
        let end = offset.checked_add(len).filter(|&end| end <= self.capacity)?;
        self.used.set(end);
        // SAFETY: `offset..end` lies inside the zeroed chunk and no earlier call handed out any
        // of it (the cursor only grows); the slice borrows `self`, so it cannot outlive the
        // chunk, and `Arena: !Sync` keeps other threads from bumping the cursor meanwhile.
        Some(unsafe { std::slice::from_raw_parts_mut(self.start.add(offset), len) })
    }

    fn used(&self) -> usize {
        self.used.get()
    }
}

impl Drop for Arena {
    fn drop(&mut self) {
        // SAFETY: `start` was allocated in `with_capacity` with this layout and is freed once.
        unsafe { alloc::dealloc(self.start, Self::layout(self.capacity)) };
    }
}

/// Copies the words of `text` into the arena, upper-cased, and returns them.
fn shout_words<'a>(arena: &'a Arena, text: &str) -> Vec<&'a [u8]> {
    let mut copied = Vec::new();
    for word in text.split_whitespace() {
        let Some(buffer) = arena.alloc(word.len()) else {
            break;
        };
        buffer.copy_from_slice(word.as_bytes());
        buffer.make_ascii_uppercase();
        copied.push(&*buffer);
    }
    copied
}

const TEXTS: [&str; 3] = [
    "the quick brown fox jumps over the lazy dog",
    "a raw pointer is neither send nor sync",
    "move the arena to a thread but never share it",
];

fn main() {
    let (results, collected) = mpsc::channel();
    let workers: Vec<_> = TEXTS
        .iter()
        .enumerate()
        .map(|(worker, text)| {
            // Built here, used there: the arena moves into the worker (that is `Send`).
            let arena = Arena::with_capacity(256);
            let results = results.clone();
            thread::spawn(move || {
                let words = shout_words(&arena, text);
                let last = String::from_utf8_lossy(words.last().copied().unwrap_or_default());
                let report = (worker, words.len(), arena.used(), last.into_owned());
                results.send(report).expect("main is listening");
            })
        })
        .collect();
    drop(results);
    for worker in workers {
        worker.join().expect("a worker panicked");
    }
    let mut reports: Vec<_> = collected.iter().collect();
    reports.sort_unstable();
    for (worker, words, used, last) in &reports {
        println!(
            "worker {worker}: its own Arena held {words} words in {used} bytes, the last {last}"
        );
    }
    println!(
        "send_not_sync: {} arenas were built on the main thread and moved to workers; none was \
         shared (Arena is Send, and assert_not_sync! keeps it !Sync).",
        reports.len()
    );
    assert_eq!(reports.len(), TEXTS.len());
}
