//! Futures of async fns asserted `Send`, without naming their types.
//!
//! A future must be `Send` to move to another thread (a multi-threaded runtime's `spawn`, or
//! `thread::spawn` here). Whether it is depends on what the async fn holds across each `.await`,
//! and its type cannot be named, so `assert_send!(T)` cannot be written. The value form,
//! `assert_send!(val: future)`, checks the value itself, at the place the future is made: it
//! neither moves nor polls it. Hold an `Rc` across an `.await` in `handle_request` and the
//! assertion fails there, naming the `Rc` and the `.await`, instead of deep inside a runtime's
//! `spawn` bounds: docs/errors.md shows that error for
//! `tests/ui/assert/value_future_holds_rc_across_await.rs`.
//!
//! The executor is twenty lines of std: `block_on` polls a future on the current thread and parks
//! it until a waker unparks it; a "database" thread answers queries through one-shot channels
//! whose receivers are futures.
//!
//! Run: `cargo run --example async_send`

use std::future::Future;
use std::pin::{pin, Pin};
use std::sync::{mpsc, Arc, Mutex, PoisonError};
use std::task::{Context, Poll, Wake, Waker};
use std::thread::{self, Thread};

use thread_safe::assert_send;

/// Wakes a thread parked in `block_on`.
struct Unpark(Thread);

impl Wake for Unpark {
    fn wake(self: Arc<Self>) {
        self.0.unpark();
    }
}

/// Runs `future` to completion on the current thread.
fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let waker = Waker::from(Arc::new(Unpark(thread::current())));
    let mut cx = Context::from_waker(&waker);
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return output;
        }
        // A wake before this park makes it return at once, so no wake-up is lost.
        thread::park();
    }
}

/// The slot a one-shot reply is written to, and the waker of the task waiting for it.
struct Slot<T> {
    value: Option<T>,
    waker: Option<Waker>,
}

/// Receives one reply; a future.
struct Reply<T>(Arc<Mutex<Slot<T>>>);

/// Sends one reply and wakes the task waiting for it.
struct Responder<T>(Arc<Mutex<Slot<T>>>);

fn reply_channel<T>() -> (Responder<T>, Reply<T>) {
    let slot = Arc::new(Mutex::new(Slot { value: None, waker: None }));
    (Responder(Arc::clone(&slot)), Reply(slot))
}

impl<T> Responder<T> {
    fn send(self, value: T) {
        let mut slot = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        slot.value = Some(value);
        if let Some(waker) = slot.waker.take() {
            waker.wake();
        }
    }
}

impl<T> Future for Reply<T> {
    type Output = T;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        let mut slot = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(value) = slot.value.take() {
            return Poll::Ready(value);
        }
        slot.waker = Some(cx.waker().clone());
        Poll::Pending
    }
}

/// A query for the database thread, with the channel its answer goes back on.
struct Query {
    key: String,
    respond: Responder<Option<String>>,
}

/// A cheap handle to the database thread.
#[derive(Clone)]
struct Db(mpsc::Sender<Query>);

impl Db {
    async fn get(&self, key: String) -> Option<String> {
        let (respond, reply) = reply_channel();
        self.0.send(Query { key, respond }).ok()?;
        reply.await
    }
}

/// Looks a user up, then their plan: two awaits, holding only `Send` values across them.
async fn handle_request(db: Db, user: u32) -> String {
    let name = db.get(format!("user:{user}:name")).await.unwrap_or_else(|| "nobody".to_owned());
    let plan = db.get(format!("user:{user}:plan")).await.unwrap_or_else(|| "free".to_owned());
    format!("{name} is on the {plan} plan")
}

fn start_database() -> (Db, thread::JoinHandle<usize>) {
    let (queries, incoming) = mpsc::channel::<Query>();
    let database = thread::spawn(move || {
        let mut answered = 0;
        for Query { key, respond } in incoming {
            let value = match key.split(':').collect::<Vec<_>>()[..] {
                ["user", id, "name"] => Some(format!("user-{id}")),
                ["user", id, "plan"] if id.parse::<u32>().is_ok_and(|id| id % 3 == 0) => {
                    Some("team".to_owned())
                }
                _ => None,
            };
            respond.send(value);
            answered += 1;
        }
        answered
    });
    (Db(queries), database)
}

fn main() {
    let (db, database) = start_database();
    let requests: Vec<_> = (1..=6)
        .map(|user| {
            let request = handle_request(db.clone(), user);
            // The future's type has no name; the value form checks it where it is made.
            assert_send!(val: request);
            thread::spawn(move || block_on(request))
        })
        .collect();
    drop(db);
    for request in requests {
        println!("{}", request.join().expect("a request panicked"));
    }
    let answered = database.join().expect("the database panicked");
    println!(
        "async_send: 6 futures, each asserted Send where it was made, ran on their own threads \
         and awaited {answered} answers from the database thread."
    );
    assert_eq!(answered, 12);
}
