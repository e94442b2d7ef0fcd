// What the assertions promise holds at run time: the asserted types really cross threads.
use std::sync::{Arc, Mutex};
use std::thread;
use thread_safe::assert_send_sync;

struct Ledger {
    entries: Mutex<Vec<u32>>,
}

assert_send_sync!(Ledger, Arc<Ledger>);

fn main() {
    let ledger = Arc::new(Ledger { entries: Mutex::new(Vec::new()) });
    let handles: Vec<_> = (0..4)
        .map(|n| {
            let ledger = Arc::clone(&ledger);
            thread::spawn(move || ledger.entries.lock().unwrap().push(n))
        })
        .collect();
    for handle in handles {
        handle.join().unwrap();
    }
    assert_eq!(ledger.entries.lock().unwrap().len(), 4);
}
