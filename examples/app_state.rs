//! A service's shared state, checked (not vouched) with plain `#[thread_safe]`.
//!
//! Every worker thread of a service gets an `Arc<AppState>`. Nothing in it needs `unsafe`: locks,
//! atomics and `Arc`s of thread-safe types are `Send + Sync` on their own. The attribute without
//! arguments emits no unsafe code; it turns "this type is shared between threads" into a compile
//! time check on every field, at the place the type is defined. The day someone adds an
//! `Rc<Cache>` or a `RefCell` field, the error points at that field, in this file, instead of at a
//! `thread::spawn` three modules away (or nowhere, if the state is only shared in a later change).
//!
//! It also checks what each `Arc` field holds: `Arc<X>` is only shared between threads when `X` is
//! `Send + Sync`, which is why the metrics sink is `Arc<dyn Metrics + Send + Sync>`, not
//! `Arc<dyn Metrics>`.
//!
//! Run: `cargo run --example app_state`

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::thread;

use thread_safe::thread_safe;

/// Where the service reports what it did.
trait Metrics {
    fn record(&self, route: &str, micros: u64);
    fn report(&self) -> String;
}

/// Counts requests per route.
#[thread_safe]
#[derive(Default)]
struct RouteCounter {
    per_route: Mutex<HashMap<String, u64>>,
}

impl Metrics for RouteCounter {
    fn record(&self, route: &str, _micros: u64) {
        let mut per_route = self.per_route.lock().unwrap();
        *per_route.entry(route.to_owned()).or_default() += 1;
    }

    fn report(&self) -> String {
        let per_route = self.per_route.lock().unwrap();
        let mut routes: Vec<_> = per_route.iter().collect();
        routes.sort();
        routes.iter().map(|(route, n)| format!("{route} {n}")).collect::<Vec<_>>().join(", ")
    }
}

/// Read often, written rarely: behind an `RwLock`.
#[thread_safe]
struct Config {
    greeting: String,
    max_sessions: usize,
}

/// The state every worker shares.
#[thread_safe]
struct AppState {
    config: Arc<RwLock<Config>>,
    sessions: Arc<Mutex<HashMap<u64, String>>>,
    requests_served: AtomicU64,
    accepting: AtomicBool,
    metrics: Arc<dyn Metrics + Send + Sync>,
}

impl AppState {
    /// Handles one request for `user`: reads the config, opens or reuses a session, counts.
    fn handle(&self, user: u64) -> String {
        let config = self.config.read().unwrap();
        let route = {
            let mut sessions = self.sessions.lock().unwrap();
            if sessions.contains_key(&user) {
                "/resume"
            } else if sessions.len() < config.max_sessions {
                sessions.insert(user, format!("session-{user}"));
                "/login"
            } else {
                "/busy"
            }
        };
        self.requests_served.fetch_add(1, Ordering::Relaxed);
        self.metrics.record(route, 1);
        format!("{} user {user}: {route}", config.greeting)
    }
}

const WORKERS: u64 = 4;
const REQUESTS_PER_WORKER: u64 = 50;
const USERS: u64 = 30;

fn main() {
    let state = Arc::new(AppState {
        config: Arc::new(RwLock::new(Config { greeting: "hello".to_owned(), max_sessions: 20 })),
        sessions: Arc::new(Mutex::new(HashMap::new())),
        requests_served: AtomicU64::new(0),
        accepting: AtomicBool::new(true),
        metrics: Arc::new(RouteCounter::default()),
    });

    let workers: Vec<_> = (0..WORKERS)
        .map(|worker| {
            let state = Arc::clone(&state);
            thread::spawn(move || {
                let mut last = String::new();
                for i in 0..REQUESTS_PER_WORKER {
                    if !state.accepting.load(Ordering::Acquire) {
                        break;
                    }
                    last = state.handle((worker * 7 + i * 13) % USERS);
                }
                last
            })
        })
        .collect();

    // An operator changes the greeting while the workers run: a write lock, briefly.
    "welcome".clone_into(&mut state.config.write().unwrap().greeting);

    for worker in workers {
        let last = worker.join().expect("a worker panicked");
        println!("worker's last reply: {last}");
    }
    state.accepting.store(false, Ordering::Release);

    let served = state.requests_served.load(Ordering::Relaxed);
    let sessions = state.sessions.lock().unwrap().len();
    println!(
        "app_state: {WORKERS} workers served {served} requests through one Arc<AppState>; \
         {sessions} sessions open; per route: {}.",
        state.metrics.report()
    );
    assert_eq!(served, WORKERS * REQUESTS_PER_WORKER);
    assert_eq!(sessions, 20, "the session limit was not applied");
}
