//! Message enums for `std::sync::mpsc`, checked where they are defined.
//!
//! A message type is only useful if it can cross threads, but the compiler says so only where a
//! channel is created or a thread spawned, often far from the enum. `#[thread_safe]` checks each
//! variant's fields at the enum itself, with no unsafe code, and asks for exactly what the enum's
//! use needs:
//!
//! - `Command` goes to the store thread by value through a channel: it needs `Send` only, so it is
//!   checked with `#[thread_safe(send)]`. That matters: its `Update` variant carries a
//!   `Box<dyn FnOnce(&mut Vec<u8>) + Send>`, which is not `Sync`, and demanding `Sync` would
//!   reject a perfectly good message.
//! - `Event` is broadcast: one `Arc<Event>` goes to every subscriber, and `Arc<T>` crosses threads
//!   only when `T: Send + Sync`. So it is checked with plain `#[thread_safe]`, both traits.
//!
//! A variant that later gains an `Rc` or a `RefCell` is a compile error at that field.
//!
//! Run: `cargo run --example channel_messages`

use std::collections::{BTreeSet, HashMap};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;
use std::thread;

use thread_safe::thread_safe;

/// A request to the store thread.
#[thread_safe(send)]
enum Command {
    Put { key: String, value: Vec<u8> },
    Get { key: String, reply: Sender<Option<Vec<u8>>> },
    Update { key: String, apply: Edit },
    Shutdown,
}

/// A change to one value, made by the store thread.
type Edit = Box<dyn FnOnce(&mut Vec<u8>) + Send>;

/// What the store did, broadcast to every subscriber.
#[thread_safe]
#[derive(Debug)]
enum Event {
    Stored { key: String, len: usize },
    Updated { key: String, len: usize },
    Missed(String),
}

/// Applies one command to the map; the event to broadcast, if any.
fn apply(data: &mut HashMap<String, Vec<u8>>, command: Command) -> Option<Event> {
    match command {
        Command::Put { key, value } => {
            let len = value.len();
            data.insert(key.clone(), value);
            Some(Event::Stored { key, len })
        }
        Command::Get { key, reply } => {
            let value = data.get(&key).cloned();
            let missed = value.is_none();
            // The asker may have stopped listening; the store carries on either way.
            let _ = reply.send(value);
            missed.then_some(Event::Missed(key))
        }
        Command::Update { key, apply } => {
            let value = data.entry(key.clone()).or_default();
            apply(value);
            Some(Event::Updated { key, len: value.len() })
        }
        Command::Shutdown => None,
    }
}

/// The store thread: owns the map, applies commands in order until `Shutdown`, broadcasts
/// events. Returns how many commands it applied.
fn run_store(commands: &Receiver<Command>, subscribers: &[Sender<Arc<Event>>]) -> usize {
    let mut data = HashMap::new();
    let mut applied = 0;
    for command in commands {
        if matches!(command, Command::Shutdown) {
            break;
        }
        applied += 1;
        if let Some(event) = apply(&mut data, command) {
            let event = Arc::new(event);
            for subscriber in subscribers {
                // A subscriber that hung up misses later events; the others still get them.
                let _ = subscriber.send(Arc::clone(&event));
            }
        }
    }
    applied
}

/// A subscriber thread: counts the events it sees, by kind.
fn subscribe(name: &'static str) -> (Sender<Arc<Event>>, thread::JoinHandle<String>) {
    let (events, incoming) = mpsc::channel::<Arc<Event>>();
    let handle = thread::spawn(move || {
        let (mut written, mut bytes, mut missed) = (BTreeSet::new(), 0, Vec::new());
        for event in incoming {
            match &*event {
                Event::Stored { key, len } | Event::Updated { key, len } => {
                    written.insert(key.clone());
                    bytes += len;
                }
                Event::Missed(key) => missed.push(key.clone()),
            }
        }
        missed.sort();
        format!("{name}: {} keys written ({bytes} bytes in all), missed {missed:?}", written.len())
    });
    (events, handle)
}

const CLIENTS: usize = 3;

fn main() {
    let (audit, audit_log) = subscribe("audit log");
    let (stats, stats_log) = subscribe("stats");
    let (commands, incoming) = mpsc::channel::<Command>();
    let store = thread::spawn(move || run_store(&incoming, &[audit, stats]));

    let clients: Vec<_> = (0..CLIENTS)
        .map(|client| {
            let commands = commands.clone();
            thread::spawn(move || {
                let key = format!("client-{client}");
                let send = |command| commands.send(command).expect("the store is running");
                send(Command::Put { key: key.clone(), value: vec![1, 2, 3] });
                send(Command::Update {
                    key: key.clone(),
                    apply: Box::new(move |value| value.resize(value.len() + client, 9)),
                });
                let (reply, answer) = mpsc::channel();
                send(Command::Get { key, reply });
                send(Command::Get { key: format!("absent-{client}"), reply: mpsc::channel().0 });
                answer.recv().expect("the store answers").map_or(0, |value| value.len())
            })
        })
        .collect();
    let lengths: Vec<usize> =
        clients.into_iter().map(|c| c.join().expect("a client panicked")).collect();
    commands.send(Command::Shutdown).expect("the store is running");

    let applied = store.join().expect("the store panicked");
    println!("{}", audit_log.join().expect("the audit log panicked"));
    println!("{}", stats_log.join().expect("stats panicked"));
    println!(
        "channel_messages: {CLIENTS} clients sent {applied} Commands (checked Send) to the store \
         thread, which broadcast each Event (checked Send + Sync) to 2 subscribers as \
         Arc<Event>; values read back: {lengths:?} bytes."
    );
    assert_eq!(lengths, [3, 4, 5]);
    assert_eq!(applied, CLIENTS * 4);
}
