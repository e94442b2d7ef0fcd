// Check mode emits no unsafe code, so it compiles under `#![forbid(unsafe_code)]`.
#![forbid(unsafe_code)]

use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use thread_safe::thread_safe;

#[thread_safe]
pub struct Counter {
    hits: AtomicUsize,
    log: Arc<Mutex<Vec<String>>>,
}

#[thread_safe(send)]
pub struct Scratch {
    cell: Cell<u8>,
}

#[thread_safe(bound = "T: Send")]
pub struct Locked<T>(Mutex<T>);

#[thread_safe]
pub enum Message {
    Text(String),
    Shared(Arc<AtomicUsize>),
}

fn main() {
    let counter = Counter { hits: AtomicUsize::new(0), log: Arc::default() };
    let scratch = Scratch { cell: Cell::new(1) };
    let locked = Locked(Mutex::new(Cell::new(2_u8)));
    let messages = [Message::Text(String::from("hi")), Message::Shared(Arc::default())];
    std::thread::scope(|scope| {
        scope.spawn(|| counter.hits.fetch_add(1, Ordering::Relaxed));
        scope.spawn(|| counter.log.lock().unwrap().push(String::from("ran")));
        scope.spawn(move || scratch.cell.get());
        scope.spawn(|| locked.0.lock().unwrap().set(3));
        for message in &messages {
            scope.spawn(move || match message {
                Message::Text(text) => text.len(),
                Message::Shared(count) => count.load(Ordering::Relaxed),
            });
        }
    });
    assert_eq!(counter.hits.load(Ordering::Relaxed), 1);
}
