//! What the assertions promise holds at run time: values of the asserted types really move to
//! and are shared with other threads (`std::thread::scope`), with the results checked.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, RwLock};
use std::thread;

use thread_safe::{assert_send, assert_send_sync, assert_sync};

/// Moved to a worker thread and sent back: `Send` is what that needs.
struct Job {
    id: u32,
    payload: Vec<u8>,
}

/// Shared by reference between threads: `Sync` is what that needs.
struct Stats {
    processed: AtomicUsize,
    by_id: Mutex<HashMap<u32, usize>>,
}

/// Shared through an `Arc` and written under a lock.
struct Catalog {
    names: RwLock<Vec<String>>,
}

/// `Mutex<T>` needs only `T: Send` to be `Sync`: the cell inside is never shared unlocked.
struct Tally {
    count: std::cell::Cell<u64>,
}

assert_send!(Job, Vec<Job>);
assert_sync!(Stats);
assert_send_sync!(Catalog, Arc<Catalog>, Mutex<Tally>);
assert_send_sync!(<T: Send> Arc<Mutex<T>>);

fn process(job: &Job, stats: &Stats) -> usize {
    stats.processed.fetch_add(1, Ordering::Relaxed);
    stats.by_id.lock().unwrap().insert(job.id, job.payload.len());
    job.payload.iter().map(|&byte| usize::from(byte)).sum()
}

#[test]
fn jobs_move_to_workers_and_stats_are_shared() {
    let stats = Stats { processed: AtomicUsize::new(0), by_id: Mutex::new(HashMap::new()) };
    let jobs: Vec<Job> = (0..8).map(|id| Job { id, payload: vec![1; id as usize] }).collect();

    let totals: Vec<usize> = thread::scope(|scope| {
        let handles: Vec<_> = jobs
            .into_iter()
            .map(|job| {
                let stats = &stats;
                scope.spawn(move || process(&job, stats))
            })
            .collect();
        handles.into_iter().map(|handle| handle.join().unwrap()).collect()
    });

    assert_eq!(totals, (0..8).collect::<Vec<usize>>());
    assert_eq!(stats.processed.load(Ordering::Relaxed), 8);
    assert_eq!(stats.by_id.lock().unwrap().get(&5), Some(&5));
}

#[test]
fn jobs_travel_through_a_channel_and_back() {
    let (to_worker, worker_inbox) = mpsc::channel::<Job>();
    let (to_main, main_inbox) = mpsc::channel::<Job>();

    thread::scope(|scope| {
        scope.spawn(move || {
            for mut job in worker_inbox {
                job.payload.push(0xff);
                to_main.send(job).unwrap();
            }
        });
        for id in 0..3 {
            to_worker.send(Job { id, payload: vec![] }).unwrap();
        }
        drop(to_worker);
    });

    let returned: Vec<(u32, Vec<u8>)> =
        main_inbox.iter().map(|job| (job.id, job.payload)).collect();
    assert_eq!(returned, vec![(0, vec![0xff]), (1, vec![0xff]), (2, vec![0xff])]);
}

#[test]
fn an_arc_catalog_is_written_and_read_from_many_threads() {
    let catalog = Arc::new(Catalog { names: RwLock::new(Vec::new()) });

    thread::scope(|scope| {
        for n in 0..4 {
            let catalog = Arc::clone(&catalog);
            scope.spawn(move || catalog.names.write().unwrap().push(format!("item-{n}")));
        }
    });
    let readers: Vec<usize> = thread::scope(|scope| {
        let handles: Vec<_> =
            (0..4).map(|_| scope.spawn(|| catalog.names.read().unwrap().len())).collect();
        handles.into_iter().map(|handle| handle.join().unwrap()).collect()
    });

    assert_eq!(readers, vec![4; 4]);
    let mut names = catalog.names.read().unwrap().clone();
    names.sort();
    assert_eq!(names, ["item-0", "item-1", "item-2", "item-3"]);
}

#[test]
fn a_mutex_shares_a_value_that_is_send_but_not_sync() {
    let tally = Mutex::new(Tally { count: std::cell::Cell::new(0) });

    thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| {
                for _ in 0..100 {
                    let guard = tally.lock().unwrap();
                    guard.count.set(guard.count.get() + 1);
                }
            });
        }
    });

    assert_eq!(tally.into_inner().unwrap().count.get(), 400);
}
